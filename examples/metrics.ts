// Management information from a year of contacts: one pass over a synthetic council's year gives volumes by
// service, channel, ward and time, channel mix and digital take-up, call handling, complaints and cost to serve;
// an XmR chart of weekly demand gives early warnings; a funnel plot finds the wards with too many missed bins.
// Run: npx tsx examples/metrics.ts

import { contactColumns } from "council-contact/contact";
import { SOCITM_2012_UNIT_COSTS } from "council-contact/cost";
import { contactSummary, earlyWarnings, funnelLimits, hotspots, summarize, xmrChart } from "council-contact/metrics";
import { generateContacts } from "council-contact/synth";

const title = (text: string): void => console.log(`\n${text}\n${"=".repeat(text.length)}`);
const percent = (share: number | null): string => (share === null ? "n/a" : `${(100 * share).toFixed(1)}%`);

const WARDS = ["Abbey", "Castle", "Mill", "Riverside", "Park", "Harbour", "Station", "Market"];
const contacts = generateContacts({ seed: 13, count: 50_000, from: "2024-01-01", to: "2024-12-31", wards: WARDS });

// 1. One pass, many metrics ----------------------------------------------------------------------
title("1. The summary of 50,000 contacts, in one pass");
const summary = contactSummary({ unitCosts: SOCITM_2012_UNIT_COSTS, answerWithinSeconds: 20 });
const result = summarize(contacts, summary);
console.log(`customer contacts: ${result.volumes.channel.total}`);
console.log("busiest services:");
for (const row of [...result.volumes.service.rows].sort((a, b) => b.count - a.count).slice(0, 5))
  console.log(`  ${row.key.padEnd(28)} ${String(row.count).padStart(6)}  ${percent(row.share)}`);
console.log(`digital take-up: ${percent(result.channelMix.digitalTakeUp)}`);
const calls = result.calls;
console.log(
  `calls offered ${calls.offered}, answered ${percent(calls.answerRate)}, abandoned ${percent(calls.abandonmentRate)}`,
);
console.log(
  `service level (answered in 20 s ÷ offered) ${percent(calls.serviceLevel)}; ` +
    `answering standard (÷ answered) ${percent(calls.answeringStandard)}; ASA ${calls.averageSpeedOfAnswer?.toFixed(0)} s; ` +
    `AHT ${calls.averageHandleSeconds?.toFixed(0)} s`,
);
console.log(`complaints per 1,000 contacts: ${result.feedback.all.complaintsPer1000?.toFixed(2)}`);
const cost = result.cost!;
console.log(`cost to serve £${cost.total} for ${cost.contacts} contacts (${cost.costedContacts} costed)`);
console.log(`cost per transaction £${cost.costPerTransaction}`);
for (const row of cost.rows)
  console.log(
    `  ${row.key.padEnd(18)} ${String(row.count).padStart(6)}  ${row.cost === null ? "uncosted" : `£${row.cost}`}`,
  );

// 2. The same answer from columns ---------------------------------------------------------------
title("2. The same summary from contact columns");
const fromColumns = summarize(contactColumns(contacts), summary);
console.log(`columns equal objects: ${JSON.stringify(fromColumns) === JSON.stringify(result)}`);

// 3. Early warning ------------------------------------------------------------------------------
title("3. Early warning: weekly contacts per service on XmR charts");
const byService: Record<string, { date: string; value: number }[]> = {};
for (const service of ["missed-bin", "council-tax", "potholes"]) {
  const weekly = summarize(
    contacts.filter((c) => c.serviceId === service),
    summary,
  ).volumes.week.rows.slice(1, -1);
  byService[service] = weekly.map((w) => ({ date: w.key, value: w.count }));
}
const chart = xmrChart(
  byService["missed-bin"]!.map((p) => p.value),
  { improvement: "decrease" },
);
console.log(
  `missed-bin: mean ${chart.mean.toFixed(1)} a week, limits ${chart.lowerProcessLimit.toFixed(1)} to ${chart.upperProcessLimit.toFixed(1)}`,
);
const warnings = earlyWarnings(byService, { improvement: "decrease" });
console.log(`${warnings.warnings.length} signal(s), newest first:`);
for (const w of warnings.warnings.slice(0, 8))
  console.log(`  ${w.date} ${w.service.padEnd(12)} ${w.rule.padEnd(15)} ${w.meaning}`);

// 4. Hotspots -----------------------------------------------------------------------------------
title("4. Hotspots: missed bins by ward against the borough rate");
const households: Record<string, number> = {
  Abbey: 5200,
  Castle: 4100,
  Mill: 6100,
  Riverside: 3900,
  Park: 4800,
  Harbour: 2500,
  Station: 3300,
  Market: 5600,
};
const missed = contacts.filter((c) => c.serviceId === "missed-bin");
const counts = Object.fromEntries(
  WARDS.map((ward) => [
    ward,
    {
      observed: missed.filter((c) => c.ward === ward).length + (ward === "Harbour" ? 40 : 0),
      exposure: households[ward]!,
    },
  ]),
);
const found = hotspots(counts, "pooled", { level: 0.998 });
console.log(`borough rate: ${(1000 * found.rate).toFixed(1)} missed-bin reports per 1,000 households`);
for (const h of found.hotspots)
  console.log(
    `  ${h.area}: ${h.observed} against ${h.expected.toFixed(1)} expected (×${h.ratio.toFixed(2)}), beyond the ${h.limit} 99.8% limit, p = ${h.pValue.toExponential(1)}`,
  );
const band = funnelLimits(100, { level: 0.95 });
console.log(`at 100 expected, 95% of wards fall between ×${band.lower.toFixed(2)} and ×${band.upper.toFixed(2)}`);
