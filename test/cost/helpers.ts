import { fc } from "@fast-check/vitest";
import { CHANNEL_CODES, type Channel } from "../../src/taxonomy/index.js";

/** Freezes a value and everything inside it, so a function that mutates its input throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Integer pence written as pounds, e.g. 283 → "2.83". */
export function pounds(pence: number | bigint): string {
  const p = BigInt(pence);
  const sign = p < 0n ? "-" : "";
  const size = (p < 0n ? -p : p).toString().padStart(3, "0");
  return `${sign}${size.slice(0, -2)}.${size.slice(-2)}`;
}

/** A channel code. */
export const channel: fc.Arbitrary<Channel> = fc.constantFrom(...CHANNEL_CODES);

/**
 * A unit cost in pounds: whole pence, sub-penny decimals or non-terminating fractions, so that
 * every rounding path is exercised.
 */
export const unitCostArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 2000 }).map(pounds),
  fc.integer({ min: 0, max: 200_000 }).map((tenThousandths) => (tenThousandths / 10_000).toFixed(4)),
  fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 997 })).map(([n, d]) => `${n}/${d}`),
);

/** A unit-cost table over some of the channels (the rest uncosted). */
export const unitCostTableArb = fc.dictionary(channel, unitCostArb, { maxKeys: 14 });
