// Money: adding up and scaling a year of amounts for a 1.3 M-contact council, beside the hand-written
// integer-pence loop recommended for hot paths (docs/money.md) and beside decimal.js, in the same run.

import { add, fromPence, type Money, multiply, penceNumber, sum } from "council-contact/money";
import { Decimal } from "decimal.js";
import { type Benchmark, medianMs, round3 } from "./harness.js";

const ROWS = 1_300_000;

/** Deterministic amounts from 1p to £99.99 (a small linear congruential generator, no Math.random). */
function amounts(count: number): Money[] {
  const out: Money[] = new Array<Money>(count);
  let state = 12345;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out[i] = fromPence(1 + (state % 9999));
  }
  return out;
}

export const benchmarks: Benchmark[] = [
  {
    name: "sum 1.3 M amounts",
    run: () => {
      const rows = amounts(ROWS);
      const hand = medianMs(() => {
        let total = 0;
        for (const row of rows) total += penceNumber(row);
        return fromPence(total);
      });
      const ours = medianMs(() => sum(rows));
      const folded = medianMs(() => rows.reduce(add), { repeats: 3, warmup: 1 });
      const decimal = medianMs(() => rows.reduce((total, row) => total.plus(row), new Decimal(0)).toFixed(2), {
        repeats: 3,
        warmup: 1,
      });
      const ratio = round3(ours / hand);
      return [
        {
          name: "money: sum(1.3 M amounts)",
          value: round3(ours),
          unit: "ms",
          budget: "≤ 1.5× a hand loop of penceNumber over the same rows",
          ratio,
          pass: ours <= 1.5 * hand,
          note: `hand loop ${round3(hand)} ms`,
        },
        {
          name: "money: sum vs decimal.js",
          value: round3(ours),
          unit: "ms",
          budget: "faster than adding Decimals",
          ratio: round3(ours / decimal),
          pass: ours < decimal,
          note: `decimal.js ${round3(decimal)} ms; rows.reduce(add) ${round3(folded)} ms`,
        },
      ];
    },
  },
  {
    name: "multiply 1.3 M amounts by a rate",
    run: () => {
      const rows = amounts(ROWS);
      const ours = medianMs(() => rows.map((row) => multiply(row, "1.175")), { repeats: 3, warmup: 1 });
      const rate = new Decimal("1.175");
      const decimal = medianMs(
        () => rows.map((row) => new Decimal(row).times(rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)),
        { repeats: 3, warmup: 1 },
      );
      return [
        {
          name: "money: multiply(1.3 M amounts, rate)",
          value: round3(ours),
          unit: "ms",
          budget: "within 1.5× of decimal.js times + toDecimalPlaces",
          ratio: round3(ours / decimal),
          pass: ours <= 1.5 * decimal,
          note: `decimal.js ${round3(decimal)} ms`,
        },
      ];
    },
  },
];
