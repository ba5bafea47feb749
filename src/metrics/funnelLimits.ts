import { messages } from "../core/index.js";
import { chiSquareQuantile } from "./chiSquare.js";

/**
 * Options for {@link funnelLimits}.
 *
 * @example
 * ```ts
 * import type { FunnelOptions } from "council-contact/metrics";
 * const options: FunnelOptions = { level: 0.998 };
 * options.level //=> 0.998
 * ```
 */
export interface FunnelOptions {
  /** The share of common-cause variation inside the limits: 0.95 (about 2 standard deviations) or 0.998 (about 3). Default 0.95. */
  readonly level?: number;
}

/**
 * Control limits on the ratio scale (observed ÷ expected).
 *
 * @example
 * ```ts
 * import type { FunnelBand } from "council-contact/metrics";
 * const band: FunnelBand = { lower: 0.5, upper: 1.6 };
 * band.upper //=> 1.6
 * ```
 */
export interface FunnelBand {
  /** Below this ratio an area is lower than chance explains. */
  readonly lower: number;
  /** Above this ratio an area is higher than chance explains. */
  readonly upper: number;
}

/** Reads a level in (0, 1). */
export function readLevel(level: unknown, name: string): number {
  if (typeof level !== "number" || !(level > 0 && level < 1))
    throw new RangeError(messages.mustBe(name, "a number between 0 and 1, such as 0.95 or 0.998", level));
  return level;
}

/**
 * Funnel-plot control limits for an area with `expected` events, on the ratio scale (observed ÷ expected), with
 * exact Poisson limits from chi-square quantiles as Spiegelhalter's funnel plots draw them (Statistics in Medicine
 * 24, 2005): lower = χ²((1 − level) ÷ 2; 2E) ÷ 2E and upper = χ²((1 + level) ÷ 2; 2E + 2) ÷ 2E, the exact Poisson
 * interval with the count set to E. The limits narrow as E grows: a funnel.
 *
 * @param expected - the expected count E: rate × exposure, > 0 and finite.
 * @param options - the level: 0.95 (default) or 0.998, or any level between 0 and 1.
 * @returns the lower and upper limits of observed ÷ expected.
 * @throws RangeError if `expected` is not a finite number > 0, or the level is not between 0 and 1.
 * @example
 * ```ts
 * import { funnelLimits } from "council-contact/metrics";
 * funnelLimits(10).upper //=> ≈ 1.839
 * funnelLimits(10).lower //=> ≈ 0.4795
 * funnelLimits(10, { level: 0.998 }).upper //=> ≈ 2.4134
 * funnelLimits(0) //=> throws RangeError
 * ```
 */
export function funnelLimits(expected: number, options: FunnelOptions = {}): FunnelBand {
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  if (typeof expected !== "number" || !(expected > 0) || !Number.isFinite(expected))
    throw new RangeError(messages.mustBe("expected", "a finite number > 0", expected));
  const level = readLevel(options.level ?? 0.95, "options.level");
  const tail = (1 - level) / 2;
  return {
    lower: chiSquareQuantile(tail, 2 * expected) / (2 * expected),
    upper: chiSquareQuantile(1 - tail, 2 * expected + 2) / (2 * expected),
  };
}
