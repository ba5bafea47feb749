import { refuse } from "../core/index.js";
import { type Fraction, fraction, minus, ONE, times, toNumber } from "./fraction.js";
import { readShare } from "./readOptions.js";

/**
 * How take-up of a new channel grows over the years, as the share of the planned shift achieved
 * in each year (year 0, the baseline, is always 0):
 *
 * - `immediate`: all of it from year 1;
 * - `linear`: an equal step each year, reaching all of it in year `years`;
 * - `s-curve`: slow, then fast, then slow (the smoothstep 3t² − 2t³ with t = year ÷ `years`),
 *   reaching all of it in year `years`; exact, with no exponentials to round;
 * - `series`: the shares you give for years 1, 2, …; after the last, the last holds.
 *
 * @example
 * ```ts
 * import { takeUpShare, type TakeUpCurve } from "council-contact/cost";
 * const curve: TakeUpCurve = { kind: "s-curve", years: 4 };
 * [1, 2, 3, 4].map((year) => takeUpShare(curve, year)) //=> [0.15625, 0.5, 0.84375, 1]
 * ```
 */
export type TakeUpCurve =
  | {
      /** All of the shift from year 1. */
      readonly kind: "immediate";
    }
  | {
      /** Equal steps. */
      readonly kind: "linear";
      /** Years to reach the full shift, a whole number ≥ 1. */
      readonly years: number;
    }
  | {
      /** Slow, fast, slow. */
      readonly kind: "s-curve";
      /** Years to reach the full shift, a whole number ≥ 1. */
      readonly years: number;
    }
  | {
      /** Given shares. */
      readonly kind: "series";
      /** The share of the shift achieved in years 1, 2, …, each in [0, 1]; at least one. */
      readonly values: readonly number[];
    };

/**
 * The share of a planned shift achieved in a year, on a take-up curve.
 *
 * @param curve - the take-up curve.
 * @param year - a whole number of years from the baseline, ≥ 0 (year 0 is the baseline: 0).
 * @returns a share in [0, 1].
 * @throws RangeError naming the value for a bad year, a curve `years` that is not a whole
 * number ≥ 1, a series value outside [0, 1] or an unknown kind.
 * @example
 * ```ts
 * import { takeUpShare } from "council-contact/cost";
 * takeUpShare({ kind: "linear", years: 4 }, 1) //=> 0.25
 * takeUpShare({ kind: "linear", years: 4 }, 9) //=> 1
 * takeUpShare({ kind: "series", values: [0.1, 0.3] }, 5) //=> 0.3
 * takeUpShare({ kind: "immediate" }, 0) //=> 0
 * takeUpShare({ kind: "series", values: [1.2] }, 1) //=> throws RangeError
 * ```
 */
export function takeUpShare(curve: TakeUpCurve, year: number): number {
  if (!Number.isSafeInteger(year) || year < 0) refuse("year", "a whole number ≥ 0", year);
  return toNumber(takeUpAt(curve, "curve")(year));
}

/** A curve checked once and turned into year → exact share (private). */
export function takeUpAt(curve: TakeUpCurve, option: string): (year: number) => Fraction {
  switch (curve?.kind) {
    case "immediate":
      return (year) => (year === 0 ? fraction(0n) : ONE);
    case "linear":
    case "s-curve": {
      const years = curve.years;
      if (!Number.isSafeInteger(years) || years < 1) refuse(`${option}.years`, "a whole number ≥ 1", years);
      const smooth = curve.kind === "s-curve";
      return (year) => {
        const t = fraction(BigInt(Math.min(year, years)), BigInt(years));
        // smoothstep: 3t² − 2t³ = t² (3 − 2t)
        return smooth ? times(times(t, t), minus(fraction(3n), times(fraction(2n), t))) : t;
      };
    }
    case "series": {
      const values = Array.isArray(curve.values) ? curve.values : [];
      if (values.length === 0) refuse(`${option}.values`, "a non-empty list of shares", curve.values);
      const shares = values.map((value, i) => readShare(value, `${option}.values[${i}]`));
      return (year) => (year === 0 ? fraction(0n) : shares[Math.min(year, shares.length) - 1]!);
    }
    default:
      return refuse(
        `${option}.kind`,
        '"immediate", "linear", "s-curve" or "series"',
        (curve as { kind?: unknown } | undefined)?.kind,
      );
  }
}
