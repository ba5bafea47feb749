import type { RoundingMode } from "../money/index.js";
import { type Fraction, floorOf, lcm } from "./fraction.js";

/** Exact parts rounded to whole pence that add up to their rounded total. */
export interface Apportioned {
  /** The exact sum of the parts, rounded once with the declared mode. */
  readonly total: bigint;
  /** Each part in whole pence: its exact value rounded down or up, so that they sum to `total`. */
  readonly shares: bigint[];
}

/**
 * The one rounding rule of the cost module (private). The exact parts (in pence) are added up
 * exactly and the sum rounded once with `mode`; then each part gets its exact value rounded down
 * (toward −∞), and the pennies still missing go one each to the parts with the largest remainders
 * (equal remainders: the earlier part first). So every part is within a penny of its exact value,
 * and the parts add up to the total to the penny, for any signs.
 *
 * Why this always works: with F = the sum of the floors and k = the number of parts with a
 * remainder, F ≤ floor(sum) ≤ total ≤ ceil(sum) ≤ F + k, so 0 ≤ total − F ≤ k pennies are handed out.
 */
export function apportion(parts: readonly Fraction[], mode: RoundingMode): Apportioned {
  let denominator = 1n;
  for (const part of parts) if (part.d !== denominator) denominator = lcm(denominator, part.d);
  return apportionOver(
    parts.map((part) => part.n * (denominator / part.d)),
    denominator,
    mode,
  );
}

/** {@link apportion} for parts already written over one common positive denominator. */
export function apportionOver(numerators: readonly bigint[], denominator: bigint, mode: RoundingMode): Apportioned {
  let sum = 0n;
  for (const n of numerators) sum += n;
  const rounded = mode(sum, denominator);
  const shares = numerators.map((n) => floorOf({ n, d: denominator }));
  let missing = rounded;
  for (const share of shares) missing -= share;
  if (missing > 0n) {
    const remainders = numerators.map((n, i) => n - shares[i]! * denominator);
    const order = remainders
      .map((_, i) => i)
      .filter((i) => remainders[i]! > 0n)
      .sort((i, j) => (remainders[j]! > remainders[i]! ? 1 : remainders[j]! < remainders[i]! ? -1 : i - j));
    for (const i of order) {
      if (missing === 0n) break;
      shares[i] = shares[i]! + 1n;
      missing -= 1n;
    }
  }
  return { total: rounded, shares };
}

/**
 * {@link apportionOver} in plain numbers, for hundreds of thousands of parts: every numerator and
 * the denominator must be safe integers (callers check), and `total` the rounded total in pence.
 */
export function apportionNumbers(numerators: readonly number[], denominator: number, total: number): number[] {
  const shares = new Array<number>(numerators.length);
  const remainders = new Float64Array(numerators.length);
  let missing = total;
  for (let i = 0; i < numerators.length; i++) {
    const n = numerators[i]!;
    let q = Math.floor(n / denominator);
    // The float quotient can be off by one next to an integer: correct it with exact integer steps.
    let r = n - q * denominator;
    if (r < 0) [q, r] = [q - 1, r + denominator];
    else if (r >= denominator) [q, r] = [q + 1, r - denominator];
    shares[i] = q;
    remainders[i] = r;
    missing -= q;
  }
  if (missing > 0) {
    const order: number[] = [];
    for (let i = 0; i < numerators.length; i++) if (remainders[i]! > 0) order.push(i);
    order.sort((i, j) => remainders[j]! - remainders[i]! || i - j);
    for (let k = 0; k < missing && k < order.length; k++) shares[order[k]!]! += 1;
  }
  return shares;
}
