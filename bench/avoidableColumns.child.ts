// Run by bench/avoidable.bench.ts in a child process: what a user of the columnar path holds in memory. It makes the
// synthetic year, encodes it into columns, lets the contact objects go, and times `classifyColumns` on the columns
// alone (so that no collection of 1.3 M objects that a columns user would not have is charged to it). Prints JSON.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { classifyColumns, enquiryUpdateColumns, ni14 } from "council-contact/avoidable";
import { contactColumns } from "council-contact/contact";
import { generateHistory } from "council-contact/synth";
import { keep, median } from "./harness.js";

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
const before = retained();
let year: ReturnType<typeof generateHistory> | undefined = generateHistory({ seed: 1, count, from: "2024-04-01", to: "2025-03-31" });
let start = cpuNow();
const columns = contactColumns(year.contacts);
const encodeMs = cpuNow() - start;
const enquiryUpdates = enquiryUpdateColumns(year.enquiryUpdates, columns);
year = undefined;
const columnsMb = (retained() - before) / 1e6;

const cpu: number[] = [];
const wall: number[] = [];
keep(classifyColumns(columns, { enquiryUpdates }));
for (let i = 0; i < 7; i++) {
  start = cpuNow();
  const began = performance.now();
  keep(classifyColumns(columns, { enquiryUpdates }));
  wall.push(performance.now() - began);
  cpu.push(cpuNow() - start);
}
const rate = ni14(classifyColumns(columns, { enquiryUpdates })).rate;
console.log(JSON.stringify({ count, encodeMs, columnsMb, classifyMs: median(cpu), wallMs: median(wall), rate }));
