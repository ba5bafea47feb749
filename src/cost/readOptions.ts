import { messages, refuse } from "../core/index.js";
import { DEFAULT_ROUNDING, isMoney, type Money, type RoundingMode, toPence } from "../money/index.js";
import { type Channel, isChannel } from "../taxonomy/index.js";
import { decimalOf, type Fraction, fraction } from "./fraction.js";

/** An options argument: an object, or a `RangeError` naming it (undefined is replaced by the default before this). */
export function checkOptions(value: unknown, option = "options"): void {
  if (typeof value !== "object" || value === null) throw new RangeError(messages.options(option, value));
}

/**
 * A rounding mode (default `DEFAULT_ROUNDING`), or a `RangeError` naming the option: a mode is a
 * function such as `halfUp` from council-contact/money, not its name. Its results are checked too,
 * so a function that is not a rounding mode cannot slip a non-integer into an amount.
 */
export function readRounding(value: unknown, option = "rounding"): RoundingMode {
  if (value === undefined) return DEFAULT_ROUNDING;
  if (typeof value !== "function") {
    refuse(
      option,
      "a rounding mode such as halfUp or halfEven from council-contact/money (the function, not its name)",
      value,
    );
  }
  const mode = value as RoundingMode;
  return (numerator, denominator) => {
    const rounded: unknown = mode(numerator, denominator);
    if (typeof rounded !== "bigint") refuse(`${option} result`, "a bigint", rounded);
    return rounded;
  };
}

/** A number read exactly by its decimal form, or a `RangeError` naming the option and the rule it breaks. */
function readNumber(value: unknown, option: string, rule: string, ok: (read: Fraction) => boolean): Fraction {
  const read = decimalOf(typeof value === "number" ? value : Number.NaN);
  if (!read || !ok(read)) refuse(option, rule, value);
  return read;
}

/** A quantity ≥ 0 (contacts, minutes, an on-cost rate, an optimism-bias uplift), read exactly. */
export function readNonNegative(value: unknown, option: string): Fraction {
  return readNumber(value, option, "a finite number ≥ 0", (read) => read.n >= 0n);
}

/** A share in [0, 1], read exactly. */
export function readShare(value: unknown, option: string): Fraction {
  return readNumber(value, option, "a share in [0, 1]", (read) => read.n >= 0n && read.n <= read.d);
}

/** A number > 0, read exactly (hours per FTE). */
export function readPositive(value: unknown, option: string): Fraction {
  return readNumber(value, option, "a finite number > 0", (read) => read.n > 0n);
}

/** A channel code, or a `RangeError` naming the option. */
export function readChannel(value: unknown, option: string): Channel {
  if (!isChannel(value)) refuse(option, 'a channel code such as "telephone"', value);
  return value;
}

/** The keys of a by-channel record, each checked to be a channel code. */
export function channelKeys(record: object, option: string): Channel[] {
  if (typeof record !== "object" || record === null) refuse(option, "an object keyed by channel code", record);
  return Object.keys(record).map((key) => readChannel(key, `${option} key`));
}

/** 1 + rate, exactly. */
export function onePlus(rate: Fraction): Fraction {
  return fraction(rate.n + rate.d, rate.d);
}

/** An amount of `Money`, or a `RangeError` naming the option. */
export function readMoney(value: unknown, option: string): Money {
  if (!isMoney(value)) refuse(option, 'Money, a canonical decimal string such as "8.62" made by money()', value);
  return value;
}

/** `Money` as exact pence. */
export function penceFraction(value: Money): Fraction {
  return fraction(toPence(value));
}
