/**
 * Exact GBP: `Money` is a canonical decimal string (`"8.62"`) that survives JSON unchanged;
 * arithmetic is exact in integer pence; rounding happens once, with a mode passed as a value;
 * `allocate` splits an amount into shares that add back up to it to the penny.
 *
 * @module money
 */
export { money, isMoney } from "./money.js";
export type { Money } from "./money.js";
export { fromPence, toPence, penceNumber } from "./pence.js";
export { add, subtract, negate, abs, sum } from "./arithmetic.js";
export { compare, isZero, isNegative, isPositive, min, max } from "./compare.js";
export { multiply, divide } from "./multiply.js";
export { ratio, RATIO_PRECISION } from "./ratio.js";
export type { Ratio } from "./ratio.js";
export { halfUp, halfEven, halfDown, down, up, floor, ceil, DEFAULT_ROUNDING } from "./rounding.js";
export type { RoundingMode } from "./rounding.js";
export { allocate } from "./allocate.js";
export { formatMoney, parseMoney } from "./format.js";
export type { FormatMoneyOptions } from "./format.js";
