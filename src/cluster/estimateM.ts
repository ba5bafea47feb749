import { rangeError } from "../core/index.js";

/**
 * Comparison vectors that share a pattern: the level of each field (0 when the field was not compared,
 * else 1 for the first level) and how many pairs had it.
 *
 * @example
 * ```ts
 * import type { ComparisonPattern } from "council-contact/cluster";
 * const pattern: ComparisonPattern = { levels: [1, 0, 2], count: 40 };
 * pattern.count //=> 40
 * ```
 */
export interface ComparisonPattern {
  /** The level of each field: 0 not compared, 1 the first (strongest) level, and so on. */
  readonly levels: readonly number[];
  /** How many pairs had this pattern. */
  readonly count: number;
}

/**
 * Options for {@link estimateM}.
 *
 * @example
 * ```ts
 * import type { EstimateMOptions } from "council-contact/cluster";
 * const options: EstimateMOptions = { iterations: 100 };
 * options.iterations //=> 100
 * ```
 */
export interface EstimateMOptions {
  /** Most EM iterations. Default 100. */
  readonly iterations?: number;
  /** Stop when no parameter moves by more than this. Default 1e-7. */
  readonly tolerance?: number;
  /** Starting m per field and level. Default: 0.9 for the first level, the rest shared equally. */
  readonly initialM?: readonly (readonly number[])[];
  /** Starting share of matches among the pairs. Default 0.5. */
  readonly initialProportion?: number;
}

/**
 * The result of {@link estimateM}.
 *
 * @example
 * ```ts
 * import type { EstimatedM } from "council-contact/cluster";
 * const estimate: EstimatedM = { m: [[0.9, 0.1]], proportion: 0.2, iterations: 12 };
 * estimate.m[0]![0] //=> 0.9
 * ```
 */
export interface EstimatedM {
  /** m per field and level (each field's levels sum to 1). */
  readonly m: readonly (readonly number[])[];
  /** The estimated share of the pairs that are matches. */
  readonly proportion: number;
  /** Iterations run. */
  readonly iterations: number;
}

/**
 * Estimates the m probabilities of a Fellegi–Sunter model by expectation maximisation, with u held fixed
 * (estimated apart, from random pairs): no labelled pairs are needed.
 *
 * E step: each pattern's probability of being a match, p = λ·Πm / (λ·Πm + (1 − λ)·Πu) over the compared
 * fields. M step: m of each level = the expected matches at that level / the expected matches where the
 * field was compared; λ = the mean of p.
 *
 * @param patterns - the comparison vectors, grouped by pattern.
 * @param u - u per field and level (the same shape as the result's `m`).
 * @param options - iterations, tolerance and starting values.
 * @returns m per field and level, and the share of matches.
 * @throws {RangeError} if a pattern does not fit `u`, or a probability is outside (0, 1].
 * @example
 * ```ts
 * import { estimateM } from "council-contact/cluster";
 * const u = [[0.01, 0.99], [0.05, 0.95]];
 * const patterns = [{ levels: [1, 1], count: 90 }, { levels: [2, 2], count: 900 }, { levels: [1, 2], count: 10 }];
 * estimateM(patterns, u).m[0]![0]! > 0.9 //=> true
 * ```
 */
export function estimateM(
  patterns: readonly ComparisonPattern[],
  u: readonly (readonly number[])[],
  options: EstimateMOptions = {},
): EstimatedM {
  if (!Array.isArray(patterns)) throw rangeError("patterns", "a list of comparison patterns", patterns);
  if (!Array.isArray(u) || u.length === 0) throw rangeError("u", "a non-empty list of level probabilities", u);
  if (typeof options !== "object" || options === null) throw rangeError("options", "an object", options);
  const fields = u.length;
  for (const [f, levels] of u.entries())
    if (!Array.isArray(levels) || levels.length === 0 || !levels.every((p) => typeof p === "number" && p > 0 && p <= 1))
      throw rangeError(`u[${f}]`, "a list of probabilities in (0, 1]", levels);
  for (const [i, pattern] of patterns.entries()) {
    if (
      typeof pattern !== "object" ||
      pattern === null ||
      !Array.isArray(pattern.levels) ||
      pattern.levels.length !== fields
    )
      throw rangeError(`patterns[${i}]`, `a pattern with ${fields} levels`, pattern);
    if (
      !(pattern.levels as readonly number[]).every(
        (level: number, f: number) => Number.isInteger(level) && level >= 0 && level <= u[f]!.length,
      )
    )
      throw rangeError(`patterns[${i}].levels`, "levels between 0 and each field's level count", pattern.levels);
    if (!(Number.isFinite(pattern.count) && pattern.count >= 0))
      throw rangeError(`patterns[${i}].count`, "a number ≥ 0", pattern.count);
  }
  const iterations = options.iterations ?? 100;
  const tolerance = options.tolerance ?? 1e-7;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > 10_000)
    throw rangeError("options.iterations", "a whole number from 1 to 10,000", iterations);
  if (!(tolerance >= 0 && tolerance < 1)) throw rangeError("options.tolerance", "a number in [0, 1)", tolerance);
  let proportion = options.initialProportion ?? 0.5;
  if (!(proportion > 0 && proportion < 1))
    throw rangeError("options.initialProportion", "a number in (0, 1)", proportion);
  let m = u.map((levels: readonly number[], f: number): number[] => {
    const start = options.initialM?.[f];
    if (start !== undefined && start.length === levels.length) return [...start];
    return levels.map((_: number, l: number) => (levels.length === 1 ? 1 : l === 0 ? 0.9 : 0.1 / (levels.length - 1)));
  });
  let done = 0;
  for (let iteration = 0; iteration < iterations; iteration++) {
    done = iteration + 1;
    const expected = u.map((levels) => new Array<number>(levels.length).fill(0));
    let matches = 0;
    let total = 0;
    for (const { levels, count } of patterns) {
      let pm = proportion;
      let pu = 1 - proportion;
      for (let f = 0; f < fields; f++) {
        const level = levels[f]!;
        if (level === 0) continue;
        pm *= m[f]![level - 1]!;
        pu *= u[f]![level - 1]!;
      }
      const p = pm + pu > 0 ? pm / (pm + pu) : 0;
      matches += p * count;
      total += count;
      for (let f = 0; f < fields; f++) {
        const level = levels[f]!;
        if (level !== 0) expected[f]![level - 1]! += p * count;
      }
    }
    const next = m.map((old, f) => {
      const sum = expected[f]!.reduce((a, b) => a + b, 0);
      return sum > 0 ? expected[f]!.map((e) => e / sum) : old;
    });
    const nextProportion = total > 0 ? Math.min(1 - 1e-12, Math.max(1e-12, matches / total)) : proportion;
    let moved = Math.abs(nextProportion - proportion);
    for (let f = 0; f < fields; f++)
      for (let l = 0; l < next[f]!.length; l++) moved = Math.max(moved, Math.abs(next[f]![l]! - m[f]![l]!));
    m = next;
    proportion = nextProportion;
    if (moved <= tolerance) break;
  }
  return { m, proportion, iterations: done };
}
