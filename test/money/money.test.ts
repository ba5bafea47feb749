import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { fromPence, isMoney, money, toPence } from "../../src/money/index.js";
import { anyMoney, pence } from "./arbitraries.js";

describe("money", () => {
  it.each([
    ["8.62", "8.62"],
    ["8.6", "8.60"],
    ["-1", "-1.00"],
    ["1234.50", "1234.50"],
    ["0.05", "0.05"],
    ["-0.5", "-0.50"],
    ["007.5", "7.50"],
    ["-0", "0.00"],
    ["-0.00", "0.00"],
    ["123456789012345678901234.56", "123456789012345678901234.56"],
  ])("reads the decimal string %s as %s", (text, expected) => {
    expect(money(text)).toBe(expected);
  });

  it.each(["8.625", "£8.62", "1,234.50", " 8.62", "8.62 ", "8.", ".5", "+1", "", "abc", "1e3", "-", "8.6.2", "--1"])(
    "refuses the string %j with a RangeError naming it",
    (text) => {
      expect(() => money(text)).toThrow(RangeError);
      expect(() => money(text)).toThrow(JSON.stringify(text));
    },
  );

  it.each([
    [8.62, "8.62"],
    [1234.5, "1234.50"],
    [-1, "-1.00"],
    [0, "0.00"],
    [-0, "0.00"],
    [0.07, "0.07"],
    [9999999999999.99, "9999999999999.99"],
    [-9999999999999.99, "-9999999999999.99"],
  ])("reads the number %d as %s", (value, expected) => {
    expect(money(value)).toBe(expected);
  });

  it.each([
    [0.125, "0.125"],
    [0.1 + 0.2, "0.30000000000000004"],
    [1e-7, "1e-7"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    [Number.NEGATIVE_INFINITY, "-Infinity"],
    [1e13, "10000000000000"],
    [90071992547409.91, "90071992547409.9"],
  ])("refuses the number %d with a RangeError naming it", (value, shown) => {
    expect(() => money(value)).toThrow(RangeError);
    expect(() => money(value)).toThrow(shown);
  });

  it("refuses values that are neither strings nor numbers", () => {
    expect(() => money(5n as unknown as number)).toThrow(/got 5n/);
    expect(() => money(null as unknown as number)).toThrow(RangeError);
    expect(() => money({} as unknown as number)).toThrow(/object/);
  });

  test.prop([pence])("money(String(m)) is m for every canonical amount (canonical form is a fixed point)", (p) => {
    const m = fromPence(p);
    expect(money(String(m))).toBe(m);
  });

  test.prop([anyMoney])("money round-trips through JSON: money(JSON.parse(JSON.stringify(m))) === m", (m) => {
    const record = { cost: m, rows: [m] };
    const back = JSON.parse(JSON.stringify(record)) as { cost: string; rows: string[] };
    expect(back).toEqual(record);
    expect(money(back.cost)).toBe(m);
  });

  test.prop([fc.integer({ min: -99_999_999_999_999, max: 99_999_999_999_999 })])(
    "money(p / 100) reads a number of pounds to the exact penny below £10 trillion (≤ 15 significant digits)",
    (p) => {
      expect(toPence(money(p / 100))).toBe(BigInt(p));
    },
  );

  test.prop([fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 9 })])(
    "money refuses every number with a third decimal place",
    (p, thousandth) => {
      expect(() => money((p * 10 + thousandth) / 1000)).toThrow(RangeError);
    },
  );
});

describe("isMoney", () => {
  it.each(["0.00", "-0.01", "1234.50", "8.62", "100000000000000000000.00"])("accepts the canonical %j", (value) => {
    expect(isMoney(value)).toBe(true);
  });

  it.each(["-0.00", "01.00", "1.5", "1.500", "+1.00", " 1.00", "1", "£1.00", ""])(
    "refuses the non-canonical %j",
    (value) => {
      expect(isMoney(value)).toBe(false);
    },
  );

  it.each([1, 8.62, null, undefined, {}, 862n])("refuses the non-string %s", (value) => {
    expect(isMoney(value)).toBe(false);
  });

  test.prop([anyMoney])("everything money makes is Money", (m) => {
    expect(isMoney(m)).toBe(true);
  });
});
