/**
 * Exact rational numbers for the cost module (private). Every figure the module computes before
 * its declared rounding points (a volume shifted, a sub-penny unit cost, an overhead per contact,
 * a discount factor) is a `Fraction` of two `bigint`s, so nothing is lost however fine the figure
 * or however often it is divided: 1/3 of a penny stays 1/3 of a penny until it is rounded once.
 */

/** `n / d` with `d > 0`, in lowest terms. */
export interface Fraction {
  /** The numerator, signed. */
  readonly n: bigint;
  /** The denominator, always positive. */
  readonly d: bigint;
}

/** Zero. */
export const ZERO: Fraction = { n: 0n, d: 1n };
/** One. */
export const ONE: Fraction = { n: 1n, d: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** The least common multiple of two positive integers. */
export function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/** `n / d` in lowest terms; `d` must not be zero. */
export function fraction(n: bigint, d: bigint = 1n): Fraction {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g === 1n || g === 0n ? { n, d } : { n: n / g, d: d / g };
}

export function plus(a: Fraction, b: Fraction): Fraction {
  return a.d === b.d ? fraction(a.n + b.n, a.d) : fraction(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function minus(a: Fraction, b: Fraction): Fraction {
  return plus(a, { n: -b.n, d: b.d });
}

export function times(a: Fraction, b: Fraction): Fraction {
  return fraction(a.n * b.n, a.d * b.d);
}

/** `a / b`; `b` must not be zero (callers check). */
export function over(a: Fraction, b: Fraction): Fraction {
  return fraction(a.n * b.d, a.d * b.n);
}

export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The largest integer ≤ the fraction. */
export function floorOf(a: Fraction): bigint {
  const q = a.n / a.d;
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}

/**
 * The nearest `number`, for display and for Erlang staffing only: never fed back into money. The
 * quotient is written to 21 significant digits (truncated) and read by the decimal parser, which
 * rounds once to the nearest double.
 */
export function toNumber(a: Fraction): number {
  if (a.n === 0n) return 0;
  const negative = a.n < 0n;
  const n = negative ? -a.n : a.n;
  const shift = 21 - (n.toString().length - a.d.toString().length);
  const digits = shift >= 0 ? (n * 10n ** BigInt(shift)) / a.d : n / (a.d * 10n ** BigInt(-shift));
  return Number(`${negative ? "-" : ""}${digits}e${-shift}`);
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;

/**
 * Reads a number or a decimal string exactly: a number by its shortest decimal representation
 * (`0.1` is one tenth), a string as written (`"0.0437"`, `"1e-3"`). Returns `undefined` for
 * anything else (the caller names the option in its error).
 */
export function decimalOf(value: unknown): Fraction | undefined {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return { n: BigInt(value), d: 1n };
    if (!Number.isFinite(value)) return undefined;
    value = String(value);
  }
  if (typeof value !== "string") return undefined;
  const match = DECIMAL.exec(value);
  if (!match) return undefined;
  const whole = match[2] ?? "";
  const decimals = match[3] ?? "";
  if (whole.length + decimals.length === 0) return undefined;
  const exponent = Number(match[4] ?? "0") - decimals.length;
  const digits = BigInt(whole + decimals) * (match[1] === "-" ? -1n : 1n);
  return exponent >= 0 ? fraction(digits * 10n ** BigInt(exponent)) : fraction(digits, 10n ** BigInt(-exponent));
}

/** Writes a fraction as a terminating decimal if it is one (at least `minPlaces` places), else `undefined`. */
export function decimalText(a: Fraction, minPlaces = 0): string | undefined {
  let d = a.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) [d, twos] = [d / 2n, twos + 1];
  while (d % 5n === 0n) [d, fives] = [d / 5n, fives + 1];
  if (d !== 1n) return undefined;
  const places = Math.max(twos, fives, minPlaces);
  const scaled = (a.n * 10n ** BigInt(places)) / a.d;
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, "0");
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative ? `-${text}` : text;
}
