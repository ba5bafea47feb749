import { rangeError } from "../core/index.js";
import { checkMoney, type Money, money } from "./money.js";

/**
 * Options for {@link formatMoney}.
 *
 * @example
 * ```ts
 * import { formatMoney, money, type FormatMoneyOptions } from "council-contact/money";
 * const plain: FormatMoneyOptions = { symbol: false, grouping: false };
 * formatMoney(money("-1234.5"), plain) //=> "-1234.50"
 * ```
 */
export interface FormatMoneyOptions {
  /** Write the `£` sign. Default `true`. */
  readonly symbol?: boolean;
  /** Separate thousands with commas (`1,234.50`). Default `true`. */
  readonly grouping?: boolean;
}

/**
 * Writes an amount the way a UK reader expects: `£1,234.50`, with a minus sign before the pound
 * sign for a negative amount (`-£1.00`) and always two decimal places. {@link parseMoney} reads
 * every form it writes back to the same amount.
 *
 * @param amount - the amount.
 * @param options - whether to write the `£` sign and thousands separators (both by default).
 * @returns the amount as text.
 * @throws RangeError if `amount` is not canonical Money, or `options` is not an object of booleans.
 * @example
 * ```ts
 * import { formatMoney, money } from "council-contact/money";
 * formatMoney(money("1234.5")) //=> "£1,234.50"
 * formatMoney(money("-1")) //=> "-£1.00"
 * formatMoney(money("197400000")) //=> "£197,400,000.00"
 * formatMoney(money("1234.5"), { symbol: false }) //=> "1,234.50"
 * formatMoney(money("1234.5"), { grouping: false }) //=> "£1234.50"
 * ```
 */
export function formatMoney(amount: Money, options?: FormatMoneyOptions): string {
  checkMoney(amount, "formatMoney: amount");
  const symbol = flag(options, "symbol");
  const grouping = flag(options, "grouping");
  const negative = amount.startsWith("-");
  const unsigned = negative ? amount.slice(1) : amount;
  const point = unsigned.length - 3;
  const whole = unsigned.slice(0, point);
  const pounds = grouping ? whole.replace(/\B(?=(\d{3})+$)/g, ",") : whole;
  return `${negative ? "-" : ""}${symbol ? "£" : ""}${pounds}${unsigned.slice(point)}`;
}

/** One of the options, `true` unless given as `false`; a `RangeError` if options or the flag is not of its kind. */
function flag(options: unknown, name: keyof FormatMoneyOptions): boolean {
  if (options === undefined) return true;
  if (typeof options !== "object" || options === null) {
    throw rangeError("formatMoney: options", "an object or undefined", options);
  }
  const value = (options as FormatMoneyOptions)[name];
  if (value !== undefined && typeof value !== "boolean") {
    throw rangeError(`formatMoney: options.${name}`, "true, false or undefined", value);
  }
  return value ?? true;
}

/** A minus, an optional `£`, pounds either plain or grouped by commas in threes, up to 2 places. */
const MONEY_TEXT = /^(-?)£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * Reads an amount written as text: everything {@link formatMoney} writes (`"£1,234.50"`,
 * `"-£1.00"`, `"1,234.50"`, `"£1234.50"`) and plain decimals (`"1234.5"`, `"-1"`), so
 * `parseMoney(formatMoney(x))` is `x` for every amount and option.
 *
 * It is strict, so a typo is an error rather than a wrong amount: the minus goes before the `£`,
 * commas must group thousands exactly, at most 2 decimal places, and no spaces (trim first).
 *
 * @param text - the amount as text.
 * @returns the amount.
 * @throws RangeError naming the text if it is not an amount in one of those forms.
 * @example
 * ```ts
 * import { formatMoney, money, parseMoney } from "council-contact/money";
 * parseMoney("£1,234.50") //=> "1234.50"
 * parseMoney("-£1.00") //=> "-1.00"
 * parseMoney("8.6") //=> "8.60"
 * parseMoney(formatMoney(money("-1234567.89"))) //=> "-1234567.89"
 * parseMoney("£1,23.00") //=> throws RangeError
 * parseMoney("£-1.00") //=> throws RangeError
 * ```
 */
export function parseMoney(text: string): Money {
  const match = typeof text === "string" ? MONEY_TEXT.exec(text) : null;
  if (!match) {
    throw rangeError(
      "parseMoney: text",
      'an amount of money such as "£1,234.50", "-£1.00", "1,234.50" or "1234.5"',
      text,
    );
  }
  const fraction = match[3] === undefined ? "" : `.${match[3]}`;
  return money(`${match[1]}${match[2]!.replaceAll(",", "")}${fraction}`);
}
