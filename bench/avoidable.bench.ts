// Avoidable contact: classifying a year of a 1.3 M-contact council (synthetic, with the closures of its enquiries),
// in the compact form, as result objects and as a stream, beside the bare cost of what any per-customer index must
// do: look each contact's customer, place and enquiry up in a Map (the same contacts, the same run).
//
// The machine is shared: times are CPU time of this process (user + system, so garbage-collector threads count
// against us), medians of several runs, with the compact form's wall time beside it. Memory is what the results
// hold after a full collection, and the heap's growth while a stream of the same year is classified.
import { classifyContacts, classifyContactsCompact, createClassifier, ni14, type EnquiryUpdate } from "../src/avoidable/index.js";
import type { Contact } from "../src/schema/index.js";
import { generateHistory } from "../src/synth/index.js";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { type Benchmark, keep, median, medianMs, round3 } from "./harness.js";

// A full collection before and after keeping a result measures what the result holds, not garbage.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
/** Heap plus array buffers in use after a full collection, in bytes. */
function retained(): number {
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

const YEAR = { seed: 1, count: 1_300_000, from: "2024-04-01", to: "2025-03-31" } as const;
let year: { contacts: readonly Contact[]; enquiryUpdates: readonly EnquiryUpdate[] } | undefined;
const history = () => (year ??= generateHistory(YEAR));

/** Median CPU milliseconds of `fn` (user + system) over `repeats` runs after one untimed run. */
function cpuMs(fn: () => unknown, repeats = 5): number {
  keep(fn());
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.cpuUsage();
    keep(fn());
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

/** The floor: one Map lookup each for a contact's customer, place and enquiry, in maps already built. */
function lookupFloor(contacts: readonly Contact[]): () => number {
  const customers = new Map<string, number>();
  const places = new Map<string, number>();
  const enquiries = new Map<string, number>();
  for (const c of contacts) {
    if (c.customerId !== undefined) customers.set(c.customerId, customers.size);
    if (c.uprn !== undefined) places.set(c.uprn, places.size);
    if (c.enquiryId !== undefined) enquiries.set(c.enquiryId, enquiries.size);
  }
  return () => {
    let sum = 0;
    for (const c of contacts) {
      if (c.customerId !== undefined) sum += customers.get(c.customerId)!;
      if (c.uprn !== undefined) sum += places.get(c.uprn)!;
      if (c.enquiryId !== undefined) sum += enquiries.get(c.enquiryId)!;
    }
    return sum;
  };
}

export const benchmarks: Benchmark[] = [
  {
    name: "classify a year (1.3 M contacts)",
    run: () => {
      const { contacts, enquiryUpdates } = history();
      const options = { enquiryUpdates };
      const floor = cpuMs(lookupFloor(contacts));
      const compact = cpuMs(() => classifyContactsCompact(contacts, options));
      const objects = cpuMs(() => classifyContacts(contacts, options), 3);
      const wall = medianMs(() => classifyContactsCompact(contacts, options), { repeats: 5, warmup: 1 });
      const empty = retained();
      const results = classifyContacts(contacts, options);
      const withObjects = retained();
      const compactForm = classifyContactsCompact(contacts, options);
      const objectsMb = (withObjects - empty) / 1e6;
      const compactMb = (retained() - withObjects) / 1e6;
      keep(compactForm);
      const measure = cpuMs(() => ni14(results));
      const rate = ni14(results).rate;
      return [
        { name: "avoidable: 3 Map lookups per contact (the floor of any index)", value: round3(floor), unit: "ms", budget: "reference", pass: true },
        {
          name: "avoidable: classifyContactsCompact, 1.3 M contacts",
          value: round3(compact),
          unit: "ms",
          budget: "≤ 200 ms",
          ratio: round3(compact / floor),
          pass: compact <= 200,
          note: `ratio: ÷ the 3-lookup floor in the same run; NI 14 rate of the synthetic year ${rate.toFixed(3)}`,
        },
        { name: "avoidable: classifyContactsCompact, wall time", value: round3(wall), unit: "ms", budget: "reference", ratio: round3(wall / compact), pass: true, note: "ratio: wall ÷ CPU time" },
        { name: "avoidable: classifyContacts (objects), 1.3 M contacts", value: round3(objects), unit: "ms", budget: "reference", ratio: round3(objects / compact), pass: true, note: "ratio: ÷ the compact form" },
        { name: "avoidable: ni14 over 1.3 M results, all breakdowns", value: round3(measure), unit: "ms", budget: "reference", pass: true },
        { name: "avoidable: memory held by 1.3 M results as objects", value: round3(objectsMb), unit: "MB", budget: "reference", pass: true },
        { name: "avoidable: memory held by 1.3 M results in the compact form", value: round3(compactMb), unit: "MB", budget: "reference", ratio: round3(compactMb / objectsMb), pass: true, note: "ratio: ÷ the objects" },
      ];
    },
  },
  {
    name: "stream a year in memory that follows the window",
    run: () => {
      const { contacts, enquiryUpdates } = history();
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      let peakHeld = 0;
      const start = process.cpuUsage();
      const classifier = createClassifier();
      let u = 0;
      contacts.forEach((contact, i) => {
        while (u < enquiryUpdates.length && enquiryUpdates[u]!.at <= contact.at) classifier.addUpdate(enquiryUpdates[u++]!);
        keep(classifier.add(contact));
        if (i % 100_000 === 0) {
          peak = Math.max(peak, process.memoryUsage().heapUsed);
          peakHeld = Math.max(peakHeld, classifier.memory().enquiries);
        }
      });
      const used = process.cpuUsage(start);
      const ms = (used.user + used.system) / 1000;
      const mb = (peak - before) / 1e6;
      return [
        { name: "avoidable: createClassifier over 1.3 M contacts and their closures", value: round3(ms), unit: "ms", budget: "reference", pass: true },
        { name: "avoidable: stream peak heap growth", value: round3(mb), unit: "MB", budget: "≤ 150 MB", pass: mb <= 150, note: `peak enquiries held ${peakHeld} of ${contacts.length} contacts` },
      ];
    },
  },
];
