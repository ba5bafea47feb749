import { type BlockingRule, PART_FIELD } from "./blockingRules.js";
import type { CandidatePairs } from "./candidatePairs.js";
import {
  COMPARISON_LEVELS,
  type ComparisonThresholds,
  compareField,
  MATCH_FIELDS,
  type MatchField,
} from "./comparisons.js";
import { type ComparisonPattern, estimateM } from "./estimateM.js";
import {
  DEFAULT_MODEL,
  type LevelParameters,
  type MatchModel,
  TERM_FREQUENCY_FIELDS,
  type TermFrequencies,
} from "./MatchModel.js";
import type { PreparedRecord } from "./prepareRecord.js";
import { randomSource } from "./randomSource.js";
import { tfValue } from "./Scorer.js";

const FIELDS = MATCH_FIELDS.length;
/** Smallest m or u a level is given, so that no level's weight is infinite. */
const FLOOR = 1e-6;

/** What training reads. */
export interface TrainingInput {
  readonly records: readonly PreparedRecord[];
  readonly scopes: readonly string[];
  readonly pairs: CandidatePairs;
  /** Levels of every candidate pair, FIELDS per pair. */
  readonly levels: Uint8Array;
  readonly rules: readonly BlockingRule[];
  readonly thresholds: ComparisonThresholds;
  readonly randomPairs: number;
  readonly seed: number;
}

/**
 * A model estimated from the records without labels: u from random pairs; m by expectation maximisation on
 * the pairs of each blocking rule in turn, leaving out the fields the rule blocks on (they agree by
 * construction), averaged over the rules; the prior from the expected number of matches among the
 * candidate pairs over all pairs in scope.
 */
export function estimateModel(input: TrainingInput): MatchModel {
  const u = estimateU(input);
  const m = MATCH_FIELDS.map(() => [] as number[][]);
  for (let k = 0; k < input.rules.length; k++) {
    const blocked = new Set(input.rules[k]!.map((part) => PART_FIELD[part]));
    const free = MATCH_FIELDS.map((field, f) => (blocked.has(field) ? -1 : f)).filter((f) => f >= 0);
    const patterns = patternsOf(input, 1 << k, free);
    if (patterns.total < 50) continue;
    const estimate = estimateM(
      patterns.list,
      free.map((f) => u[f]!),
      {
        initialM: free.map((f) => DEFAULT_MODEL.fields[MATCH_FIELDS[f]!].map((level) => level.m)),
        initialProportion: 0.3,
      },
    );
    free.forEach((f, i) => {
      if (patterns.compared[i]! > 0) m[f]!.push([...estimate.m[i]!]);
    });
  }
  const fields = {} as Record<MatchField, LevelParameters[]>;
  MATCH_FIELDS.forEach((field, f) => {
    const estimates = m[f]!;
    const mean = COMPARISON_LEVELS[field].map((_, l) =>
      estimates.length === 0
        ? DEFAULT_MODEL.fields[field][l]!.m
        : estimates.reduce((sum, e) => sum + e[l]!, 0) / estimates.length,
    );
    const ms = floored(mean);
    fields[field] = COMPARISON_LEVELS[field].map((level, l) => ({ level, m: ms[l]!, u: u[f]![l]! }));
  });
  const partial: MatchModel = { priorMatchProbability: 0.5, fields, termFrequencies: {}, thresholds: input.thresholds };
  return {
    priorMatchProbability: estimatePrior(input, partial),
    fields,
    termFrequencies: termFrequencies(input.records),
    thresholds: input.thresholds,
  };
}

/** u per field and level, from random pairs of records (every pair when there are few), smoothed so none is 0. */
function estimateU(input: TrainingInput): number[][] {
  const { records } = input;
  const n = records.length;
  const counts = MATCH_FIELDS.map((field) => new Float64Array(COMPARISON_LEVELS[field].length));
  const count = (i: number, j: number): void => {
    for (let f = 0; f < FIELDS; f++) {
      const level = compareField(MATCH_FIELDS[f]!, records[i]!, records[j]!, input.thresholds);
      if (level > 0) counts[f]![level - 1]! += 1;
    }
  };
  if ((n * (n - 1)) / 2 <= input.randomPairs) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) count(i, j);
  } else {
    const random = randomSource(input.seed);
    for (let s = 0; s < input.randomPairs; s++) {
      const i = Math.floor(random() * n);
      const j = Math.floor(random() * (n - 1));
      count(i, j >= i ? j + 1 : j);
    }
  }
  return MATCH_FIELDS.map((field, f) => {
    const seen = counts[f]!;
    const total = seen.reduce((a, b) => a + b, 0);
    if (total === 0) return DEFAULT_MODEL.fields[field].map((level) => level.u);
    // Add half a pair to each level, so that a level never seen in the sample keeps a small, finite u.
    return floored(Array.from(seen, (c) => (c + 0.5) / (total + 0.5 * seen.length)));
  });
}

function patternsOf(
  input: TrainingInput,
  bit: number,
  free: readonly number[],
): { list: ComparisonPattern[]; total: number; compared: number[] } {
  const byKey = new Map<number, { levels: number[]; count: number }>();
  const compared = free.map(() => 0);
  let total = 0;
  const { rules: masks } = input.pairs;
  for (let p = 0; p < masks.length; p++) {
    if ((masks[p]! & bit) === 0) continue;
    let key = 0;
    for (const f of free) key = key * 8 + input.levels[p * FIELDS + f]!;
    const found = byKey.get(key);
    if (found !== undefined) found.count++;
    else {
      const levels = free.map((f) => input.levels[p * FIELDS + f]!);
      levels.forEach((level, i) => {
        if (level > 0) compared[i]!++;
      });
      byKey.set(key, { levels, count: 1 });
    }
    total++;
  }
  return { list: [...byKey.values()], total, compared };
}

/** The prior: expected matches among the candidate pairs (λ re-estimated with m and u fixed) over all pairs in scope. */
function estimatePrior(input: TrainingInput, model: MatchModel): number {
  const pairs = input.pairs.left.length;
  const perScope = new Map<string, number>();
  for (const scope of input.scopes) perScope.set(scope, (perScope.get(scope) ?? 0) + 1);
  let inScope = 0;
  for (const size of perScope.values()) inScope += (size * (size - 1)) / 2;
  if (pairs === 0 || inScope === 0) return DEFAULT_MODEL.priorMatchProbability;
  const ratio = new Float64Array(pairs);
  for (let p = 0; p < pairs; p++) {
    let r = 1;
    for (let f = 0; f < FIELDS; f++) {
      const level = input.levels[p * FIELDS + f]!;
      if (level === 0) continue;
      const parameters = model.fields[MATCH_FIELDS[f]!][level - 1]!;
      r *= parameters.m / parameters.u;
    }
    ratio[p] = r;
  }
  let lambda = 0.5;
  for (let iteration = 0; iteration < 50; iteration++) {
    const odds = lambda / (1 - lambda);
    let sum = 0;
    for (let p = 0; p < pairs; p++) sum += (odds * ratio[p]!) / (1 + odds * ratio[p]!);
    const next = sum / pairs;
    const done = Math.abs(next - lambda) < 1e-9;
    lambda = Math.min(1 - 1e-9, Math.max(1e-12, next));
    if (done) break;
  }
  return Math.min(0.5, Math.max(1e-12, (lambda * pairs) / inScope));
}

/** Term-frequency tables of the records (values held by two or more records). */
export function termFrequencies(records: readonly PreparedRecord[]): MatchModel["termFrequencies"] {
  const tables: Partial<Record<(typeof TERM_FREQUENCY_FIELDS)[number], TermFrequencies>> = {};
  for (const field of TERM_FREQUENCY_FIELDS) {
    const counts = new Map<string, number>();
    let total = 0;
    for (const record of records) {
      const value = tfValue(field, record);
      if (value === "") continue;
      total++;
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const kept: Record<string, number> = {};
    for (const [value, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      if (count >= 2) kept[value] = count;
    tables[field] = { records: total, counts: kept };
  }
  return tables;
}

/** Probabilities floored at FLOOR and renormalised to sum to 1. */
function floored(values: readonly number[]): number[] {
  const lifted = values.map((v) => Math.max(FLOOR, v));
  const sum = lifted.reduce((a, b) => a + b, 0);
  return lifted.map((v) => v / sum);
}
