// Run by bench/synth.bench.ts in a child process with a capped heap: streams N contacts and prints
// the process's peak RSS in MB. If the stream held on to what it yields, V8 would run out of heap.
import { contactStream } from "council-contact/synth";

const count = Number(process.argv[2] ?? 10_000_000);
let telephone = 0;
for (const contact of contactStream({ seed: 1, count, from: "2022-01-01", to: "2031-12-31" })) {
  if (contact.channel === "telephone") telephone++;
}
console.log(JSON.stringify({ count, telephone, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
