// Run by bench/avoidable.bench.ts in a child process: what a user of the columnar path holds in memory. It makes the
// synthetic year, encodes it into columns, lets the contact objects go, and times `classifyColumns` on the columns
// alone (so that no collection of 1.3 M objects that a columns user would not have is charged to it). Prints JSON.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { classifyColumns, enquiryUpdateColumns, ni14 } from "council-contact/avoidable";
import { checkContactColumns, contactColumns } from "council-contact/contact";
import { generateHistory } from "council-contact/synth";
import { pairCodes, singlePassFloor } from "./avoidableFloors.js";
import { keep, median, medianCpuMs } from "./harness.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const retained = (): number => {
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
const cpuNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const count = Number(process.argv[2] ?? 1_300_000);
/**
 * The year in columns, and how long encoding its contacts took. In a function, so that nothing of the objects
 * outlives it: a module-level variable set to undefined afterwards still kept about 65 MB of them reachable.
 */
function encodeYear(): {
  columns: ReturnType<typeof contactColumns>;
  enquiryUpdates: ReturnType<typeof enquiryUpdateColumns>;
  encodeMs: number;
} {
  const year = generateHistory({ seed: 1, count, from: "2024-04-01", to: "2025-03-31" });
  const began = cpuNow();
  const columns = contactColumns(year.contacts);
  const encodeMs = cpuNow() - began;
  return { columns, enquiryUpdates: enquiryUpdateColumns(year.enquiryUpdates, columns), encodeMs };
}
const before = retained();
const { columns, enquiryUpdates, encodeMs } = encodeYear();
const columnsMb = (retained() - before) / 1e6;
const cpu: number[] = [];
const wall: number[] = [];
keep(classifyColumns(columns, { enquiryUpdates }));
for (let i = 0; i < 7; i++) {
  const start = cpuNow();
  const began = performance.now();
  keep(classifyColumns(columns, { enquiryUpdates }));
  wall.push(performance.now() - began);
  cpu.push(cpuNow() - start);
}
const rate = ni14(classifyColumns(columns, { enquiryUpdates })).rate;

const inOrder = (at: Float64Array): boolean => at.every((t, i) => i === 0 || at[i - 1]! <= t);
if (!inOrder(columns.at) || !inOrder(enquiryUpdates.at))
  throw new Error("the floors read contacts and updates in time order, as generateHistory makes them");
const services = columns.service.values.length + enquiryUpdates.extra.service.length;
const pairsMs = medianCpuMs(
  () => [
    pairCodes(columns.customer.codes, columns.service.codes, services),
    pairCodes(columns.place.codes, columns.service.codes, services),
  ],
  { warmup: 1 },
);
const customerPairs = pairCodes(columns.customer.codes, columns.service.codes, services);
const placePairs = pairCodes(columns.place.codes, columns.service.codes, services);
const passMs = medianCpuMs(() => singlePassFloor(columns, enquiryUpdates, customerPairs, placePairs), { warmup: 1 });
const checkMs = medianCpuMs(() => checkContactColumns(columns), { warmup: 1 });
console.log(
  JSON.stringify({
    count,
    encodeMs,
    columnsMb,
    classifyMs: median(cpu),
    wallMs: median(wall),
    rate,
    pairsMs,
    passMs,
    checkMs,
  }),
);
