import { fromPence, type Money, type RoundingMode } from "../money/index.js";
import { apportion } from "./apportion.js";
import { type Fraction, plus, toNumber, ZERO } from "./fraction.js";

/** One exact amount to group: its key, volume and cost in pence (private). */
export interface FractionEntry<K> {
  readonly key: K;
  readonly volume: Fraction;
  readonly cost: Fraction;
}

/** A group of a breakdown: key, volume and cost to the penny (private). */
export interface FractionLine<K> {
  readonly key: K;
  readonly volume: number;
  readonly cost: Money;
}

/**
 * Groups exact entries by key and rounds the groups by largest remainder so that they add up to
 * the rounded total of all the entries (private). Every breakdown of the same entries therefore
 * adds up to the same total. Groups come out in `order` (keys not in it are dropped: callers list
 * every key).
 */
export function fractionLines<K>(
  entries: readonly FractionEntry<K>[],
  order: readonly K[],
  rounding: RoundingMode,
): FractionLine<K>[] {
  const groups = new Map<K, { volume: Fraction; cost: Fraction }>();
  for (const { key, volume, cost } of entries) {
    const group = groups.get(key);
    groups.set(key, group ? { volume: plus(group.volume, volume), cost: plus(group.cost, cost) } : { volume, cost });
  }
  const present = order.filter((key) => groups.has(key));
  const { shares } = apportion(
    present.map((key) => groups.get(key)!.cost),
    rounding,
  );
  return present.map((key, i) => ({ key, volume: toNumber(groups.get(key)!.volume), cost: fromPence(shares[i]!) }));
}

/** The exact total of the entries, rounded once. */
export function roundedTotal(entries: readonly { readonly cost: Fraction }[], rounding: RoundingMode): Money {
  const exact = entries.reduce((sum, entry) => plus(sum, entry.cost), ZERO);
  return fromPence(rounding(exact.n, exact.d));
}

/** Distinct keys in code-unit order, with `null` last. */
export function sortedKeys(keys: Iterable<string | null>): (string | null)[] {
  const distinct = [...new Set(keys)];
  const named = distinct.filter((key): key is string => key !== null).sort();
  return distinct.includes(null) ? [...named, null] : named;
}
