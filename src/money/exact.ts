import type { Decimal } from "decimal.js";
import { rangeError } from "../core/index.js";

/**
 * An exact decimal value `units / 10^scale`, with `scale ≥ 0`. Private to the money module: the
 * form every ratio, divisor and weight is read into, so no arithmetic passes through a float.
 */
export interface Exact {
  /** The digits as an integer, signed. */
  readonly units: bigint;
  /** How many of those digits are decimal places (never negative). */
  readonly scale: number;
}

/** The largest decimal exponent accepted in a ratio (a double spans 1e-324 to 1e308). */
const MAX_EXPONENT = 1000;

/** 10^0 … 10^40, computed once: `10n ** n` costs far more than a look-up. */
const POWERS_OF_TEN: readonly bigint[] = /* @__PURE__ */ Array.from({ length: 41 }, (_, n) => 10n ** BigInt(n));

/** 10^n as a bigint, for n ≥ 0. */
export function pow10(n: number): bigint {
  return POWERS_OF_TEN[n] ?? 10n ** BigInt(n);
}

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Reads a number, a decimal string or a `Decimal` exactly. A number is taken by its shortest
 * decimal representation (`String(0.1)` is `"0.1"`), which is the value its author wrote.
 *
 * @param value - the value to read.
 * @param what - how to name it in an error, e.g. `"multiply: ratio"`.
 * @throws RangeError if the value is not finite, not a decimal, or its exponent is beyond ±1000.
 */
export function exactOf(value: unknown, what: string): Exact {
  let text: string;
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return { units: BigInt(value), scale: 0 };
    if (!Number.isFinite(value)) throw rangeError(what, "a finite number", value);
    text = String(value);
  } else if (typeof value === "string") {
    text = value;
  } else if (isDecimal(value)) {
    const decimal = value;
    if (!decimal.isFinite()) throw rangeError(what, "a finite Decimal", decimal.toNumber());
    text = decimal.toString();
  } else {
    throw rangeError(what, "a number, a decimal string or a Decimal", value);
  }
  const match = DECIMAL_TEXT.exec(text);
  const whole = match?.[2] ?? "";
  const fraction = match?.[3] ?? "";
  if (!match || whole.length + fraction.length === 0) {
    throw rangeError(what, 'a decimal such as "0.25", "3" or "1e-3"', value);
  }
  const exponent = Number(match[4] ?? "0");
  if (Math.abs(exponent) > MAX_EXPONENT) {
    throw rangeError(what, `a decimal with an exponent within ±${MAX_EXPONENT}`, value);
  }
  const digits = (whole + fraction).replace(/0+$/, "");
  if (/^0*$/.test(digits)) return { units: 0n, scale: 0 };
  const trailingZeros = whole.length + fraction.length - digits.length;
  // value = digits × 10^(exponent + trailingZeros − fraction.length)
  const power = exponent + trailingZeros - fraction.length;
  const magnitude = BigInt(digits);
  const units = match[1] === "-" ? -magnitude : magnitude;
  return power >= 0 ? { units: units * pow10(power), scale: 0 } : { units, scale: -power };
}

/**
 * Whether a value is a decimal.js `Decimal` (of any copy or clone of the library), by the tag
 * decimal.js gives its prototype. Checked this way so that only `ratio`, which makes a `Decimal`,
 * imports decimal.js at run time.
 */
function isDecimal(value: unknown): value is Decimal {
  return Object.prototype.toString.call(value) === "[object Decimal]";
}
