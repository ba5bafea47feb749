import { rangeError } from "../core/index.js";
/**
 * A rounding mode, as a value: divides `numerator` by `denominator` and rounds the quotient to an
 * integer. Pass one to {@link multiply} or {@link divide}; the default is {@link DEFAULT_ROUNDING}.
 *
 * The seven modes are exported as values: {@link halfUp}, {@link halfEven}, {@link halfDown},
 * {@link down}, {@link up}, {@link floor} and {@link ceil}. Each accepts any non-zero denominator
 * (a negative one flips the signs of both first). A mode of your own must return the integer
 * nearest the exact quotient in one direction or the other.
 *
 * @example
 * ```ts
 * import { halfEven, type RoundingMode } from "council-contact/money";
 * const mode: RoundingMode = halfEven;
 * mode(5n, 2n) //=> 2n
 * mode(-5n, 2n) //=> -2n
 * ```
 */
export type RoundingMode = (numerator: bigint, denominator: bigint) => bigint;

/**
 * Builds a mode from one decision: given an inexact quotient, step away from zero or not.
 * `half` compares the remainder with half the denominator (-1 below, 0 exactly half, 1 above).
 */
function roundingMode(away: (negative: boolean, half: -1 | 0 | 1, oddQuotient: boolean) => boolean): RoundingMode {
  return (numerator, denominator) => {
    if (typeof numerator !== "bigint") throw rangeError("rounding: numerator", "a bigint", numerator);
    if (typeof denominator !== "bigint" || denominator === 0n) {
      throw rangeError("rounding: denominator", "a non-zero bigint", denominator);
    }
    const n = denominator < 0n ? -numerator : numerator;
    const d = denominator < 0n ? -denominator : denominator;
    const quotient = n / d; // truncated toward zero
    const remainder = n % d;
    if (remainder === 0n) return quotient;
    const negative = n < 0n;
    const twice = (negative ? -remainder : remainder) * 2n;
    const half = twice < d ? -1 : twice === d ? 0 : 1;
    if (!away(negative, half, (quotient & 1n) !== 0n)) return quotient;
    return negative ? quotient - 1n : quotient + 1n;
  };
}

/**
 * Round to the nearest penny; exactly half rounds **away from zero**: 2.5 → 3, -2.5 → -3. This is
 * what a spreadsheet's `ROUND` does and what decimal.js calls `ROUND_HALF_UP`; it treats a charge
 * and its refund alike (`-x` rounds to minus what `x` rounds to). (dinero.js's `halfUp` differs on
 * negatives: it rounds -2.5 to -2.)
 *
 * @example
 * ```ts
 * import { halfUp } from "council-contact/money";
 * halfUp(5n, 2n) //=> 3n
 * halfUp(-5n, 2n) //=> -3n
 * halfUp(-7n, 3n) //=> -2n
 * ```
 */
export const halfUp: RoundingMode = /* @__PURE__ */ roundingMode((_, half) => half >= 0);

/**
 * Round to the nearest penny; exactly half rounds to the **even** neighbour ("banker's rounding"):
 * 2.5 → 2, 3.5 → 4, -2.5 → -2, -3.5 → -4. Halves do not drift a long total up or down.
 *
 * @example
 * ```ts
 * import { halfEven } from "council-contact/money";
 * halfEven(5n, 2n) //=> 2n
 * halfEven(7n, 2n) //=> 4n
 * halfEven(-7n, 2n) //=> -4n
 * ```
 */
export const halfEven: RoundingMode = /* @__PURE__ */ roundingMode((_, half, odd) => half > 0 || (half === 0 && odd));

/**
 * Round to the nearest penny; exactly half rounds **toward zero**: 2.5 → 2, -2.5 → -2, 2.6 → 3.
 *
 * @example
 * ```ts
 * import { halfDown } from "council-contact/money";
 * halfDown(5n, 2n) //=> 2n
 * halfDown(-5n, 2n) //=> -2n
 * halfDown(13n, 5n) //=> 3n
 * ```
 */
export const halfDown: RoundingMode = /* @__PURE__ */ roundingMode((_, half) => half > 0);

/**
 * Round **toward zero** (truncate): 2.9 → 2, -2.9 → -2.
 *
 * @example
 * ```ts
 * import { down } from "council-contact/money";
 * down(29n, 10n) //=> 2n
 * down(-29n, 10n) //=> -2n
 * ```
 */
export const down: RoundingMode = /* @__PURE__ */ roundingMode(() => false);

/**
 * Round **away from zero**: 2.1 → 3, -2.1 → -3.
 *
 * @example
 * ```ts
 * import { up } from "council-contact/money";
 * up(21n, 10n) //=> 3n
 * up(-21n, 10n) //=> -3n
 * ```
 */
export const up: RoundingMode = /* @__PURE__ */ roundingMode(() => true);

/**
 * Round **toward negative infinity**: 2.9 → 2, -2.1 → -3.
 *
 * @example
 * ```ts
 * import { floor } from "council-contact/money";
 * floor(29n, 10n) //=> 2n
 * floor(-21n, 10n) //=> -3n
 * ```
 */
export const floor: RoundingMode = /* @__PURE__ */ roundingMode((negative) => negative);

/**
 * Round **toward positive infinity**: 2.1 → 3, -2.9 → -2.
 *
 * @example
 * ```ts
 * import { ceil } from "council-contact/money";
 * ceil(21n, 10n) //=> 3n
 * ceil(-29n, 10n) //=> -2n
 * ```
 */
export const ceil: RoundingMode = /* @__PURE__ */ roundingMode((negative) => !negative);

/**
 * The rounding mode {@link multiply} and {@link divide} use when none is given: {@link halfUp}
 * (half away from zero), the rounding a spreadsheet's `ROUND` does, so results match the
 * spreadsheets councils check them against.
 *
 * @example
 * ```ts
 * import { DEFAULT_ROUNDING, halfUp } from "council-contact/money";
 * DEFAULT_ROUNDING === halfUp //=> true
 * ```
 */
export const DEFAULT_ROUNDING: RoundingMode = halfUp;
