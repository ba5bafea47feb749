import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  ceil,
  DEFAULT_ROUNDING,
  down,
  floor,
  halfDown,
  halfEven,
  halfUp,
  type RoundingMode,
  up,
} from "../../src/money/index.js";

const modes = { halfUp, halfEven, halfDown, down, up, floor, ceil } satisfies Record<string, RoundingMode>;

// Quotients written as tenths (25n / 10n is 2.5), each rounded by hand under every mode.
const cases: readonly [bigint, Record<keyof typeof modes, bigint>][] = [
  [25n, { halfUp: 3n, halfEven: 2n, halfDown: 2n, down: 2n, up: 3n, floor: 2n, ceil: 3n }],
  [-25n, { halfUp: -3n, halfEven: -2n, halfDown: -2n, down: -2n, up: -3n, floor: -3n, ceil: -2n }],
  [35n, { halfUp: 4n, halfEven: 4n, halfDown: 3n, down: 3n, up: 4n, floor: 3n, ceil: 4n }],
  [-35n, { halfUp: -4n, halfEven: -4n, halfDown: -3n, down: -3n, up: -4n, floor: -4n, ceil: -3n }],
  [24n, { halfUp: 2n, halfEven: 2n, halfDown: 2n, down: 2n, up: 3n, floor: 2n, ceil: 3n }],
  [-24n, { halfUp: -2n, halfEven: -2n, halfDown: -2n, down: -2n, up: -3n, floor: -3n, ceil: -2n }],
  [26n, { halfUp: 3n, halfEven: 3n, halfDown: 3n, down: 2n, up: 3n, floor: 2n, ceil: 3n }],
  [-26n, { halfUp: -3n, halfEven: -3n, halfDown: -3n, down: -2n, up: -3n, floor: -3n, ceil: -2n }],
  [5n, { halfUp: 1n, halfEven: 0n, halfDown: 0n, down: 0n, up: 1n, floor: 0n, ceil: 1n }],
  [-5n, { halfUp: -1n, halfEven: 0n, halfDown: 0n, down: 0n, up: -1n, floor: -1n, ceil: 0n }],
  [20n, { halfUp: 2n, halfEven: 2n, halfDown: 2n, down: 2n, up: 2n, floor: 2n, ceil: 2n }],
  [-20n, { halfUp: -2n, halfEven: -2n, halfDown: -2n, down: -2n, up: -2n, floor: -2n, ceil: -2n }],
  [0n, { halfUp: 0n, halfEven: 0n, halfDown: 0n, down: 0n, up: 0n, floor: 0n, ceil: 0n }],
];

describe("rounding modes", () => {
  for (const [name, mode] of Object.entries(modes)) {
    it.each(cases.map(([tenths, expected]) => [`${tenths}/10`, tenths, expected[name as keyof typeof modes]] as const))(
      `${name} rounds %s to %s`,
      (_, tenths, expected) => {
        expect(mode(tenths, 10n)).toBe(expected);
      },
    );
  }

  it("flips the signs of both parts for a negative denominator", () => {
    expect(halfUp(5n, -2n)).toBe(-3n); // -2.5
    expect(floor(5n, -2n)).toBe(-3n);
    expect(ceil(5n, -2n)).toBe(-2n);
    expect(halfEven(-7n, -2n)).toBe(4n); // 3.5
  });

  it.each(Object.entries(modes))("%s refuses a zero denominator with a RangeError", (_, mode) => {
    expect(() => mode(1n, 0n)).toThrow(RangeError);
  });

  it("defaults to halfUp (half away from zero)", () => {
    expect(DEFAULT_ROUNDING).toBe(halfUp);
  });

  const nonZero = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).filter((d) => d !== 0n);
  const numerator = fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n });

  test.prop([numerator, nonZero])(
    "every mode returns floor(n/d) or ceil(n/d): within 1 of the exact quotient",
    (n, d) => {
      const lower = floor(n, d);
      const upper = ceil(n, d);
      // floor and ceil checked against the definition: lower ≤ n/d < lower + 1 (multiply through by |d|).
      const [num, den] = d < 0n ? [-n, -d] : [n, d];
      expect(lower * den <= num && num < (lower + 1n) * den).toBe(true);
      expect(upper - lower).toBe(num % den === 0n ? 0n : 1n);
      for (const mode of Object.values(modes)) expect([lower, upper]).toContain(mode(n, d));
    },
  );

  test.prop([numerator, nonZero])(
    "halfUp, halfEven, halfDown, down and up are symmetric: mode(-n, d) = -mode(n, d)",
    (n, d) => {
      for (const mode of [halfUp, halfEven, halfDown, down, up]) expect(mode(-n, d)).toBe(-mode(n, d));
    },
  );

  test.prop([numerator, nonZero])("floor and ceil mirror each other: floor(-n, d) = -ceil(n, d)", (n, d) => {
    expect(floor(-n, d)).toBe(-ceil(n, d));
  });

  test.prop([numerator, nonZero])("the half modes pick the nearer integer whenever one is nearer", (n, d) => {
    const lower = floor(n, d);
    const [num, den] = d < 0n ? [-n, -d] : [n, d];
    const twice = 2n * (num - lower * den); // 2 × distance above lower, in units of 1/den
    if (twice === den) return;
    const nearest = twice < den ? lower : lower + 1n;
    for (const mode of [halfUp, halfEven, halfDown]) expect(mode(n, d)).toBe(nearest);
  });
});

describe("rounding modes refuse what is not a bigint", () => {
  it("refuses a number numerator with a RangeError, not a TypeError from mixing a BigInt", () => {
    expect(() => halfUp(5 as never, 2n)).toThrow("rounding: numerator must be a bigint, got 5");
  });

  it("refuses a zero or non-bigint denominator with a RangeError", () => {
    expect(() => halfEven(5n, 0n)).toThrow("rounding: denominator must be a non-zero bigint, got 0n");
    expect(() => down(5n, 2 as never)).toThrow("rounding: denominator must be a non-zero bigint, got 2");
  });
});
