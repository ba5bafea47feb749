import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { abs, add, type Money, money, negate, subtract, sum, toPence } from "../../src/money/index.js";
import { anyMoney } from "./arbitraries.js";

const m = money;

describe("add", () => {
  it.each([
    ["0.10", "0.20", "0.30"],
    ["8.62", "-10", "-1.38"],
    ["-0.05", "0.05", "0.00"],
    ["99999999999999999999.99", "0.01", "100000000000000000000.00"],
    ["90071992547409.91", "0.01", "90071992547409.92"], // each safe in pence, the total not
    ["-90071992547409.91", "-0.01", "-90071992547409.92"],
  ])("%s + %s = %s", (a, b, expected) => {
    expect(add(m(a), m(b))).toBe(expected);
  });

  it("refuses a value that is not Money, naming the parameter", () => {
    expect(() => add(m("1"), 2 as unknown as Money)).toThrow(/add: b .*got 2/);
    expect(() => add("1.5" as Money, m("1"))).toThrow(/add: a/);
  });

  test.prop([anyMoney, anyMoney])("add is commutative: a + b = b + a", (a, b) => {
    expect(add(a, b)).toBe(add(b, a));
  });

  test.prop([anyMoney, anyMoney, anyMoney])("add is associative: (a + b) + c = a + (b + c)", (a, b, c) => {
    expect(add(add(a, b), c)).toBe(add(a, add(b, c)));
  });

  test.prop([anyMoney, anyMoney])("add is exact: pence(a + b) = pence(a) + pence(b)", (a, b) => {
    expect(toPence(add(a, b))).toBe(toPence(a) + toPence(b));
  });
});

describe("subtract", () => {
  it.each([
    ["2.83", "0.15", "2.68"],
    ["1", "1.01", "-0.01"],
    ["-1", "-1", "0.00"],
    ["-90071992547409.91", "0.01", "-90071992547409.92"],
    ["100000000000000000000.00", "0.01", "99999999999999999999.99"],
  ])("%s - %s = %s", (a, b, expected) => {
    expect(subtract(m(a), m(b))).toBe(expected);
  });

  test.prop([anyMoney, anyMoney])("subtract undoes add: (a + b) - b = a", (a, b) => {
    expect(subtract(add(a, b), b)).toBe(a);
  });
});

describe("negate", () => {
  it.each([
    ["8.62", "-8.62"],
    ["-1", "1.00"],
    ["0", "0.00"],
  ])("negates %s to %s", (a, expected) => {
    expect(negate(m(a))).toBe(expected);
  });

  test.prop([anyMoney])("negate is its own inverse and a + (-a) = 0", (a) => {
    expect(negate(negate(a))).toBe(a);
    expect(add(a, negate(a))).toBe("0.00");
  });
});

describe("abs", () => {
  it.each([
    ["-8.62", "8.62"],
    ["2.83", "2.83"],
    ["0", "0.00"],
  ])("|%s| = %s", (a, expected) => {
    expect(abs(m(a))).toBe(expected);
  });

  it("refuses a value that is not Money", () => {
    expect(() => abs("-1" as Money)).toThrow(/abs: amount/);
  });
});

describe("sum", () => {
  it("adds a list exactly, with no float drift", () => {
    expect(sum([m("8.62"), m("2.83"), m("0.15")])).toBe("11.60");
    expect(sum([m("0.10"), m("0.20"), m("-0.30")])).toBe("0.00");
    expect(sum(Array.from({ length: 10 }, () => m("0.10")))).toBe("1.00");
  });

  it("totals nothing as 0.00", () => {
    expect(sum([])).toBe("0.00");
  });

  it("stays exact past Number.MAX_SAFE_INTEGER pence, in the running total or a single amount", () => {
    expect(sum([m("90071992547409.91"), m("0.01")])).toBe("90071992547409.92");
    expect(sum([m("90071992547409.91"), m("0.01"), m("0.01"), m("-0.01")])).toBe("90071992547409.92");
    expect(sum([m("0.01"), m("123456789012345678901.23")])).toBe("123456789012345678901.24");
    expect(sum([m("-90071992547409.91"), m("-90071992547409.91")])).toBe("-180143985094819.82");
  });

  it("accepts any iterable: a Set or a generator", () => {
    expect(sum(new Set([m("1"), m("2")]))).toBe("3.00");
    function* fees(): Generator<Money> {
      yield m("8.62");
      yield m("-0.62");
    }
    expect(sum(fees())).toBe("8.00");
  });

  it("names the position of a value that is not Money", () => {
    expect(() => sum([m("1"), "x" as Money])).toThrow(/sum: amounts\[1\]/);
  });

  test.prop([
    fc
      .array(anyMoney)
      .chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
  ])("sum is order-independent: any permutation has the same total", ([list, shuffled]) => {
    expect(sum(shuffled)).toBe(sum(list));
  });

  test.prop([fc.array(anyMoney)])("sum equals adding one by one: sum(xs) = xs.reduce(add, 0)", (list) => {
    expect(sum(list)).toBe(list.reduce(add, m("0")));
  });

  test.prop([fc.array(anyMoney)])("sum does not mutate its input array", (list) => {
    const copy = [...list];
    sum(Object.freeze(list));
    expect(list).toEqual(copy);
  });
});
