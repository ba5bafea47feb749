/**
 * Exact GBP: `Money` is a canonical decimal string (`"8.62"`) that survives JSON unchanged;
 * arithmetic is exact in integer pence; rounding happens once, with a mode passed as a value;
 * `allocate` splits an amount into shares that add back up to it to the penny.
 *
 * @module money
 */

export { allocate } from "./allocate.js";
export { abs, add, negate, subtract, sum } from "./arithmetic.js";
export { compare, isNegative, isPositive, isZero, max, min } from "./compare.js";
export type { FormatMoneyOptions } from "./format.js";
export { formatMoney, parseMoney } from "./format.js";
export type { Money } from "./money.js";
export { isMoney, money } from "./money.js";
export { divide, multiply } from "./multiply.js";
export { fromPence, penceNumber, toPence } from "./pence.js";
export type { Ratio } from "./ratio.js";
export { RATIO_PRECISION, ratio } from "./ratio.js";
export type { RoundingMode } from "./rounding.js";
export { ceil, DEFAULT_ROUNDING, down, floor, halfDown, halfEven, halfUp, up } from "./rounding.js";
