import { rangeError, show } from "../core/index.js";

declare const brand: unique symbol;

/**
 * An exact amount of pounds sterling: a **canonical decimal string** with exactly two decimal
 * places, such as `"8.62"`, `"-1.00"` or `"0.00"` (never `"-0.00"`, never a leading zero or `+`).
 * The brand means only this module makes one: use {@link money}, {@link fromPence} or
 * {@link parseMoney}.
 *
 * Why a string: its JSON form is the decimal string itself, so a record holding `Money` survives
 * `JSON.stringify` / `JSON.parse` unchanged; and because the form is canonical, `===` is equality
 * of value (`"8.60"` is the only way to write £8.60).
 *
 * **Pitfall:** `Money` is a string, so `a + b` concatenates (`"1.00" + "2.00"` is `"1.002.00"`) and
 * `a < b` compares text (`"10.00" < "9.00"` is true). Use {@link add}, {@link sum} and
 * {@link compare}. `Number(amount)` gives a float for charts and display only.
 *
 * @example
 * ```ts
 * import { money, add } from "council-contact/money";
 * const fee = money("8.6");
 * fee //=> "8.60"
 * JSON.stringify({ fee }) //=> '{"fee":"8.60"}'
 * add(fee, money(1)) //=> "9.60"
 * ```
 */
export type Money = string & {
  /** Compile-time only: marks a string that this module has checked. No such property exists at run time. */
  readonly [brand]: "Money";
};

/** The canonical form: `-?(0|[1-9]\d*)\.\d\d`, and not `-0.00`. */
const CANONICAL = /^(?:-(?!0\.00$))?(?:0|[1-9]\d*)\.\d{2}$/;
/**
 * Numbers of pounds must be below £10 trillion: up to there an amount with 2 decimal places has at
 * most 15 significant digits, which a double always gives back exactly (`String(x)`); beyond it,
 * neighbouring pennies can share a double (`90071992547409.91` prints as `90071992547409.9`).
 */
const MAX_POUNDS_NUMBER = 1e13;
/** What `money` accepts as text: a plain decimal with at most 2 places. */
const POUNDS_TEXT = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Makes an exact amount of money from pounds, written as a decimal string or a number.
 *
 * - A string is a plain decimal with at most 2 decimal places and no symbol or separators:
 *   `"8.62"`, `"8.6"`, `"-1"`, `"1234.50"`. (For `"£1,234.50"` use {@link parseMoney}.)
 * - A number is read by its shortest decimal representation (`String(8.62)` is `"8.62"`) and must
 *   have at most 2 decimal places, so a float that has drifted (`0.1 + 0.2`) is refused rather than
 *   silently rounded. Numbers of £10 trillion or more in size (where neighbouring pennies can
 *   share a double) are refused: pass a string.
 *
 * @param value - pounds, as a decimal string or a number.
 * @returns the amount in canonical form.
 * @throws RangeError naming the value if it is not a decimal with at most 2 places, is `NaN` or
 * infinite, or is a number too large to hold every penny.
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * money("8.62") //=> "8.62"
 * money("-1") //=> "-1.00"
 * money(1234.5) //=> "1234.50"
 * money(0.125) //=> throws RangeError
 * money(0.1 + 0.2) //=> throws RangeError
 * money("£8.62") //=> throws RangeError
 * ```
 */
export function money(value: string | number): Money {
  if (typeof value === "string" && CANONICAL.test(value)) return value as Money;
  const match = POUNDS_TEXT.exec(poundsText(value));
  if (!match) {
    throw new RangeError(
      typeof value === "number"
        ? `money: ${show(value)} has more than 2 decimal places (a float result such as 0.1 + 0.2?); pass pounds to the penny, or integer pence to fromPence`
        : `money: ${show(value)} is not an amount in pounds (expected a decimal with at most 2 places and no symbol or separators, such as "8.62", "-1" or "1234.5"; parseMoney reads "£1,234.50")`,
    );
  }
  return fromPenceExact(BigInt(`${match[1]}${match[2]}${(match[3] ?? "").padEnd(2, "0")}`));
}

/** The text `money` reads: a string as it is, a number by its shortest decimal form once in range. */
function poundsText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value !== "number") {
    throw rangeError("money: value", "a decimal string or a number of pounds", value);
  }
  if (!Number.isFinite(value)) throw rangeError("money: value", "a finite number of pounds", value);
  if (Math.abs(value) >= MAX_POUNDS_NUMBER) {
    throw new RangeError(
      `money: ${show(value)} is too large to be read to the penny from a number (limit ±£10 trillion); pass a decimal string`,
    );
  }
  return String(value);
}

/**
 * Whether a value is `Money`: a string in the canonical form (`"8.62"`, `"-1.00"`). Use it to check
 * data read from JSON before treating it as money; `money(x)` also accepts non-canonical text.
 *
 * @param value - anything.
 * @returns `true` if `value` is a canonical money string.
 * @example
 * ```ts
 * import { isMoney } from "council-contact/money";
 * isMoney("8.62") //=> true
 * isMoney("8.6") //=> false
 * isMoney("-0.00") //=> false
 * isMoney(8.62) //=> false
 * ```
 */
export function isMoney(value: unknown): value is Money {
  return typeof value === "string" && CANONICAL.test(value);
}

/** Integer pence (a `bigint` or a safe-integer `number`) in canonical form. Private: no checks. */
export function fromPenceExact(pence: bigint | number): Money {
  let digits = String(pence);
  const negative = digits.startsWith("-");
  if (negative) digits = digits.slice(1);
  digits = digits.padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}` as Money;
}

/**
 * Checks that a value is canonical Money. Private: every operation reads its inputs through this,
 * so a non-canonical string cast to `Money` (`"8.6" as Money`) is refused rather than misread.
 *
 * @param value - the supposed Money.
 * @param where - the function and parameter, for the message (`"add: a"`).
 * @param index - the position in a list, for the message (`amounts[3]`); built only on failure.
 */
export function checkMoney(value: unknown, where: string, index?: number): asserts value is Money {
  if (typeof value !== "string" || !CANONICAL.test(value)) {
    const at = index === undefined ? where : `${where}[${index}]`;
    throw rangeError(at, 'Money, a canonical decimal string such as "8.62" made by money()', value);
  }
}

/**
 * A checked amount as pence in a `number`: exact whenever the result is a safe integer (callers
 * check `Number.isSafeInteger`). Private.
 *
 * Up to 16 characters (below 10^15 pence) the float route is exact: `Number(value)` and `× 100` each
 * err by at most 2^-53 relatively, under 0.25p in all, so `Math.round` lands on the exact pence.
 */
export function numberPenceOf(value: unknown, where: string, index?: number): number {
  checkMoney(value, where, index);
  return value.length <= 16 ? Math.round(Number(value) * 100) : Number(value.slice(0, -3) + value.slice(-2));
}

/** A checked amount as integer pence, exact at any size. Private. */
export function penceOf(value: unknown, where: string): bigint {
  checkMoney(value, where);
  return value.length <= 16 ? BigInt(Math.round(Number(value) * 100)) : BigInt(value.slice(0, -3) + value.slice(-2));
}
