import { rangeError } from "../core/index.js";
import { checkMoney, fromPenceExact, type Money, numberPenceOf, penceOf } from "./money.js";

/**
 * Adds two amounts, exactly. (Never `a + b`: `Money` is a string, so that concatenates.)
 *
 * @param a - an amount.
 * @param b - another amount.
 * @returns `a + b`.
 * @throws RangeError if either is not canonical Money.
 * @example
 * ```ts
 * import { add, money } from "council-contact/money";
 * add(money("0.10"), money("0.20")) //=> "0.30"
 * add(money("8.62"), money("-10")) //=> "-1.38"
 * ```
 */
export function add(a: Money, b: Money): Money {
  return combine(a, b, 1, "add: a", "add: b");
}

/**
 * Subtracts one amount from another, exactly.
 *
 * @param a - the amount to subtract from.
 * @param b - the amount to subtract.
 * @returns `a - b`.
 * @throws RangeError if either is not canonical Money.
 * @example
 * ```ts
 * import { money, subtract } from "council-contact/money";
 * subtract(money("2.83"), money("0.15")) //=> "2.68"
 * subtract(money("1"), money("1.01")) //=> "-0.01"
 * ```
 */
export function subtract(a: Money, b: Money): Money {
  return combine(a, b, -1, "subtract: a", "subtract: b");
}

/** `a + sign × b` in pence: in `number`s while every figure is a safe integer, else in `bigint`s. */
function combine(a: Money, b: Money, sign: 1 | -1, whereA: string, whereB: string): Money {
  const x = numberPenceOf(a, whereA);
  const y = numberPenceOf(b, whereB);
  const result = x + sign * y;
  if (Number.isSafeInteger(x) && Number.isSafeInteger(y) && Number.isSafeInteger(result)) return fromPenceExact(result);
  const exactY = penceOf(b, whereB);
  return fromPenceExact(penceOf(a, whereA) + (sign === 1 ? exactY : -exactY));
}

/**
 * The amount with its sign flipped; zero stays `"0.00"`.
 *
 * @param amount - the amount.
 * @returns `-amount`.
 * @throws RangeError if `amount` is not canonical Money.
 * @example
 * ```ts
 * import { money, negate } from "council-contact/money";
 * negate(money("8.62")) //=> "-8.62"
 * negate(money("-1")) //=> "1.00"
 * negate(money("0")) //=> "0.00"
 * ```
 */
export function negate(amount: Money): Money {
  return fromPenceExact(-penceOf(amount, "negate: amount"));
}

/**
 * The size of an amount, without its sign.
 *
 * @param amount - the amount.
 * @returns `|amount|`.
 * @throws RangeError if `amount` is not canonical Money.
 * @example
 * ```ts
 * import { abs, money } from "council-contact/money";
 * abs(money("-8.62")) //=> "8.62"
 * abs(money("2.83")) //=> "2.83"
 * ```
 */
export function abs(amount: Money): Money {
  checkMoney(amount, "abs: amount");
  return (amount.startsWith("-") ? amount.slice(1) : amount) as Money;
}

/**
 * Adds up any number of amounts, exactly; the total of none is `"0.00"`. The order does not
 * matter. Small totals are added as integer pence in a `number` (fast), switching to `bigint` if
 * the total would pass `Number.MAX_SAFE_INTEGER` pence, so the result is exact at any size.
 *
 * @param amounts - the amounts (any iterable: an array, a `Set`, a generator). Not modified.
 * @returns the total.
 * @throws RangeError if `amounts` is not iterable, or naming the position of the first amount that is not canonical Money.
 * @example
 * ```ts
 * import { money, sum } from "council-contact/money";
 * sum([money("8.62"), money("2.83"), money("0.15")]) //=> "11.60"
 * sum([money("0.10"), money("0.20"), money("-0.30")]) //=> "0.00"
 * sum([]) //=> "0.00"
 * ```
 */
export function sum(amounts: Iterable<Money>): Money {
  if (typeof (amounts as Partial<Iterable<Money>> | null)?.[Symbol.iterator] !== "function") {
    throw rangeError("sum: amounts", "an array or other iterable of Money", amounts);
  }
  let total = 0;
  let exact: bigint | undefined;
  let index = 0;
  for (const amount of amounts) {
    if (exact !== undefined) {
      exact += penceOf(amount, `sum: amounts[${index}]`);
    } else {
      const pence = numberPenceOf(amount, "sum: amounts", index);
      const next = total + pence;
      // Both exact and the sum exact: every integer here is below 2^53 in size.
      if (Number.isSafeInteger(pence) && Number.isSafeInteger(next)) total = next;
      else exact = BigInt(total) + penceOf(amount, `sum: amounts[${index}]`);
    }
    index += 1;
  }
  return fromPenceExact(exact ?? total);
}
