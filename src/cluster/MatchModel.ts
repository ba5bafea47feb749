import { COMPARISON_LEVELS, type ComparisonThresholds, DEFAULT_THRESHOLDS, type MatchField } from "./comparisons.js";

/**
 * The Fellegi–Sunter parameters of one comparison level: `m`, the probability of the level when the two
 * records are the same person, and `u`, when they are different people. Its Bayes factor is m / u.
 *
 * @example
 * ```ts
 * import type { LevelParameters } from "council-contact/cluster";
 * const exact: LevelParameters = { level: "exact", m: 0.9, u: 0.01 };
 * Math.log2(exact.m / exact.u) //=> ≈ 6.49
 * ```
 */
export interface LevelParameters {
  /** The level's name, from `COMPARISON_LEVELS`. */
  readonly level: string;
  /** P(level | same person). */
  readonly m: number;
  /** P(level | different people). */
  readonly u: number;
}

/**
 * How often each value of a field occurs, for term-frequency adjustment: an exact match on a value held by
 * many records counts for less than one on a rare value.
 *
 * @example
 * ```ts
 * import type { TermFrequencies } from "council-contact/cluster";
 * const surnames: TermFrequencies = { records: 1000, counts: { smith: 14, jones: 9 } };
 * surnames.counts.smith! / surnames.records //=> 0.014
 * ```
 */
export interface TermFrequencies {
  /** How many records had the field. */
  readonly records: number;
  /** Records per value, for values held by at least two records; others count as held by one. */
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * A trained match model: plain JSON, so it can be saved, read by people and passed back in (`options.model`).
 *
 * @example
 * ```ts
 * import { DEFAULT_MODEL, type MatchModel } from "council-contact/cluster";
 * const model: MatchModel = JSON.parse(JSON.stringify(DEFAULT_MODEL));
 * model.fields.phone[0]!.level //=> "exact"
 * ```
 */
export interface MatchModel {
  /** λ: the probability that two records in the same scope, taken at random, are the same person. */
  readonly priorMatchProbability: number;
  /** m and u for each level of each field, in `COMPARISON_LEVELS` order. */
  readonly fields: Readonly<Record<MatchField, readonly LevelParameters[]>>;
  /** The frequency tables used for term-frequency adjustment of exact matches. */
  readonly termFrequencies: Readonly<Partial<Record<TermFrequencyField, TermFrequencies>>>;
  /** The similarity thresholds of the fuzzy levels. */
  readonly thresholds: ComparisonThresholds;
}

/**
 * The fields whose exact matches are adjusted by term frequency.
 *
 * @example
 * ```ts
 * import { TERM_FREQUENCY_FIELDS } from "council-contact/cluster";
 * TERM_FREQUENCY_FIELDS //=> ["givenName", "familyName", "email", "postcode"]
 * ```
 */
export const TERM_FREQUENCY_FIELDS = ["givenName", "familyName", "email", "postcode"] as const;

/**
 * A field whose exact matches are adjusted by term frequency.
 *
 * @example
 * ```ts
 * import type { TermFrequencyField } from "council-contact/cluster";
 * const field: TermFrequencyField = "familyName";
 * field //=> "familyName"
 * ```
 */
export type TermFrequencyField = (typeof TERM_FREQUENCY_FIELDS)[number];

const M_U: Record<MatchField, readonly (readonly [number, number])[]> = {
  givenName: [
    [0.85, 0.01],
    [0.04, 0.001],
    [0.05, 0.002],
    [0.02, 0.005],
    [0.04, 0.982],
  ],
  familyName: [
    [0.88, 0.005],
    [0.06, 0.002],
    [0.02, 0.005],
    [0.04, 0.988],
  ],
  dateOfBirth: [
    [0.93, 0.00004],
    [0.01, 0.000004],
    [0.03, 0.0005],
    [0.03, 0.999456],
  ],
  email: [
    [0.85, 0.00001],
    [0.05, 0.00001],
    [0.1, 0.99998],
  ],
  phone: [
    [0.8, 0.00001],
    [0.2, 0.99999],
  ],
  postcode: [
    [0.7, 0.0001],
    [0.05, 0.002],
    [0.05, 0.02],
    [0.2, 0.9779],
  ],
  address: [
    [0.65, 0.0001],
    [0.1, 0.001],
    [0.25, 0.9989],
  ],
  uprn: [
    [0.7, 0.00005],
    [0.3, 0.99995],
  ],
  references: [
    [0.95, 0.00001],
    [0.05, 0.99999],
  ],
};

/** The parameters of every field built from a table of [m, u] pairs per level. */
export function modelFields(
  table: Readonly<Record<MatchField, readonly (readonly [number, number])[]>>,
): Record<MatchField, LevelParameters[]> {
  const fields = {} as Record<MatchField, LevelParameters[]>;
  for (const field of Object.keys(COMPARISON_LEVELS) as MatchField[])
    fields[field] = COMPARISON_LEVELS[field].map((level, i) => ({
      level,
      m: table[field][i]![0],
      u: table[field][i]![1],
    }));
  return fields;
}

/**
 * A model with hand-set parameters (typical of UK council records), used when there are too few records to
 * estimate one (fewer than `options.minimumTrainingRecords`). Its prior is 1 in 10,000 and it has no
 * term-frequency tables (a few records say nothing about how common a surname is).
 *
 * @example
 * ```ts
 * import { DEFAULT_MODEL } from "council-contact/cluster";
 * DEFAULT_MODEL.priorMatchProbability //=> 0.0001
 * ```
 */
export const DEFAULT_MODEL: MatchModel = {
  priorMatchProbability: 0.0001,
  fields: /* @__PURE__ */ modelFields(M_U),
  termFrequencies: {},
  thresholds: DEFAULT_THRESHOLDS,
};
