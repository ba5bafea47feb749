// Run by bench/metrics.bench.ts in a child process: streams N synthetic contacts through the full contactSummary
// and prints the process's peak RSS in MB. Nothing is kept but the summary's state.
import { SOCITM_2012_UNIT_COSTS } from "council-contact/cost";
import { contactSummary, summarize } from "council-contact/metrics";
import { contactStream } from "council-contact/synth";

const count = Number(process.argv[2] ?? 10_000_000);
const started = performance.now();
const result = summarize(
  contactStream({ seed: 1, count, from: "2022-01-01", to: "2031-12-31" }),
  contactSummary({ unitCosts: SOCITM_2012_UNIT_COSTS }),
);
console.log(
  JSON.stringify({
    contacts: result.volumes.channel.total,
    seconds: (performance.now() - started) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
