// Customer clusters: which records in a cluster are one person, why the resolver thinks so (the waterfall),
// linking new records as they arrive, a caseworker's corrections, the single view, a life event told once,
// and retention. Run: npx tsx examples/clusters.ts

import {
  applyRetention,
  bundleEnquiries,
  type IdentityRecord,
  linkRecords,
  mergeIdentities,
  resolveIdentities,
  singleView,
  splitIdentity,
} from "council-contact/cluster";
import { parseContacts } from "council-contact/schema";
import { generatePeople } from "council-contact/synth";
import { STARTER_CATALOGUE } from "council-contact/taxonomy";

const title = (text: string): void => console.log(`\n${text}\n${"=".repeat(text.length)}`);
const fixed = (value: number): string => (value >= 0 ? "+" : "") + value.toFixed(2);

// 1. A handful of records -------------------------------------------------------------------------
title("1. Four revenues records, three people");
const home = { postcode: "L1 8JQ", addressLines: ["14 Mill Lane"], town: "Liverpool" };
const records: IdentityRecord[] = [
  {
    id: "ct-1001",
    cluster: "revenues",
    givenName: "William",
    familyName: "Okafor",
    dateOfBirth: "1980-03-04",
    phone: "07700 900123",
    ...home,
  },
  {
    id: "ct-2040",
    cluster: "revenues",
    givenName: "Bill",
    familyName: "Okafor",
    dateOfBirth: "1980-04-03",
    phone: "+44 7700 900123",
  },
  { id: "ct-3377", cluster: "revenues", givenName: "Amelia", familyName: "Okafor", dateOfBirth: "2014-05-02", ...home },
  { id: "ct-3378", cluster: "revenues", givenName: "Harper", familyName: "Okafor", dateOfBirth: "2014-05-02", ...home },
];
const result = resolveIdentities(records);
for (const identity of result.identities) console.log(`${identity.id}: ${identity.recordIds.join(", ")}`);

// 2. Why: the waterfall of the one link -----------------------------------------------------------
title("2. Why ct-1001 and ct-2040 are one person");
const link = result.links.find((l) => l.left === "ct-1001" && l.right === "ct-2040")!;
for (const step of link.evidence) {
  const what =
    step.step === "field"
      ? `${step.field}: ${step.level}`
      : step.step === "term frequency"
        ? `${step.field}: term frequency`
        : step.step;
  console.log(
    `${what.padEnd(36)} Bayes factor ${step.bayesFactor.toPrecision(3).padStart(10)}  weight ${fixed(step.matchWeight).padStart(7)}  running ${fixed(step.cumulativeWeight).padStart(7)}`,
  );
}
console.log(`match probability ${link.matchProbability.toFixed(6)}`);
console.log("The twins share a home, a surname and a birthday, but their given names differ outright: never linked.");

// 3. A labelled population -------------------------------------------------------------------------
title("3. 5,000 synthetic people, no labels given to the resolver");
const population = generatePeople({ people: 5000, seed: 42 });
const started = performance.now();
const resolved = resolveIdentities(population.records);
console.log(
  `${population.records.length} records → ${resolved.identities.length} identities in ${Math.round(performance.now() - started)} ms (true people: 5000)`,
);
const field = resolved.model.fields.dateOfBirth[0]!;
console.log(
  `estimated dateOfBirth exact: m = ${field.m.toFixed(3)}, u = ${field.u.toExponential(2)}; prior ${resolved.model.priorMatchProbability.toExponential(2)}`,
);

// 4. New records, linked without starting again -----------------------------------------------------
title("4. A new record arrives");
const next = linkRecords(result, [
  { id: "hb-0007", cluster: "revenues", givenName: "Wiliam", familyName: "Okafor", dateOfBirth: "1980-03-04", ...home },
]);
console.log(next.identities.map((identity) => `${identity.id}: ${identity.recordIds.join(", ")}`).join("\n"));

// 5. A caseworker's corrections --------------------------------------------------------------------
title("5. Split, then merge back");
const split = splitIdentity(next, "ct-1001", ["hb-0007"]);
console.log(`after split: ${split.identities.length} identities; decisions ${JSON.stringify(split.options.decisions)}`);
const merged = mergeIdentities(split, "ct-1001", "hb-0007");
console.log(`after merge: ${merged.identities.length} identities`);

// 6. The single view ------------------------------------------------------------------------------
title("6. William's single view");
const contacts = parseContacts([
  {
    id: "c-1",
    at: "2025-03-03T09:12:00Z",
    channel: "telephone",
    customerId: "ct-1001",
    serviceId: "council-tax",
    enquiryId: "enq-1",
  },
  {
    id: "c-2",
    at: "2025-03-05T18:40:00Z",
    channel: "email",
    customerId: "ct-2040",
    serviceId: "council-tax",
    enquiryId: "enq-1",
  },
  { id: "c-3", at: "2025-03-06T10:00:00Z", channel: "web-form", customerId: "ct-2040", serviceId: "potholes" },
]);
const enquiries = [
  {
    id: "enq-1",
    state: "closed",
    status: "closed" as const,
    outcome: "resolved",
    receivedAt: Date.parse("2025-03-03T09:12:00Z"),
    updatedAt: Date.parse("2025-03-07T11:00:00Z"),
    closedAt: Date.parse("2025-03-07T11:00:00Z"),
    notice: "notified",
  },
];
const william = merged.identities.find((identity) => identity.recordIds.includes("ct-1001"))!;
const view = singleView(william, { records: merged.records, contacts, enquiries });
console.log(
  `contacts in revenues: ${view.contacts.map((c) => `${c.id} (${c.channel})`).join(", ")} — the pothole report belongs to street scene`,
);
console.log(`outcomes: ${view.outcomes.map((o) => `${o.enquiryId} ${o.outcome}, ${o.notice}`).join("; ")}`);

// 7. Moving home, told once ------------------------------------------------------------------------
title("7. William moves home");
const bundle = bundleEnquiries("moving-home", william, STARTER_CATALOGUE);
console.log(`${bundle.enquiries.map((e) => e.service).join(", ")}`);
console.log(`${bundle.separateContacts} services, one contact: ${bundle.contactsSaved} contacts saved`);

// 8. Retention ------------------------------------------------------------------------------------
title("8. Retention on 2025-06-01");
const plan = applyRetention(
  [
    { record: records[0]!, triggers: { "case-closed": "2018-05-31" } },
    { record: records[1]!, triggers: { "case-closed": "2022-01-10" } },
    { record: records[2]!, triggers: { "case-closed": "2017-01-01" }, legalHold: "safeguarding review" },
  ],
  [
    { cluster: "revenues", trigger: "case-closed", afterYears: 2, action: "anonymise" },
    { cluster: "revenues", trigger: "case-closed", afterYears: 6, action: "delete" },
  ],
  "2025-06-01",
);
for (const decision of [...plan.delete, ...plan.anonymise, ...plan.keep])
  console.log(`${decision.recordId}: ${decision.reason}`);
