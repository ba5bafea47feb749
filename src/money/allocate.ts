import { rangeError, show } from "../core/index.js";
import { exactOf, pow10 } from "./exact.js";
import { fromPenceExact, type Money, penceOf } from "./money.js";
import type { Ratio } from "./ratio.js";

/**
 * Splits an amount into shares in proportion to `ratios`, so that the shares add up to the amount
 * **exactly, to the penny** (the largest remainder method).
 *
 * 1. Each share starts as the exact proportion of the amount in pence, rounded down to a whole penny.
 * 2. The pennies left over (fewer than the number of shares) go one each to the shares with the
 *    largest remainders from step 1.
 * 3. **Tie-break: where remainders are equal, the earlier index wins** (gets its penny first).
 *
 * So every share is within 1p of its exact proportion, and a share whose ratio is zero always gets
 * zero. A negative amount is split by its size and each share negated, so
 * `allocate(negate(x), r)` is `allocate(x, r)` negated. Ratios are read exactly (`0.1` is one tenth).
 *
 * @param amount - the amount to split; any sign.
 * @param ratios - one non-negative weight per share (numbers, decimal strings or `Decimal`s), not
 * all zero; they need not add up to 1. Not modified.
 * @returns one share per ratio, in the same order, adding up to `amount`.
 * @throws RangeError if `ratios` is empty, all zero, or holds a negative or non-decimal weight
 * (naming its index), or `amount` is not canonical Money.
 * @example
 * ```ts
 * import { allocate, money } from "council-contact/money";
 * allocate(money("0.05"), [1, 3]) //=> ["0.01", "0.04"]
 * allocate(money("1"), [1, 1, 1]) //=> ["0.34", "0.33", "0.33"]
 * allocate(money("-1"), [1, 1, 1]) //=> ["-0.34", "-0.33", "-0.33"]
 * allocate(money("100"), ["0.5", 0, "0.25"]) //=> ["66.67", "0.00", "33.33"]
 * allocate(money("1"), [0, 0]) //=> throws RangeError
 * ```
 */
export function allocate(amount: Money, ratios: readonly Ratio[]): Money[] {
  const pence = penceOf(amount, "allocate: amount");
  const weights = integerWeights(ratios);
  const total = weights.reduce((a, b) => a + b, 0n);
  if (total === 0n)
    throw new RangeError(`allocate: ratios must not all be zero, got [${Array.from(ratios, show).join(", ")}]`);

  const size = pence < 0n ? -pence : pence;
  const shares = weights.map((weight) => (size * weight) / total);
  const remainders = weights.map((weight) => (size * weight) % total);
  let leftover = size - shares.reduce((a, b) => a + b, 0n);
  // Largest remainder first; equal remainders in index order. Zero weights have zero remainder
  // and are never chosen: the leftover is always less than the count of positive remainders.
  const order = weights
    .map((_, index) => index)
    .filter((index) => remainders[index]! > 0n)
    .sort((i, j) => (remainders[j]! > remainders[i]! ? 1 : remainders[j]! < remainders[i]! ? -1 : i - j));
  for (const index of order) {
    if (leftover === 0n) break;
    shares[index] = shares[index]! + 1n;
    leftover -= 1n;
  }
  return shares.map((share) => fromPenceExact(pence < 0n ? -share : share));
}

/** The ratios as non-negative integers on one common scale (so 0.5 and "0.25" become 50 and 25). */
function integerWeights(ratios: readonly Ratio[]): bigint[] {
  if (!Array.isArray(ratios) || ratios.length === 0) {
    throw rangeError("allocate: ratios", "a non-empty array", ratios);
  }
  // Array.from visits holes too (as undefined), so a sparse list is refused at the hole's index.
  const exact = Array.from(ratios, (ratio, index) => {
    const value = exactOf(ratio, `allocate: ratios[${index}]`);
    if (value.units < 0n) throw rangeError(`allocate: ratios[${index}]`, "≥ 0", ratio);
    return value;
  });
  const scale = exact.reduce((most, value) => Math.max(most, value.scale), 0);
  return exact.map((value) => value.units * pow10(scale - value.scale));
}
