import { refuse } from "../core/index.js";
import { fromPence, type Money, type RoundingMode } from "../money/index.js";
import { type DiscountRate, GREEN_BOOK_DISCOUNT_RATE, readDiscountRate } from "./discounting.js";
import type { Fraction } from "./fraction.js";
import { checkOptions, penceFraction, readMoney, readRounding } from "./readOptions.js";

/**
 * The options of {@link npv}.
 *
 * @example
 * ```ts
 * import { GREEN_BOOK_DECLINING_DISCOUNT_RATES, type NpvOptions } from "council-contact/cost";
 * const longRun: NpvOptions = { discountRate: GREEN_BOOK_DECLINING_DISCOUNT_RATES };
 * Array.isArray(longRun.discountRate) //=> true
 * ```
 */
export interface NpvOptions {
  /** A real discount rate a year, or a schedule. Default {@link GREEN_BOOK_DISCOUNT_RATE} (3.5%). */
  readonly discountRate?: DiscountRate;
  /** How the exact present value is rounded to the penny. Default `DEFAULT_ROUNDING` (`halfUp`). */
  readonly rounding?: RoundingMode;
}

/**
 * Net present value: Σ cashflow(t) × discount factor(t), where `cashflows[t]` is the net cashflow
 * of year t and **year 0 is today, undiscounted**. Discount factors are exact fractions
 * (1 ÷ 1.035^t is never rounded); the sum is rounded once, to the penny.
 *
 * @param cashflows - net cashflow (benefits − costs) of years 0, 1, 2, … Not modified.
 * @param options - discount rate (default 3.5%, the Green Book) and rounding.
 * @returns the present value of the cashflows.
 * @throws RangeError naming the year of a cashflow that is not `Money`, or a bad discount rate.
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import { npv } from "council-contact/cost";
 * npv([money("-100"), money("103.50")]) //=> "0.00"
 * npv([money("-500000"), ...Array(10).fill(money("100000"))]) //=> "331660.53"
 * npv([money("1"), money("1"), money("1")], { discountRate: 0 }) //=> "3.00"
 * npv([money("1")], { discountRate: 1.5 }) //=> throws RangeError
 * ```
 */
export function npv(cashflows: readonly Money[], options: NpvOptions = {}): Money {
  checkOptions(options);
  const exact = presentValue(cashflows, options.discountRate ?? GREEN_BOOK_DISCOUNT_RATE, "cashflows");
  return fromPence(readRounding(options.rounding)(exact.n, exact.d));
}

/** The exact present value of a list of cashflows, in pence (private). */
export function presentValue(cashflows: readonly Money[], discountRate: DiscountRate, option: string): Fraction {
  if (!Array.isArray(cashflows)) refuse(option, "an array of Money, one per year from year 0", cashflows);
  const rateFor = readDiscountRate(discountRate, "discountRate");
  // Σ cashflow[k] × Π_{j ≤ k} 1 / (1 + r_j) over one common denominator D = Π (1 + r_j)'s numerators:
  // each year multiplies the running numerator by the year's factor and adds the cashflow times the
  // carried product of rate denominators. One multiplication by a small integer per year and no
  // common-factor search, so the work grows linearly with the years rather than with their square.
  let numerator = 0n;
  let denominator = 1n;
  let carried = 1n;
  for (let year = 0; year < cashflows.length; year++) {
    const pence = penceFraction(readMoney(cashflows[year], `${option}[${year}]`)).n;
    if (year > 0) {
      const rate = rateFor(year); // rate.n / rate.d, so 1 / (1 + rate) = rate.d / (rate.n + rate.d)
      numerator *= rate.n + rate.d;
      denominator *= rate.n + rate.d;
      carried *= rate.d;
    }
    numerator += pence * carried;
  }
  return { n: numerator, d: denominator };
}
