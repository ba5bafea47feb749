import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { fromPence, type Money, money, penceNumber, toPence } from "../../src/money/index.js";
import { pence } from "./arbitraries.js";

describe("fromPence", () => {
  it.each([
    [862, "8.62"],
    [-5, "-0.05"],
    [5, "0.05"],
    [0, "0.00"],
    [-0, "0.00"],
    [100, "1.00"],
    [-100n, "-1.00"],
    [Number.MAX_SAFE_INTEGER, "90071992547409.91"],
    [123456789012345678901n, "1234567890123456789.01"],
  ])("writes %d pence as %s", (p, expected) => {
    expect(fromPence(p)).toBe(expected);
  });

  it.each([
    [8.5, "8.5"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    [2 ** 53, "9007199254740992"],
    ["5", '"5"'],
  ])("refuses %j with a RangeError naming it", (p, shown) => {
    expect(() => fromPence(p as number)).toThrow(RangeError);
    expect(() => fromPence(p as number)).toThrow(shown);
  });

  test.prop([pence])("toPence(fromPence(p)) is p (a round trip through the string form)", (p) => {
    expect(toPence(fromPence(p))).toBe(p);
  });
});

describe("toPence", () => {
  it.each([
    ["8.62", 862n],
    ["-0.05", -5n],
    ["0.00", 0n],
    ["-1234567890123456789.01", -123456789012345678901n],
    ["9999999999999.99", 999999999999999n],
    ["-9999999999999.99", -999999999999999n],
  ])("reads %s as %d pence", (m, expected) => {
    expect(toPence(money(m))).toBe(expected);
  });

  it("refuses a non-canonical string cast to Money rather than misreading it", () => {
    expect(() => toPence("8.6" as Money)).toThrow(RangeError);
    expect(() => toPence("8.6" as Money)).toThrow('"8.6"');
  });
});

describe("penceNumber", () => {
  it("reads an amount as integer pence in a number", () => {
    expect(penceNumber(money("8.62"))).toBe(862);
    expect(penceNumber(money("-0.05"))).toBe(-5);
    expect(penceNumber(money("-90071992547409.91"))).toBe(-Number.MAX_SAFE_INTEGER);
    // Either side of the 16-character switch between reading through a float and reading digits.
    expect(penceNumber(money("9999999999999.99"))).toBe(999_999_999_999_999);
    expect(penceNumber(money("-999999999999.99"))).toBe(-99_999_999_999_999);
    expect(penceNumber(money("10000000000000.01"))).toBe(1_000_000_000_000_001);
  });

  it("refuses an amount beyond Number.MAX_SAFE_INTEGER pence", () => {
    expect(() => penceNumber(money("90071992547409.92"))).toThrow(RangeError);
    expect(() => penceNumber(money("90071992547409.93"))).toThrow("90071992547409.93");
  });

  test.prop([fc.maxSafeInteger()])("penceNumber(fromPence(p)) is p for every safe integer", (p) => {
    expect(penceNumber(fromPence(p))).toBe(p);
  });
});
