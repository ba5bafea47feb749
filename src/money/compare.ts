import { checkMoney, type Money, penceOf } from "./money.js";

/**
 * Compares two amounts by value, for sorting and tests. (Never `a < b`: `Money` is a string, so
 * that compares text, and `"10.00" < "9.00"`.) Equal amounts are also `===`, as the form is canonical.
 *
 * @param a - an amount.
 * @param b - another amount.
 * @returns `-1` if `a < b`, `0` if equal, `1` if `a > b`.
 * @throws RangeError if either is not canonical Money.
 * @example
 * ```ts
 * import { compare, money } from "council-contact/money";
 * compare(money("9"), money("10")) //=> -1
 * compare(money("-1"), money("-2")) //=> 1
 * compare(money("8.6"), money("8.60")) //=> 0
 * [money("10"), money("9"), money("-1")].sort(compare) //=> ["-1.00", "9.00", "10.00"]
 * ```
 */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  return order(a, b, "compare");
}

/** `compare`, naming the public function in its errors. */
function order(a: Money, b: Money, where: string): -1 | 0 | 1 {
  const x = penceOf(a, `${where}: a`);
  const y = penceOf(b, `${where}: b`);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Whether an amount is zero.
 *
 * @param amount - the amount.
 * @returns `true` for `"0.00"`.
 * @throws RangeError if `amount` is not canonical Money.
 * @example
 * ```ts
 * import { isZero, money } from "council-contact/money";
 * isZero(money("0")) //=> true
 * isZero(money("-0.01")) //=> false
 * ```
 */
export function isZero(amount: Money): boolean {
  checkMoney(amount, "isZero: amount");
  return amount === "0.00";
}

/**
 * Whether an amount is below zero.
 *
 * @param amount - the amount.
 * @returns `true` if `amount < 0`.
 * @throws RangeError if `amount` is not canonical Money.
 * @example
 * ```ts
 * import { isNegative, money } from "council-contact/money";
 * isNegative(money("-0.01")) //=> true
 * isNegative(money("0")) //=> false
 * ```
 */
export function isNegative(amount: Money): boolean {
  checkMoney(amount, "isNegative: amount");
  return amount.startsWith("-");
}

/**
 * Whether an amount is above zero.
 *
 * @param amount - the amount.
 * @returns `true` if `amount > 0`.
 * @throws RangeError if `amount` is not canonical Money.
 * @example
 * ```ts
 * import { isPositive, money } from "council-contact/money";
 * isPositive(money("0.01")) //=> true
 * isPositive(money("0")) //=> false
 * ```
 */
export function isPositive(amount: Money): boolean {
  checkMoney(amount, "isPositive: amount");
  return !amount.startsWith("-") && amount !== "0.00";
}

/**
 * The smaller of two amounts. For a list, reduce: `amounts.reduce(min)`.
 *
 * @param a - an amount.
 * @param b - another amount.
 * @returns the lesser of `a` and `b`.
 * @throws RangeError if either is not canonical Money.
 * @example
 * ```ts
 * import { min, money } from "council-contact/money";
 * min(money("9"), money("10")) //=> "9.00"
 * [money("2.83"), money("-1"), money("8.62")].reduce(min) //=> "-1.00"
 * ```
 */
export function min(a: Money, b: Money): Money {
  return order(a, b, "min") <= 0 ? a : b;
}

/**
 * The larger of two amounts. For a list, reduce: `amounts.reduce(max)`.
 *
 * @param a - an amount.
 * @param b - another amount.
 * @returns the greater of `a` and `b`.
 * @throws RangeError if either is not canonical Money.
 * @example
 * ```ts
 * import { max, money } from "council-contact/money";
 * max(money("9"), money("10")) //=> "10.00"
 * [money("2.83"), money("-1"), money("8.62")].reduce(max) //=> "8.62"
 * ```
 */
export function max(a: Money, b: Money): Money {
  return order(a, b, "max") >= 0 ? a : b;
}
