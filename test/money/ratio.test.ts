import { test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { type Money, money, multiply, RATIO_PRECISION, ratio } from "../../src/money/index.js";
import { anyMoney } from "./arbitraries.js";

const m = money;

describe("ratio", () => {
  it.each([
    ["1", "4", "0.25"],
    ["-1", "4", "-0.25"],
    ["1", "-4", "-0.25"],
    ["-1", "-4", "0.25"],
    ["0", "5", "0"],
    ["0.29", "2.83", "0.1024734982332155477031802120141343"], // 29/283 to 34 digits, by hand (long division)
    ["2", "3", "0.6666666666666666666666666666666667"], // half-even on the 34th digit
    ["1", "3", "0.3333333333333333333333333333333333"],
    ["123456789012345678901234567890.12", "1", "123456789012345678901234567890.12"], // 32 digits: exact
    ["0.01", "100000000000000000000.00", "0.0000000000000000000001"],
  ])("%s / %s = %s", (a, b, expected) => {
    expect(ratio(m(a), m(b)).toFixed()).toBe(expected);
  });

  it("rounds up across a power of ten when the 34 digits are all nines", () => {
    // (10^40 - 1) / 10^40 = 0.99…9 (40 nines) → 1 at 34 significant digits.
    const a = `${"9".repeat(38)}.99` as Money;
    const b = `1${"0".repeat(38)}.00` as Money;
    expect(ratio(a, b).toString()).toBe("1");
  });

  it("keeps 34 significant digits of a quotient larger than 10^34", () => {
    const a = `1${"0".repeat(38)}.00` as Money; // 10^40 pence
    expect(ratio(a, m("0.03")).toString()).toBe(`3.${"3".repeat(33)}e+39`);
    expect(ratio(a, m("0.01")).toFixed()).toBe(`1${"0".repeat(40)}`);
  });

  it("does not depend on decimal.js's global precision", () => {
    const saved = Decimal.precision;
    Decimal.set({ precision: 5 });
    try {
      expect(ratio(m("1"), m("3")).toString()).toBe(`0.${"3".repeat(RATIO_PRECISION)}`);
    } finally {
      Decimal.set({ precision: saved });
    }
  });

  it("refuses a zero denominator", () => {
    expect(() => ratio(m("1"), m("0"))).toThrow(RangeError);
    expect(() => ratio(m("1"), m("0"))).toThrow('ratio: b must be non-zero, got "0.00"');
  });

  it("gives a percentage change", () => {
    // (3.12 - 2.83) / 2.83 = 10.247…%
    expect(ratio(m("0.29"), m("2.83")).times(100).toFixed(2)).toBe("10.25");
  });

  test.prop([anyMoney, anyMoney.filter((b) => b !== "0.00")])(
    "multiply(b, ratio(a, b)) gives back a to the penny (a ratio carries 34 significant digits)",
    (a, b) => {
      // Relative error ≤ 10^-33 of a, so exact while a has ≤ 32 digits of pence.
      expect(multiply(b, ratio(a, b))).toBe(a);
    },
  );
});
