import { Decimal } from "decimal.js";
import { rangeError } from "../core/index.js";
import { pow10 } from "./exact.js";
import { type Money, penceOf } from "./money.js";
import { down, halfEven, type RoundingMode } from "./rounding.js";

/**
 * A ratio to multiply, divide or share money by: a number, a decimal string (`"0.175"`, `"1e-3"`)
 * or a `Decimal` from decimal.js. Every form is read **exactly**: a number by its shortest decimal
 * representation (`0.1` is read as one tenth, not as the binary float nearest it).
 *
 * @example
 * ```ts
 * import { money, multiply, type Ratio } from "council-contact/money";
 * const vat: Ratio = "0.2";
 * multiply(money("8.62"), vat) //=> "1.72"
 * ```
 */
export type Ratio = number | string | Decimal;

/**
 * How many significant digits {@link ratio} keeps when a quotient does not terminate (34, the
 * precision of IEEE 754 decimal128); it rounds the last one half-even.
 *
 * @example
 * ```ts
 * import { RATIO_PRECISION } from "council-contact/money";
 * RATIO_PRECISION //=> 34
 * ```
 */
export const RATIO_PRECISION = 34;

/**
 * The ratio of two amounts, `a / b`, as a `Decimal`: for a percentage change, a share of a total,
 * or a ratio to pass to {@link multiply}. Exact when the quotient terminates within
 * {@link RATIO_PRECISION} significant digits; otherwise rounded half-even to that many. It does
 * not depend on decimal.js's global precision setting.
 *
 * @param a - the numerator.
 * @param b - the denominator; not zero.
 * @returns `a / b` as a `Decimal`.
 * @throws RangeError if `b` is zero, or either is not canonical Money.
 * @example
 * ```ts
 * import { money, ratio, subtract } from "council-contact/money";
 * const before = money("2.83"), after = money("3.12");
 * ratio(subtract(after, before), before).times(100).toFixed(1) //=> "10.2"
 * ratio(money("1"), money("4")).toString() //=> "0.25"
 * ratio(money("1"), money("3")).toString() //=> "0.3333333333333333333333333333333333"
 * ratio(money("1"), money("0")) //=> throws RangeError
 * ```
 */
export function ratio(a: Money, b: Money): Decimal {
  const numerator = penceOf(a, "ratio: a");
  const denominator = penceOf(b, "ratio: b");
  if (denominator === 0n) throw rangeError("ratio: b", "non-zero", b);
  if (numerator === 0n) return new Decimal(0);
  const magnitude = numerator < 0n ? -numerator : numerator;
  const divisor = denominator < 0n ? -denominator : denominator;
  // Choose the power of ten that puts exactly RATIO_PRECISION digits before the point, then round.
  let exponent = RATIO_PRECISION - String(magnitude).length + String(divisor).length;
  if (scaledQuotient(magnitude, divisor, exponent, down) >= pow10(RATIO_PRECISION)) exponent -= 1;
  const digits = scaledQuotient(magnitude, divisor, exponent, halfEven);
  const negative = numerator < 0n !== denominator < 0n;
  return new Decimal(`${negative ? "-" : ""}${digits}e${-exponent}`);
}

/** `a × 10^exponent / b`, rounded by `mode`, for positive `a` and `b`. */
function scaledQuotient(a: bigint, b: bigint, exponent: number, mode: RoundingMode): bigint {
  return exponent >= 0 ? mode(a * pow10(exponent), b) : mode(a, b * pow10(-exponent));
}
