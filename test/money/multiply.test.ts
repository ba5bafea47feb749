import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  ceil,
  divide,
  down,
  floor,
  halfDown,
  halfEven,
  halfUp,
  money,
  multiply,
  negate,
  type RoundingMode,
  toPence,
  up,
} from "../../src/money/index.js";
import { anyMoney } from "./arbitraries.js";

const m = money;

describe("multiply", () => {
  it.each([
    ["8.62", 1.5, "12.93"],
    ["8.62", 2, "17.24"],
    ["8.62", 0, "0.00"],
    ["8.62", -1, "-8.62"],
    ["2.83", "0.2", "0.57"], // 0.566 → 0.57
    ["100", new Decimal("0.175"), "17.50"],
    ["123456789012345678.90", "0.5", "61728394506172839.45"],
    ["1", "1e2", "100.00"],
    ["1000", "1.5e-3", "1.50"],
  ])("%s × %s = %s (half up)", (a, ratio, expected) => {
    expect(multiply(m(a), ratio)).toBe(expected);
  });

  // 2.85 × 0.5 = 1.425 and -2.85 × 0.5 = -1.425: exactly half a penny, so each mode shows its rule.
  it.each([
    ["halfUp", "1.43", "-1.43", halfUp],
    ["halfEven", "1.42", "-1.42", halfEven],
    ["halfDown", "1.42", "-1.42", halfDown],
    ["down", "1.42", "-1.42", down],
    ["up", "1.43", "-1.43", up],
    ["floor", "1.42", "-1.43", floor],
    ["ceil", "1.43", "-1.42", ceil],
  ] as const)("rounds half a penny by %s: 2.85 × 0.5 = %s, -2.85 × 0.5 = %s", (_, positive, negative, mode) => {
    expect(multiply(m("2.85"), 0.5, mode)).toBe(positive);
    expect(multiply(m("-2.85"), 0.5, mode)).toBe(negative);
  });

  it("reads a number ratio by its shortest decimal, not its binary float", () => {
    // 1.005 as a double is 1.00499999999999989…; read as written, £1 × 1.005 = £1.005 → £1.01.
    expect(multiply(m("1"), 1.005)).toBe("1.01");
    // 0.05 × 0.1 = 0.005 exactly, half a penny: half-down keeps 0.00 (the float 0.1 would give 0.01).
    expect(multiply(m("0.05"), 0.1, halfDown)).toBe("0.00");
  });

  it("accepts a Decimal from a clone of decimal.js, whatever its precision", () => {
    const Clone = Decimal.clone({ precision: 2 });
    expect(multiply(m("100"), new Clone("0.125"))).toBe("12.50");
  });

  it("reads a tiny Decimal exactly, so only rounding decides", () => {
    expect(multiply(m("1"), new Decimal("1e-30"))).toBe("0.00");
    expect(multiply(m("1"), new Decimal("1e-30"), up)).toBe("0.01");
    expect(multiply(m("-1"), new Decimal("1e-30"), up)).toBe("-0.01");
  });

  it.each([
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    ["abc", '"abc"'],
    ["", '""'],
    ["1e1001", '"1e1001"'],
    [new Decimal(Number.NaN), "NaN"],
    [{}, "object"],
  ])("refuses the ratio %s with a RangeError naming it", (ratio, shown) => {
    expect(() => multiply(m("1"), ratio as number)).toThrow(RangeError);
    expect(() => multiply(m("1"), ratio as number)).toThrow(shown);
  });

  it("refuses a rounding mode that is not a function", () => {
    expect(() => multiply(m("1"), 2, "halfUp" as unknown as RoundingMode)).toThrow(/rounding must be a rounding mode/);
  });

  test.prop([anyMoney])("multiply by 1 is the identity", (a) => {
    expect(multiply(a, 1)).toBe(a);
    expect(multiply(a, "1.000")).toBe(a);
  });

  test.prop([anyMoney, fc.integer({ min: -1_000_000, max: 1_000_000 })])(
    "multiply by an integer is exact: pence(a × k) = pence(a) × k, whatever the mode",
    (a, k) => {
      for (const mode of [halfUp, floor, ceil]) expect(toPence(multiply(a, k, mode))).toBe(toPence(a) * BigInt(k));
    },
  );

  test.prop([anyMoney, fc.double({ min: -1000, max: 1000, noNaN: true })])(
    "multiply with a symmetric mode treats a refund like its charge: (-a) × r = -(a × r)",
    (a, r) => {
      expect(multiply(negate(a), r)).toBe(negate(multiply(a, r)));
      expect(multiply(negate(a), r, halfEven)).toBe(negate(multiply(a, r, halfEven)));
    },
  );
});

describe("divide", () => {
  it.each([
    ["100", 3, "halfUp", "33.33", halfUp],
    ["1", 3, "up", "0.34", up],
    ["-1", "8", "halfUp", "-0.13", halfUp],
    ["1", -3, "halfUp", "-0.33", halfUp],
    ["1", "0.3", "halfUp", "3.33", halfUp],
    ["10", 4, "halfEven", "2.50", halfEven],
    ["0.05", 2, "halfUp", "0.03", halfUp],
    ["0.05", 2, "halfEven", "0.02", halfEven],
    ["0.07", 2, "halfEven", "0.04", halfEven],
    ["-0.05", 2, "floor", "-0.03", floor],
    ["-0.05", 2, "ceil", "-0.02", ceil],
    ["100", new Decimal("1.25"), "down", "80.00", down],
  ] as const)("%s ÷ %s by %s = %s", (a, divisor, _, expected, mode) => {
    expect(divide(m(a), divisor, mode)).toBe(expected);
  });

  it("defaults to half up", () => {
    expect(divide(m("0.05"), 2)).toBe("0.03");
    expect(divide(m("-0.05"), 2)).toBe("-0.03");
  });

  it.each([0, -0, "0", "0.000", new Decimal(0)])("refuses the zero divisor %s", (divisor) => {
    expect(() => divide(m("1"), divisor)).toThrow(RangeError);
    expect(() => divide(m("1"), divisor)).toThrow(/^divide: divisor must be non-zero, got /);
  });

  it("refuses a rounding mode that is not a function", () => {
    expect(() => divide(m("1"), 2, null as unknown as RoundingMode)).toThrow(/divide: rounding/);
  });

  test.prop([anyMoney, fc.integer({ min: 1, max: 1000 })])(
    "divide undoes multiply by an integer: (a × k) ÷ k = a",
    (a, k) => {
      expect(divide(multiply(a, k), k)).toBe(a);
    },
  );
});
