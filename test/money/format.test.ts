import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatMoney, type Money, money, parseMoney } from "../../src/money/index.js";
import { anyMoney } from "./arbitraries.js";

const m = money;

describe("formatMoney", () => {
  it.each([
    ["1234.5", "£1,234.50"],
    ["-1", "-£1.00"],
    ["0", "£0.00"],
    ["0.05", "£0.05"],
    ["-0.05", "-£0.05"],
    ["999.99", "£999.99"],
    ["1000", "£1,000.00"],
    ["12345678.9", "£12,345,678.90"],
    ["-1234567.89", "-£1,234,567.89"],
    ["197400000", "£197,400,000.00"],
  ])("writes %s as %s", (amount, expected) => {
    expect(formatMoney(m(amount))).toBe(expected);
  });

  it("leaves out the pound sign or the grouping on request", () => {
    expect(formatMoney(m("-1234.5"), { symbol: false })).toBe("-1,234.50");
    expect(formatMoney(m("-1234.5"), { grouping: false })).toBe("-£1234.50");
    expect(formatMoney(m("1234567.5"), { symbol: false, grouping: false })).toBe("1234567.50");
    expect(formatMoney(m("1234.5"), { symbol: true, grouping: true })).toBe("£1,234.50");
  });

  it("refuses a value that is not Money", () => {
    expect(() => formatMoney(1234.5 as unknown as Money)).toThrow(/formatMoney: amount/);
  });

  it("does not mutate its options", () => {
    const options = Object.freeze({ symbol: false });
    formatMoney(m("1"), options);
    expect(options).toEqual({ symbol: false });
  });
});

describe("parseMoney", () => {
  it.each([
    ["£1,234.50", "1234.50"],
    ["-£1.00", "-1.00"],
    ["1,234.50", "1234.50"],
    ["£1234.50", "1234.50"],
    ["-1,234,567.89", "-1234567.89"],
    ["1234.5", "1234.50"],
    ["8.6", "8.60"],
    ["-1", "-1.00"],
    ["£5", "5.00"],
    ["1,000", "1000.00"],
    ["-£0.00", "0.00"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseMoney(text)).toBe(expected);
  });

  it.each([
    "£1,23.00",
    "£-1.00",
    "1,2345.00",
    ",123.00",
    "1,234,56.00",
    "£ 1.00",
    " £1.00",
    "£1.00 ",
    "£1.001",
    "1.",
    "£",
    "",
    "--1",
    "€1.00",
    "1 234.50",
    "(£1.00)",
    "£1,234.5.0",
  ])("refuses %j with a RangeError naming it", (text) => {
    expect(() => parseMoney(text)).toThrow(RangeError);
    expect(() => parseMoney(text)).toThrow(JSON.stringify(text));
  });

  it("refuses a value that is not a string", () => {
    expect(() => parseMoney(12 as unknown as string)).toThrow(
      /^parseMoney: text must be an amount of money .*, got 12$/,
    );
  });

  test.prop([anyMoney, fc.record({ symbol: fc.boolean(), grouping: fc.boolean() })])(
    "parse ∘ format round-trips: parseMoney(formatMoney(x, options)) = x for every option",
    (amount, options) => {
      expect(parseMoney(formatMoney(amount, options))).toBe(amount);
    },
  );

  test.prop([anyMoney])("parseMoney reads a plain decimal like money does", (amount) => {
    expect(parseMoney(amount)).toBe(amount);
  });
});

describe("formatMoney refuses options that are not options", () => {
  it("refuses null options with a RangeError naming them", () => {
    expect(() => formatMoney(m("1.00"), null as never)).toThrow(
      "formatMoney: options must be an object or undefined, got null",
    );
  });

  it("refuses a flag that is not a boolean with a RangeError naming it", () => {
    expect(() => formatMoney(m("1.00"), { symbol: "no" as never })).toThrow(
      'formatMoney: options.symbol must be true, false or undefined, got "no"',
    );
  });
});
