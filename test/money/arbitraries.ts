import { fc } from "@fast-check/vitest";
import { fromPence, type Money } from "../../src/money/index.js";

/** Integer pence: mostly everyday sizes, sometimes far beyond what a `number` holds exactly. */
export const pence: fc.Arbitrary<bigint> = fc.oneof(
  fc.bigInt({ min: -100_000n, max: 100_000n }),
  fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
);

/** Any amount of money (built from pence with `fromPence`, whose own tests are hand-worked). */
export const anyMoney: fc.Arbitrary<Money> = pence.map((p) => fromPence(p));
