import { rangeError } from "../core/index.js";
import { exactOf, pow10 } from "./exact.js";
import { fromPenceExact, type Money, penceOf } from "./money.js";
import type { Ratio } from "./ratio.js";
import { DEFAULT_ROUNDING, type RoundingMode } from "./rounding.js";

/**
 * Multiplies an amount by a ratio and rounds the result to a whole penny, once, with a declared
 * mode. The product is computed exactly first (a number ratio is read by its shortest decimal
 * representation, so `0.1` is one tenth), and only then rounded.
 *
 * @param amount - the amount.
 * @param ratio - what to multiply by: a number, a decimal string or a `Decimal`, any sign.
 * @param rounding - how to round to a penny; default {@link DEFAULT_ROUNDING} ({@link halfUp}).
 * @returns `amount × ratio`, rounded to a penny.
 * @throws RangeError if `ratio` is not a finite decimal, `rounding` is not a rounding mode, or
 * `amount` is not canonical Money.
 * @example
 * ```ts
 * import { halfEven, down, money, multiply } from "council-contact/money";
 * multiply(money("8.62"), 1.5) //=> "12.93"
 * multiply(money("2.85"), "0.5") //=> "1.43"
 * multiply(money("2.85"), "0.5", halfEven) //=> "1.42"
 * multiply(money("-2.85"), 0.5) //=> "-1.43"
 * multiply(money("-2.85"), 0.5, down) //=> "-1.42"
 * multiply(money("1"), Number.NaN) //=> throws RangeError
 * ```
 */
export function multiply(amount: Money, ratio: Ratio, rounding: RoundingMode = DEFAULT_ROUNDING): Money {
  const pence = penceOf(amount, "multiply: amount");
  const { units, scale } = exactOf(ratio, "multiply: ratio");
  return fromPenceExact(modeOf(rounding, "multiply")(pence * units, pow10(scale)));
}

/**
 * Divides an amount by a divisor and rounds the result to a whole penny with a declared mode. To
 * split an amount into shares that add back up to it, use {@link allocate} instead: three thirds
 * of £1 rounded separately make 99p.
 *
 * @param amount - the amount.
 * @param divisor - what to divide by: a non-zero number, decimal string or `Decimal`, any sign.
 * @param rounding - how to round to a penny; default {@link DEFAULT_ROUNDING} ({@link halfUp}).
 * @returns `amount ÷ divisor`, rounded to a penny.
 * @throws RangeError if `divisor` is zero or not a finite decimal, `rounding` is not a rounding
 * mode, or `amount` is not canonical Money.
 * @example
 * ```ts
 * import { divide, money, up } from "council-contact/money";
 * divide(money("100"), 3) //=> "33.33"
 * divide(money("1"), 3, up) //=> "0.34"
 * divide(money("-1"), "8") //=> "-0.13"
 * divide(money("1"), 0) //=> throws RangeError
 * ```
 */
export function divide(amount: Money, divisor: Ratio, rounding: RoundingMode = DEFAULT_ROUNDING): Money {
  const pence = penceOf(amount, "divide: amount");
  const { units, scale } = exactOf(divisor, "divide: divisor");
  if (units === 0n) throw rangeError("divide: divisor", "non-zero", divisor);
  return fromPenceExact(modeOf(rounding, "divide")(pence * pow10(scale), units));
}

function modeOf(rounding: unknown, where: string): RoundingMode {
  if (typeof rounding !== "function") {
    throw rangeError(`${where}: rounding`, "a rounding mode such as halfUp or halfEven", rounding);
  }
  return rounding as RoundingMode;
}
