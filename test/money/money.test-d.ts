import { describe, expectTypeOf, it } from "vitest";
import {
  add,
  allocate,
  fromPence,
  halfEven,
  isMoney,
  type Money,
  money,
  multiply,
  parseMoney,
  type RoundingMode,
  sum,
  toPence,
} from "../../src/money/index.js";

describe("Money (types)", () => {
  it("is not assignable from a plain string or number", () => {
    expectTypeOf<string>().not.toExtend<Money>();
    expectTypeOf<number>().not.toExtend<Money>();
    expectTypeOf<"8.62">().not.toExtend<Money>();

    // @ts-expect-error: a string literal is not Money until money() has checked it
    const fee: Money = "8.62";
    // @ts-expect-error: nor is a number
    const other: Money = 8.62;
    // @ts-expect-error: add takes Money, not strings
    add("1.00", money("2"));
    // @ts-expect-error: nor numbers
    add(money("1"), 2);
    expectTypeOf(fee).toEqualTypeOf<Money>();
    expectTypeOf(other).toEqualTypeOf<Money>();
  });

  it("is a string, so it can be printed, stored and sent as JSON", () => {
    expectTypeOf<Money>().toExtend<string>();
    expectTypeOf(money("8.62")).toEqualTypeOf<Money>();
  });

  it("is what every constructor and operation returns", () => {
    expectTypeOf(money).returns.toEqualTypeOf<Money>();
    expectTypeOf(fromPence).returns.toEqualTypeOf<Money>();
    expectTypeOf(parseMoney).returns.toEqualTypeOf<Money>();
    expectTypeOf(sum).returns.toEqualTypeOf<Money>();
    expectTypeOf(allocate).returns.toEqualTypeOf<Money[]>();
    expectTypeOf(toPence).returns.toEqualTypeOf<bigint>();
  });

  it("narrows unknown data with isMoney", () => {
    const value: unknown = JSON.parse('"8.62"');
    if (isMoney(value)) expectTypeOf(value).toEqualTypeOf<Money>();
  });

  it("takes rounding modes as values, not names", () => {
    expectTypeOf(halfEven).toEqualTypeOf<RoundingMode>();
    // @ts-expect-error: a mode is a function value, not its name
    multiply(money("1"), 2, "halfEven");
  });
});
