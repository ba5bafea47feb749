import { rangeError } from "../core/index.js";
import { fromPenceExact, type Money, numberPenceOf, penceOf } from "./money.js";

/**
 * Makes an amount of money from integer pence.
 *
 * @param pence - whole pence: a `bigint` (any size) or a safe-integer `number`.
 * @returns the amount in pounds, canonical.
 * @throws RangeError naming the value if it is a fraction, `NaN`, infinite or beyond
 * `Number.MAX_SAFE_INTEGER` (where a number no longer holds every integer exactly).
 * @example
 * ```ts
 * import { fromPence } from "council-contact/money";
 * fromPence(862) //=> "8.62"
 * fromPence(-5) //=> "-0.05"
 * fromPence(123456789012345678901n) //=> "1234567890123456789.01"
 * fromPence(8.5) //=> throws RangeError
 * ```
 */
export function fromPence(pence: number | bigint): Money {
  if (typeof pence === "bigint") return fromPenceExact(pence);
  if (typeof pence !== "number" || !Number.isSafeInteger(pence)) {
    throw rangeError("fromPence: pence", "a safe integer number or a bigint", pence);
  }
  return fromPenceExact(pence);
}

/**
 * An amount as integer pence, exact at any size.
 *
 * @param amount - the amount.
 * @returns the amount in pence, as a `bigint`.
 * @throws RangeError if `amount` is not canonical Money.
 * @example
 * ```ts
 * import { money, toPence } from "council-contact/money";
 * toPence(money("8.62")) //=> 862n
 * toPence(money("-0.05")) //=> -5n
 * ```
 */
export function toPence(amount: Money): bigint {
  return penceOf(amount, "toPence: amount");
}

/**
 * An amount as integer pence in a plain `number`, for hot loops that add up pence: a number is
 * exact for every integer up to `Number.MAX_SAFE_INTEGER` pence (about £90 trillion), and adding
 * numbers is much faster than adding `bigint`s or strings. Convert back once, with
 * {@link fromPence}, at the end.
 *
 * @param amount - the amount.
 * @returns the amount in pence, as a safe integer.
 * @throws RangeError if `amount` is not canonical Money, or is beyond ±`Number.MAX_SAFE_INTEGER` pence.
 * @example
 * ```ts
 * import { fromPence, money, penceNumber } from "council-contact/money";
 * penceNumber(money("8.62")) //=> 862
 * let total = 0;
 * for (const fee of [money("8.62"), money("2.83"), money("0.15")]) total += penceNumber(fee);
 * fromPence(total) //=> "11.60"
 * penceNumber(money("100000000000000.00")) //=> throws RangeError
 * ```
 */
export function penceNumber(amount: Money): number {
  const pence = numberPenceOf(amount, "penceNumber: amount");
  if (!Number.isSafeInteger(pence)) {
    throw rangeError("penceNumber: amount", "within Number.MAX_SAFE_INTEGER pence (use toPence for a bigint)", amount);
  }
  return pence;
}
