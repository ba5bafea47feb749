/** Counts by key: a plain object (JSON) whose own properties are the keys. */
export type Counts = Record<string, number>;

/** A new, empty {@link Counts}: no prototype, so any key (even `__proto__`) is an ordinary own property. */
export const noCounts = (): Counts => Object.create(null) as Counts;

/** Adds `n` to the count of `key` in place; a key not yet counted is defined as an own property. */
export function bump(counts: Counts, key: string, n: number): void {
  if (Object.hasOwn(counts, key)) counts[key] = counts[key]! + n;
  else Object.defineProperty(counts, key, { value: n, writable: true, enumerable: true, configurable: true });
}

/** A new {@link Counts} holding the sum of both, key by key. */
export function mergeCounts(a: Counts, b: Counts): Counts {
  const sum = noCounts();
  for (const key of Object.keys(a)) bump(sum, key, a[key]!);
  for (const key of Object.keys(b)) bump(sum, key, b[key]!);
  return sum;
}

/** Keys in code-unit order (the same on every machine and locale). */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The keys of counts in the given order. */
export function keysOf(counts: Counts, order: (a: string, b: string) => number = byCodeUnit): string[] {
  return Object.keys(counts).sort(order);
}

/** `part ÷ whole`, or `null` when there is nothing to divide by. */
export const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** The count of `key` (0 if not counted), reading own properties only. */
export const countOf = (counts: Counts, key: string): number => (Object.hasOwn(counts, key) ? counts[key]! : 0);
