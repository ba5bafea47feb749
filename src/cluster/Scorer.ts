import { COMPARISON_LEVELS, MATCH_FIELDS, type MatchField } from "./comparisons.js";
import type { EvidenceStep } from "./Evidence.js";
import { type MatchModel, TERM_FREQUENCY_FIELDS, type TermFrequencyField } from "./MatchModel.js";
import type { PreparedRecord } from "./prepareRecord.js";

const FIELDS = MATCH_FIELDS.length;
const TF_INDEX: readonly number[] = MATCH_FIELDS.map((field) =>
  (TERM_FREQUENCY_FIELDS as readonly string[]).indexOf(field),
);

/** A model turned into weight tables for fast scoring. */
export interface Scorer {
  readonly model: MatchModel;
  readonly priorWeight: number;
  /** log2(m/u) per field and level (index 0: not compared, weight 0). */
  readonly weights: readonly Float64Array[];
  /** Weight of a pair from its levels. */
  weigh(levels: Uint8Array, offset: number, a: PreparedRecord, b: PreparedRecord): number;
  /** The waterfall of a pair. */
  evidence(levels: Uint8Array, offset: number, a: PreparedRecord): EvidenceStep[];
}

export function createScorer(model: MatchModel): Scorer {
  const prior = model.priorMatchProbability;
  const priorWeight = Math.log2(prior / (1 - prior));
  const weights = MATCH_FIELDS.map((field) => {
    const table = new Float64Array(COMPARISON_LEVELS[field].length + 1);
    model.fields[field].forEach((level, i) => {
      table[i + 1] = Math.log2(level.m / level.u);
    });
    return table;
  });
  /** log2(u_exact / u_value): the term-frequency adjustment of an exact match on `value`. */
  const adjustment = (f: number, value: string): number => {
    const tf = TF_INDEX[f]!;
    if (tf < 0) return 0;
    const field = TERM_FREQUENCY_FIELDS[tf] as TermFrequencyField;
    const table = model.termFrequencies[field];
    if (table === undefined || table.records === 0) return 0;
    const frequency = (Object.hasOwn(table.counts, value) ? (table.counts[value] ?? 1) : 1) / table.records;
    return Math.log2(model.fields[field][0]!.u / frequency);
  };
  const weigh = (levels: Uint8Array, offset: number, a: PreparedRecord, _b: PreparedRecord): number => {
    let weight = priorWeight;
    for (let f = 0; f < FIELDS; f++) {
      const level = levels[offset + f]!;
      if (level === 0) continue;
      weight += weights[f]![level]!;
      if (level === 1 && TF_INDEX[f]! >= 0) weight += adjustment(f, tfValue(MATCH_FIELDS[f]!, a));
    }
    return weight;
  };
  const evidence = (levels: Uint8Array, offset: number, a: PreparedRecord): EvidenceStep[] => {
    let total = priorWeight;
    const steps: EvidenceStep[] = [
      { step: "prior", bayesFactor: prior / (1 - prior), matchWeight: priorWeight, cumulativeWeight: priorWeight },
    ];
    for (let f = 0; f < FIELDS; f++) {
      const level = levels[offset + f]!;
      if (level === 0) continue;
      const field = MATCH_FIELDS[f]!;
      const weight = weights[f]![level]!;
      total += weight;
      steps.push({
        step: "field",
        field,
        level: COMPARISON_LEVELS[field][level - 1]!,
        bayesFactor: 2 ** weight,
        matchWeight: weight,
        cumulativeWeight: total,
      });
      if (level === 1 && TF_INDEX[f]! >= 0) {
        const tf = adjustment(f, tfValue(field, a));
        if (tf !== 0) {
          total += tf;
          steps.push({ step: "term frequency", field, bayesFactor: 2 ** tf, matchWeight: tf, cumulativeWeight: total });
        }
      }
    }
    steps.push({
      step: "total",
      bayesFactor: 2 ** total,
      matchWeight: total,
      cumulativeWeight: total,
      matchProbability: probability(total),
    });
    return steps;
  };
  return { model, priorWeight, weights, weigh, evidence };
}

/** The match probability of a weight: 2^w / (1 + 2^w). */
export function probability(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

/** The value a term-frequency table is keyed by. */
export function tfValue(field: MatchField, record: PreparedRecord): string {
  switch (field) {
    case "givenName":
      return record.givenName;
    case "familyName":
      return record.familyName;
    case "email":
      return record.email;
    default:
      return record.postcode;
  }
}
