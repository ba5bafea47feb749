// The same contact summary on four worker threads, one per quarter of a year, merged on the main thread: the
// answer equals the single-thread one byte for byte, because every metric's state is plain JSON and its merge is
// exact (whole-number counts; money costed once, at the end).
// Run: npx tsx examples/metrics-workers.ts

import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { SOCITM_2012_UNIT_COSTS } from "council-contact/cost";
import { contactSummary, summarize } from "council-contact/metrics";
import type { Contact } from "council-contact/schema";
import { generateContacts } from "council-contact/synth";

const summary = contactSummary({ unitCosts: SOCITM_2012_UNIT_COSTS });

/** A worker running examples/metrics-workers.worker.cts through tsx (workers do not inherit the loader). */
function startWorker(data: unknown): Worker {
  const api = createRequire(import.meta.url).resolve("tsx/cjs/api");
  const file = fileURLToPath(new URL("metrics-workers.worker.cts", import.meta.url));
  const code = `require(${JSON.stringify(api)}).require(${JSON.stringify(file)}, ${JSON.stringify(file)});`;
  return new Worker(code, { eval: true, workerData: data });
}

const contacts = generateContacts({ seed: 2024, count: 100_000, from: "2024-01-01", to: "2024-12-31" });
const quarterOf = (c: Contact): number => Math.floor(new Date(c.at).getUTCMonth() / 3);
const quarters = [0, 1, 2, 3].map((q) => contacts.filter((c) => quarterOf(c) === q));

let started = performance.now();
const single = JSON.stringify(summarize(contacts, summary));
console.log(`one thread: ${contacts.length} contacts in ${(performance.now() - started).toFixed(0)} ms`);

started = performance.now();
const states = await Promise.all(
  quarters.map(
    (slice, q) =>
      new Promise<string>((resolve, reject) => {
        const worker = startWorker(slice);
        worker.once("message", (state: string) => {
          console.log(`  quarter ${q + 1}: ${slice.length} contacts, state of ${state.length} bytes of JSON`);
          resolve(state);
        });
        worker.once("error", reject);
      }),
  ),
);
const merged = states.map((json) => JSON.parse(json)).reduce((a, b) => summary.merge(a, b), summary.empty());
const fromWorkers = JSON.stringify(summary.result(merged));
console.log(
  `four workers, merged: ${(performance.now() - started).toFixed(0)} ms (including each worker's start-up, transpiling and copying its slice)`,
);
console.log(`byte for byte equal: ${fromWorkers === single} (${single.length} bytes)`);
if (fromWorkers !== single) process.exit(1);
