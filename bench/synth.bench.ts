// Synthetic data: how fast the seeded generator makes a year of contacts for a 1.3 M-call council, and whether
// streaming ten million stays in constant memory. On a quiet machine the stream takes about 1.2 s and the array
// about 2 s (keeping 1.3 M objects alive is garbage-collector work); the budgets leave room for a shared machine.
import { contactStream, generateContacts } from "../src/synth/index.js";
import { keep, medianMs, round3, type Benchmark } from "./harness.js";

const YEAR = { seed: 1, count: 1_300_000, from: "2024-04-01", to: "2025-03-31" } as const;

export const benchmarks: Benchmark[] = [
  {
    name: "stream 10 M contacts in constant memory",
    run: () => {
      // Heap in use, sampled while streaming: what the stream holds, unlike RSS, which keeps what earlier
      // benchmarks in this process allocated.
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      let count = 0;
      for (const contact of contactStream({ ...YEAR, count: 10_000_000, to: "2031-12-31" })) {
        if (++count % 250_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
        keep(contact);
      }
      const mb = (peak - before) / 1e6;
      return [{ name: "synth: stream 10 M contacts, peak heap growth", value: round3(mb), unit: "MB", budget: "≤ 150 MB", pass: mb <= 150 }];
    },
  },
  {
    name: "generate a year of contacts (1.3 M)",
    run: () => {
      const streamed = medianMs(
        () => {
          let calls = 0;
          for (const contact of contactStream(YEAR)) if (contact.channel === "telephone") calls++;
          return calls;
        },
        { repeats: 3, warmup: 1 },
      );
      const array = medianMs(() => generateContacts(YEAR).length, { repeats: 3, warmup: 1 });
      return [
        { name: "synth: stream 1.3 M contacts", value: round3(streamed), unit: "ms", budget: "≤ 2500 ms", pass: streamed <= 2500 },
        {
          name: "synth: generateContacts 1.3 M into an array",
          value: round3(array),
          unit: "ms",
          budget: "≤ 4000 ms",
          ratio: round3(array / streamed),
          pass: array <= 4000,
          note: "ratio: array ÷ stream (the cost of keeping 1.3 M objects alive)",
        },
      ];
    },
  },
];
