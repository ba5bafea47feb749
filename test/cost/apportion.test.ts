import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { apportion, apportionNumbers, apportionOver } from "../../src/cost/apportion.js";
import { floorOf, fraction } from "../../src/cost/fraction.js";
import { halfEven, halfUp, up } from "../../src/money/index.js";

const part = fc
  .tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 10n ** 6n }))
  .map(([n, d]) => fraction(n, d));

describe("apportion (the module's one rounding rule)", () => {
  it("rounds 1/3 + 1/3 + 1/3 of a penny to a 1p total, given to the first part", () => {
    const third = fraction(1n, 3n);
    expect(apportion([third, third, third], halfUp)).toEqual({ total: 1n, shares: [1n, 0n, 0n] });
  });

  it("gives the spare penny to the largest remainder: 1.25p and 3.75p make 1p and 4p of 5p", () => {
    expect(apportion([fraction(5n, 4n), fraction(15n, 4n)], halfUp)).toEqual({ total: 5n, shares: [1n, 4n] });
  });

  it("rounds the exact total once with the mode: 2.5p is 3p half-up and 2p half-even", () => {
    const half = fraction(5n, 4n);
    expect(apportion([half, half], halfUp).total).toBe(3n);
    expect(apportion([half, half], halfEven)).toEqual({ total: 2n, shares: [1n, 1n] });
  });

  it("handles signed parts: −1.5p and +0.25p total −1.25p, rounded to −1p", () => {
    expect(apportion([fraction(-3n, 2n), fraction(1n, 4n)], halfUp)).toEqual({ total: -1n, shares: [-1n, 0n] });
  });

  test.prop([fc.array(part, { maxLength: 30 }), fc.constantFrom(halfUp, halfEven, up)])(
    "conserves the rounded total and keeps each part within a penny (share ∈ {floor, ceil} of the exact part)",
    (parts, mode) => {
      const { total, shares } = apportion(parts, mode);
      expect(shares.reduce((a, b) => a + b, 0n)).toBe(total);
      shares.forEach((share, i) => {
        const low = floorOf(parts[i]!);
        const exact = parts[i]!.n % parts[i]!.d === 0n;
        expect(share === low || (!exact && share === low + 1n)).toBe(true);
      });
    },
  );

  test.prop([fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { maxLength: 40 }), fc.integer({ min: 1, max: 10 ** 6 })])(
    "in plain numbers agrees with the bigint version (apportionNumbers = apportionOver)",
    (numerators, denominator) => {
      const exact = apportionOver(numerators.map(BigInt), BigInt(denominator), halfUp);
      expect(apportionNumbers(numerators, denominator, Number(exact.total))).toEqual(exact.shares.map(Number));
    },
  );
});
