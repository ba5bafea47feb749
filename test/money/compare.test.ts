import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  compare,
  isNegative,
  isPositive,
  isZero,
  type Money,
  max,
  min,
  money,
  subtract,
} from "../../src/money/index.js";
import { anyMoney } from "./arbitraries.js";

const m = money;

describe("compare", () => {
  it.each([
    ["9", "10", -1],
    ["10", "9", 1],
    ["-1", "-2", 1],
    ["-2", "-1", -1],
    ["8.6", "8.60", 0],
    ["-0.01", "0", -1],
    ["100000000000000000000.00", "99999999999999999999.99", 1],
  ])("compare(%s, %s) is %d (by value, not text)", (a, b, expected) => {
    expect(compare(m(a), m(b))).toBe(expected);
  });

  it("sorts by value", () => {
    expect([m("10"), m("9"), m("-1"), m("-10")].sort(compare)).toEqual(["-10.00", "-1.00", "9.00", "10.00"]);
  });

  it("refuses a value that is not Money, naming the function", () => {
    expect(() => compare(m("1"), 1 as unknown as Money)).toThrow(/compare: b/);
    expect(() => min(m("1"), "1" as Money)).toThrow(/min: b/);
    expect(() => max("1" as Money, m("1"))).toThrow(/max: a/);
  });

  test.prop([anyMoney, anyMoney])("compare is antisymmetric and agrees with the sign of a - b", (a, b) => {
    expect(compare(a, b)).toBe(-compare(b, a) || 0);
    const difference = subtract(a, b);
    expect(compare(a, b)).toBe(isZero(difference) ? 0 : isNegative(difference) ? -1 : 1);
  });

  test.prop([anyMoney, anyMoney])("=== is equality of value: compare(a, b) = 0 exactly when a === b", (a, b) => {
    expect(compare(a, b) === 0).toBe(a === b);
    expect(compare(a, a)).toBe(0);
  });
});

describe("isZero, isNegative, isPositive", () => {
  it.each([
    ["0", true, false, false],
    ["-0", true, false, false],
    ["0.01", false, false, true],
    ["-0.01", false, true, false],
    ["-1234.00", false, true, false],
  ])("%s: zero %s, negative %s, positive %s", (a, zero, negative, positive) => {
    expect(isZero(m(a))).toBe(zero);
    expect(isNegative(m(a))).toBe(negative);
    expect(isPositive(m(a))).toBe(positive);
  });

  it("refuses a value that is not Money", () => {
    expect(() => isZero("0" as Money)).toThrow(RangeError);
    expect(() => isNegative("-0.00" as Money)).toThrow(RangeError);
    expect(() => isPositive(1 as unknown as Money)).toThrow(RangeError);
  });
});

describe("min and max", () => {
  it.each([
    ["9", "10", "9.00", "10.00"],
    ["-1", "-2", "-2.00", "-1.00"],
    ["5", "5", "5.00", "5.00"],
  ])("of %s and %s: min %s, max %s", (a, b, lo, hi) => {
    expect(min(m(a), m(b))).toBe(lo);
    expect(max(m(a), m(b))).toBe(hi);
  });

  it("reduce a list", () => {
    const fees = [m("2.83"), m("-1"), m("8.62"), m("0.15")];
    expect(fees.reduce(min)).toBe("-1.00");
    expect(fees.reduce(max)).toBe("8.62");
  });

  test.prop([anyMoney, anyMoney])("min(a, b) ≤ max(a, b) and together they are {a, b}", (a, b) => {
    expect(compare(min(a, b), max(a, b))).toBeLessThanOrEqual(0);
    expect([min(a, b), max(a, b)].sort()).toEqual([a, b].sort());
  });
});
