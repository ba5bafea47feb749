// Synthetic data: how fast the seeded generator makes a year of contacts for a 1.3 M-call council, and whether
// streaming ten million stays in constant memory. On a quiet machine the stream takes about 1.2 s and the array
// about 2 s (keeping 1.3 M objects alive is garbage-collector work); the budgets leave room for a shared machine.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { contactStream, generateContacts } from "council-contact/synth";
import { type Benchmark, medianMs, round3 } from "./harness.js";

/** The heap cap the 10 M stream must finish under. */
const HEAP_CAP_MB = 64;

const YEAR = { seed: 1, count: 1_300_000, from: "2024-04-01", to: "2025-03-31" } as const;

export const benchmarks: Benchmark[] = [
  {
    name: "stream 10 M contacts in constant memory",
    run: () => {
      // A child process with the old-generation heap capped: if the stream kept what it yields, V8
      // would abort long before 10 M contacts (each is a few hundred bytes). Peak RSS is the whole
      // process's, runtime included, unaffected by the other benchmarks in this one.
      const child = spawnSync(
        process.execPath,
        [
          `--max-old-space-size=${HEAP_CAP_MB}`,
          "--import",
          "tsx",
          join(import.meta.dirname, "synthStream.child.ts"),
          "10000000",
        ],
        { encoding: "utf8", env: { ...process.env, TSX_TSCONFIG_PATH: join(import.meta.dirname, "tsconfig.json") } },
      );
      const finished = child.status === 0;
      const { peakRssMb } = finished ? (JSON.parse(child.stdout) as { peakRssMb: number }) : { peakRssMb: Number.NaN };
      return [
        {
          name: `synth: stream 10 M contacts under a ${HEAP_CAP_MB} MB heap cap, peak RSS`,
          value: round3(peakRssMb),
          unit: "MB",
          budget: `finishes under --max-old-space-size=${HEAP_CAP_MB}; peak RSS ≤ 300 MB`,
          pass: finished && peakRssMb <= 300,
          ...(finished ? {} : { note: child.stderr.slice(-500) }),
        },
      ];
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
        {
          name: "synth: stream 1.3 M contacts",
          value: round3(streamed),
          unit: "ms",
          budget: "≤ 2500 ms",
          pass: streamed <= 2500,
        },
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
