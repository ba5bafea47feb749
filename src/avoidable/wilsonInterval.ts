import { rangeError } from "../core/index.js";
/**
 * The z value of a two-sided 95% interval: the 97.5th percentile of the standard normal distribution.
 *
 * @example
 * ```ts
 * import { Z_95 } from "council-contact/avoidable";
 * Z_95 //=> ≈ 1.96
 * ```
 */
export const Z_95 = 1.959963984540054;

/**
 * A confidence interval for a proportion.
 *
 * @example
 * ```ts
 * import type { ProportionInterval } from "council-contact/avoidable";
 * const interval: ProportionInterval = { lower: 0.22, upper: 0.4, z: 1.959963984540054, method: "wilson" };
 * interval.method //=> "wilson"
 * ```
 */
export interface ProportionInterval {
  /** Lower bound, in [0, 1]. */
  readonly lower: number;
  /** Upper bound, in [lower, 1]. */
  readonly upper: number;
  /** The normal quantile used: {@link Z_95} for a 95% interval. */
  readonly z: number;
  /** How it was computed: the Wilson score interval. */
  readonly method: "wilson";
}

/**
 * The Wilson score interval for a proportion (E. B. Wilson, "Probable inference, the law of succession, and
 * statistical inference", *JASA* 22 (1927) 209–212; method 3 in R. G. Newcombe, *Statistics in Medicine* 17 (1998)
 * 857–872): with p̂ = x/n,
 * (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n).
 * Unlike p̂ ± z·√(p̂(1 − p̂)/n) it never leaves [0, 1] and keeps close to its nominal coverage for small samples and
 * proportions near 0 or 1, as NI 14 samples of a few hundred contacts are.
 *
 * @param successes - x, the count with the property (avoidable contacts), a whole number in [0, n].
 * @param trials - n, the sample size, a whole number ≥ 0; with n = 0 the interval is [0, 1] (nothing is known).
 * @param z - the normal quantile; default {@link Z_95} (95%).
 * @returns the interval, with the z it used.
 * @throws {RangeError} if a count is not a whole number, `successes` exceeds `trials`, or `z` is not > 0.
 * @example
 * ```ts
 * import { wilsonInterval } from "council-contact/avoidable";
 * const interval = wilsonInterval(30, 100);
 * interval.lower //=> ≈ 0.2189
 * interval.upper //=> ≈ 0.3958
 * wilsonInterval(0, 10).upper //=> ≈ 0.2775
 * wilsonInterval(11, 10) //=> throws RangeError
 * ```
 */
export function wilsonInterval(successes: number, trials: number, z: number = Z_95): ProportionInterval {
  if (!Number.isSafeInteger(trials) || trials < 0) throw rangeError("trials", "a whole number ≥ 0", trials);
  if (!Number.isSafeInteger(successes) || successes < 0 || successes > trials)
    throw rangeError("successes", `a whole number in [0, trials = ${trials}]`, successes);
  if (typeof z !== "number" || !(z > 0) || !Number.isFinite(z)) throw rangeError("z", "a finite number > 0", z);
  if (trials === 0) return { lower: 0, upper: 1, z, method: "wilson" };
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const denominator = 1 + z2n;
  const centre = (p + z2n / 2) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials));
  // At x = 0 the lower bound is exactly 0, and at x = n the upper exactly 1; rounding would leave them a hair off.
  const lower = successes === 0 ? 0 : Math.max(0, centre - half);
  const upper = successes === trials ? 1 : Math.min(1, centre + half);
  return { lower, upper, z, method: "wilson" };
}
