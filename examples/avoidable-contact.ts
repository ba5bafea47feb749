// Avoidable contact (NI 14, failure demand) for a synthetic year of a 150,000-contact unitary council: every contact
// classified with its reason and evidence, the NI 14 rate with breakdowns, one explained example per rule, and the
// free-text fallback for notes no rule catches; then the same year in columns, with the same NI 14.
// Run: npx tsx examples/avoidable-contact.ts
import {
  AVOIDABLE_RULES,
  classifyColumns,
  classifyContacts,
  classifyText,
  compactResult,
  evaluateTextModel,
  LABELLED_NOTES,
  type Ni14Count,
  ni14,
  trainTextModel,
} from "council-contact/avoidable";
import { contactColumns } from "council-contact/contact";
import { generateHistory } from "council-contact/synth";
import { AVOIDABLE_REASONS, findCluster, STARTER_CATALOGUE } from "council-contact/taxonomy";

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;
const count = (n: number): string => n.toLocaleString("en-GB");

// 1. A year of contacts, with the closures of the enquiries they opened, as a case system would record them.
const { contacts, enquiryUpdates } = generateHistory({
  seed: 2024,
  count: 150_000,
  from: "2024-04-01",
  to: "2025-03-31",
});
console.log(
  `A synthetic year: ${count(contacts.length)} contacts and ${count(enquiryUpdates.length)} enquiry closures.\n`,
);

// 2. Classify. The council publishes collection days and recycling rules online, so asking for them is avoidable.
const options = { enquiryUpdates, publishedServices: ["refuse-collection", "recycling-collections", "libraries"] };
// Each result object is built the first time it is read; the compact form keeps the decisions in typed arrays.
const results = classifyContacts(contacts, options);
const compact = classifyContacts(contacts, { ...options, form: "compact" });
console.log(`Classified ${count(compact.rules.length)} contacts (compact form and objects give the same NI 14).`);

// 3. NI 14 with its breakdowns.
const measure = ni14(results);
console.log(
  `NI 14: ${percent(measure.rate)} of customer contact is avoidable (${count(measure.avoidable)} of ${count(measure.total)}; ${count(measure.outbound)} letters left out).\n`,
);
console.log("By reason:");
for (const [reason, n] of Object.entries(measure.byReason ?? {})) {
  console.log(
    `  ${AVOIDABLE_REASONS[reason as keyof typeof AVOIDABLE_REASONS].label.padEnd(28)} ${count(n).padStart(7)}  ${percent(n / measure.total).padStart(6)} of all contact`,
  );
}
const table = (
  title: string,
  rows: Readonly<Record<string, Ni14Count>>,
  label: (key: string) => string = (key) => key,
  top = 8,
): void => {
  console.log(`\n${title}:`);
  const sorted = Object.entries(rows)
    .sort((a, b) => b[1].total - a[1].total)
    .slice(0, top);
  for (const [key, row] of sorted)
    console.log(
      `  ${label(key).padEnd(28)} ${count(row.total).padStart(7)} contacts  ${percent(row.rate).padStart(6)} avoidable`,
    );
};
table("By channel (busiest first)", measure.byChannel ?? {});
table("By cluster", measure.byCluster ?? {}, (id) => findCluster(STARTER_CATALOGUE, id)?.label ?? id);
console.log("\nBy month (London):");
for (const [month, row] of Object.entries(measure.byMonth ?? {}))
  console.log(`  ${month}  ${"█".repeat(Math.round(row.rate * 100))} ${percent(row.rate)}`);

// 4. One explained result per rule that fired.
console.log("\nOne example of each rule, with its evidence:");
const seen = new Set<string>();
for (const result of results) {
  if (seen.has(result.rule) || result.rule === "no-rule") continue;
  seen.add(result.rule);
  console.log(
    `  ${result.contactId.padEnd(8)} ${result.rule.padEnd(29)} ${result.explanation}${result.evidence.length > 0 ? ` [evidence: ${result.evidence.join(", ")}]` : ""}`,
  );
}
console.log(
  `  (rules that never fired this year: ${Object.keys(AVOIDABLE_RULES)
    .filter((rule) => !seen.has(rule) && rule !== "no-rule")
    .join(", ")})`,
);

// 5. The free-text fallback: a naive Bayes model trained on the labelled notes shipped with the library.
const evaluation = evaluateTextModel(LABELLED_NOTES, { folds: 5, seed: 1 });
console.log(
  `\nText model: ${LABELLED_NOTES.length} labelled notes, 5-fold accuracy ${percent(evaluation.accuracy)} (chance: 12.5%).`,
);
for (const label of evaluation.labels) {
  const scores = evaluation.perLabel[label]!;
  console.log(
    `  ${label.padEnd(20)} precision ${scores.precision === null ? "  –  " : percent(scores.precision).padStart(6)}  recall ${percent(scores.recall ?? 0).padStart(6)}`,
  );
}
const model = trainTextModel(LABELLED_NOTES);
for (const note of [
  "Nobody has come to fix the street light I reported ten days ago",
  "What day do you empty the green bins?",
  "You said the graffiti had gone but it's still all over the wall",
]) {
  const prediction = classifyText(model, note);
  console.log(`  "${note}" → ${prediction.label} (${prediction.probability.toFixed(2)})`);
}

// 6. The same year in columns: one typed array per field, each customer, service and UPRN stored once and every row
// a small integer code. The classifier gives every row the decision it gave the contact.
const columns = contactColumns(contacts);
const classification = classifyColumns(columns, options);
const fromColumns = ni14(classification);
console.log(
  `\nIn columns: ${count(columns.length)} rows; ${count(columns.customer.values.length)} customers, ${count(columns.service.values.length)} services and ${count(columns.uprn.values.length)} UPRNs, each stored once.`,
);
console.log(`NI 14 from objects: ${percent(measure.rate)} (${count(measure.avoidable)} of ${count(measure.total)})`);
console.log(
  `NI 14 from columns: ${percent(fromColumns.rate)} (${count(fromColumns.avoidable)} of ${count(fromColumns.total)})`,
);
const differing = results.filter(
  (result, i) => compactResult(classification, i).explanation !== result.explanation,
).length;
console.log(`Rows whose explanation differs between the two: ${differing}.`);
