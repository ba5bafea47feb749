import { refuse } from "../core/index.js";
import { decimalOf, type Fraction, ONE, over, toNumber } from "./fraction.js";
import { onePlus } from "./readOptions.js";

/**
 * HM Treasury's Green Book discount rate: the social time preference rate, **3.5% a year in real
 * terms**, for costs and benefits up to 30 years ahead. Set in the 2003 Green Book and kept since
 * (Green Book Annex A6, "Discounting": STPR r = ρ + µg = 1.5% + 1.0 × 2% = 3.5%).
 *
 * @example
 * ```ts
 * import { GREEN_BOOK_DISCOUNT_RATE, discountFactor } from "council-contact/cost";
 * GREEN_BOOK_DISCOUNT_RATE //=> 0.035
 * discountFactor(1) //=> ≈ 0.9662
 * ```
 */
export const GREEN_BOOK_DISCOUNT_RATE = 0.035;

/**
 * A discount rate that changes with time: each entry applies from its year (inclusive) until the
 * next entry's. The first entry must start at year 0.
 *
 * @example
 * ```ts
 * import type { DiscountSchedule } from "council-contact/cost";
 * const schedule: DiscountSchedule = [{ fromYear: 0, rate: 0.035 }, { fromYear: 31, rate: 0.03 }];
 * schedule[1]?.rate //=> 0.03
 * ```
 */
export type DiscountSchedule = readonly {
  /** The first year (counted from year 0, today) the rate applies to. */
  readonly fromYear: number;
  /** The real discount rate a year, in [0, 1). */
  readonly rate: number;
}[];

/**
 * A discount rate: one rate for every year (`0.035`), or a {@link DiscountSchedule}.
 *
 * @example
 * ```ts
 * import { GREEN_BOOK_DECLINING_DISCOUNT_RATES, type DiscountRate } from "council-contact/cost";
 * const rate: DiscountRate = GREEN_BOOK_DECLINING_DISCOUNT_RATES;
 * Array.isArray(rate) //=> true
 * ```
 */
export type DiscountRate = number | DiscountSchedule;

/**
 * The Green Book's declining long-term discount rates, for appraisals reaching beyond 30 years:
 * 3.5% for years 0–30, 3.0% for 31–75, 2.5% for 76–125, 2.0% for 126–200, 1.5% for 201–300 and
 * 1.0% from 301 (HM Treasury, *The Green Book*, 2003, Annex 6 Table 6.1 "The declining long term
 * discount rate", after Oxera 2002, Weitzman 1998/2001 and Gollier 2002; kept in later editions).
 * Year 31 is discounted at 3.5% for its first 30 years and 3.0% for its last.
 *
 * @example
 * ```ts
 * import { GREEN_BOOK_DECLINING_DISCOUNT_RATES, discountFactor } from "council-contact/cost";
 * GREEN_BOOK_DECLINING_DISCOUNT_RATES.map((step) => step.rate) //=> [0.035, 0.03, 0.025, 0.02, 0.015, 0.01]
 * discountFactor(31, GREEN_BOOK_DECLINING_DISCOUNT_RATES) //=> ≈ 0.3459
 * ```
 */
export const GREEN_BOOK_DECLINING_DISCOUNT_RATES: DiscountSchedule = [
  { fromYear: 0, rate: 0.035 },
  { fromYear: 31, rate: 0.03 },
  { fromYear: 76, rate: 0.025 },
  { fromYear: 126, rate: 0.02 },
  { fromYear: 201, rate: 0.015 },
  { fromYear: 301, rate: 0.01 },
] as const satisfies DiscountSchedule;

/** The furthest year a single discount factor is worked out for: each year is one exact step. */
const MAX_YEAR = 10_000;

/**
 * The discount factor for a year: what £1 then is worth today, 1 ÷ (1 + r)^year for one rate, or
 * the product of 1 ÷ (1 + rₖ) over years k = 1…year for a schedule. Year 0 (today) is 1. Worked
 * exactly and returned as a `number` for display; the money functions use the exact factor.
 *
 * @param year - a whole number of years from today, ≥ 0.
 * @param discountRate - a rate or schedule; default {@link GREEN_BOOK_DISCOUNT_RATE}.
 * @returns the factor, in (0, 1].
 * @throws RangeError naming the value for a negative or fractional year or one beyond 10,000, a rate outside [0, 1)
 * or a malformed schedule.
 * @example
 * ```ts
 * import { discountFactor } from "council-contact/cost";
 * discountFactor(0) //=> 1
 * discountFactor(10) //=> ≈ 0.708919
 * discountFactor(2, 0.1) //=> ≈ 0.826446
 * discountFactor(1, 1) //=> throws RangeError
 * ```
 */
export function discountFactor(year: number, discountRate: DiscountRate = GREEN_BOOK_DISCOUNT_RATE): number {
  if (!Number.isSafeInteger(year) || year < 0 || year > MAX_YEAR)
    refuse("year", `a whole number from 0 to ${MAX_YEAR}`, year);
  const factors = discountFactors(discountRate, "discountRate", year);
  return toNumber(factors[year]!);
}

/**
 * Exact discount factors for years 0…`last` (private): each year's factor is the previous one
 * divided by (1 + that year's rate).
 */
export function discountFactors(discountRate: DiscountRate, option: string, last: number): Fraction[] {
  const rateFor = readDiscountRate(discountRate, option);
  const factors: Fraction[] = [ONE];
  for (let year = 1; year <= last; year++) factors.push(over(factors[year - 1]!, onePlus(rateFor(year))));
  return factors;
}

/** A discount rate or schedule checked and turned into year → exact rate. */
export function readDiscountRate(value: DiscountRate, option: string): (year: number) => Fraction {
  const rate = (raw: unknown, where: string): Fraction => {
    const read = decimalOf(typeof raw === "number" ? raw : Number.NaN);
    if (!read || read.n < 0n || read.n >= read.d) refuse(where, "a real discount rate in [0, 1), such as 0.035", raw);
    return read;
  };
  if (!Array.isArray(value)) {
    const single = rate(value, option);
    return () => single;
  }
  const schedule = value as DiscountSchedule;
  schedule.forEach((step, i) => {
    if (typeof step !== "object" || step === null) refuse(`${option}[${i}]`, "a step { fromYear, rate }", step);
  });
  if (schedule.length === 0 || schedule[0]?.fromYear !== 0)
    refuse(`${option}[0].fromYear`, "0 (a schedule starts today)", schedule[0]?.fromYear);
  const steps = schedule.map((step, i) => {
    if (i > 0 && !(Number.isSafeInteger(step.fromYear) && step.fromYear > schedule[i - 1]!.fromYear)) {
      refuse(`${option}[${i}].fromYear`, `a whole number after ${schedule[i - 1]!.fromYear}`, step.fromYear);
    }
    return { fromYear: step.fromYear, rate: rate(step.rate, `${option}[${i}].rate`) };
  });
  return (year) => {
    let found = steps[0]!.rate;
    for (const step of steps) if (step.fromYear <= year) found = step.rate;
    return found;
  };
}
