// Identity resolution: accuracy on labelled synthetic people (pairwise precision, recall and F1 over ALL true
// pairs, not only those the blocking rules generate; default settings, no labels given to the resolver), and
// the time to resolve 100,000 and 1,000,000 records on one core (CPU time of the process).
import { resolveIdentities } from "council-contact/cluster";
import { generatePeople, type SyntheticPeople } from "council-contact/synth";
import { type Benchmark, medianCpuMs, round3 } from "./harness.js";

/** Pairwise precision, recall and F1 of found identities against the true people, over all record pairs. */
function pairwise(found: readonly { readonly recordIds: readonly string[] }[], truth: SyntheticPeople["people"]) {
  const personOf = new Map<string, string>();
  for (const person of truth) for (const id of person.recordIds) personOf.set(id, person.id);
  const pairs = (size: number): number => (size * (size - 1)) / 2;
  const truePairs = truth.reduce((sum, person) => sum + pairs(person.recordIds.length), 0);
  const foundPairs = found.reduce((sum, identity) => sum + pairs(identity.recordIds.length), 0);
  let correct = 0;
  for (const identity of found) {
    const perPerson = new Map<string, number>();
    for (const id of identity.recordIds) perPerson.set(personOf.get(id)!, (perPerson.get(personOf.get(id)!) ?? 0) + 1);
    for (const count of perPerson.values()) correct += pairs(count);
  }
  const precision = foundPairs === 0 ? 1 : correct / foundPairs;
  const recall = truePairs === 0 ? 1 : correct / truePairs;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** Exactly `count` records of synthetic people (1.5 records a person on average with the default settings). */
function population(count: number, seed: number): { records: SyntheticPeople["records"] } {
  const { records } = generatePeople({ people: Math.ceil(count / 1.4), seed });
  if (records.length < count) throw new Error(`generated ${records.length} records, fewer than ${count}`);
  return { records: records.slice(0, count) };
}

export const benchmarks: Benchmark[] = [
  {
    name: "accuracy on 20,000 labelled synthetic people",
    run: () => {
      const data = generatePeople({ people: 20_000, seed: 1 });
      const { precision, recall, f1 } = pairwise(resolveIdentities(data.records).identities, data.people);
      return [
        {
          name: "cluster: pairwise precision (all true pairs)",
          value: round3(precision),
          unit: "",
          budget: "≥ 0.98",
          pass: precision >= 0.98,
        },
        {
          name: "cluster: pairwise recall (all true pairs)",
          value: round3(recall),
          unit: "",
          budget: "reported",
          pass: true,
        },
        {
          name: "cluster: pairwise F1 (all true pairs)",
          value: round3(f1),
          unit: "",
          budget: "≥ 0.90",
          pass: f1 >= 0.9,
        },
      ];
    },
  },
  {
    name: "resolve 100,000 records",
    run: () => {
      const { records } = population(100_000, 2);
      const ms = medianCpuMs(() => resolveIdentities(records).identities.length, { repeats: 3, warmup: 1 });
      return [
        {
          name: `cluster: resolve ${records.length.toLocaleString("en-GB")} records (CPU)`,
          value: round3(ms),
          unit: "ms",
          budget: "≤ 3,000 ms on one core",
          pass: ms <= 3000,
        },
      ];
    },
  },
  {
    name: "resolve 1,000,000 records",
    run: () => {
      const { records } = population(1_000_000, 3);
      const ms = medianCpuMs(() => resolveIdentities(records).identities.length, { repeats: 1, warmup: 0 });
      return [
        {
          name: `cluster: resolve ${records.length.toLocaleString("en-GB")} records (CPU, one run)`,
          value: round3(ms),
          unit: "ms",
          budget: "≤ 60,000 ms on one core",
          pass: ms <= 60_000,
        },
      ];
    },
  },
];
