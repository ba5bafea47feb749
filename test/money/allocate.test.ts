import { fc, test } from "@fast-check/vitest";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { allocate, type Money, money, negate, type Ratio, sum, toPence } from "../../src/money/index.js";
import { anyMoney } from "./arbitraries.js";

const m = money;

describe("allocate", () => {
  it("splits 5p over [1, 3] as [1p, 4p] (1.25 → 1, 3.75 → 3; the spare penny to the larger remainder)", () => {
    expect(allocate(m("0.05"), [1, 3])).toEqual(["0.01", "0.04"]);
  });

  it("splits £1 over [1, 1, 1] as [34p, 33p, 33p] (equal remainders: the earlier index wins)", () => {
    expect(allocate(m("1"), [1, 1, 1])).toEqual(["0.34", "0.33", "0.33"]);
  });

  it.each([
    ["0.02", [1, 1, 1], ["0.01", "0.01", "0.00"]],
    ["0.05", [1, 1], ["0.03", "0.02"]],
    ["100", [1, 1, 1], ["33.34", "33.33", "33.33"]],
    ["0.01", [0, 1, 0], ["0.00", "0.01", "0.00"]],
    ["0.01", [1, 0, 1], ["0.01", "0.00", "0.00"]],
    ["0.01", [1, 2], ["0.00", "0.01"]], // remainders 1/3 and 2/3
    ["1", [0.1, 0.2, 0.7], ["0.10", "0.20", "0.70"]], // 0.1 read as one tenth
    ["1", ["0.5", 0.25, new Decimal("0.25")], ["0.50", "0.25", "0.25"]],
    ["10.01", [1, "0.001"], ["10.00", "0.01"]], // weights 1000 : 1 of 1001p
    ["100", ["0.5", 0, "0.25"], ["66.67", "0.00", "33.33"]],
    ["197400000", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], Array.from({ length: 10 }, () => "19740000.00")],
    ["8.62", [1], ["8.62"]],
    ["0", [1, 2, 3], ["0.00", "0.00", "0.00"]],
  ] as const)("splits %s over %j as %j", (amount, ratios, expected) => {
    expect(allocate(m(amount), ratios as readonly Ratio[])).toEqual(expected);
  });

  it("splits a negative amount by its size and negates each share: -5p over [1, 3] is [-1p, -4p]", () => {
    expect(allocate(m("-0.05"), [1, 3])).toEqual(["-0.01", "-0.04"]);
    expect(allocate(m("-1"), [1, 1, 1])).toEqual(["-0.34", "-0.33", "-0.33"]);
  });

  it.each([
    [[], /non-empty array/],
    [[0, 0], /must not all be zero/],
    [[1, -2], /^allocate: ratios\[1\] must be ≥ 0, got -2$/],
    [[1, Number.NaN], /ratios\[1\].*NaN/],
    [["abc"], /ratios\[0\].*"abc"/],
    [[new Decimal(Number.POSITIVE_INFINITY)], /ratios\[0\].*Infinity/],
  ])("refuses the ratios %j with a RangeError saying why", (ratios, message) => {
    expect(() => allocate(m("1"), ratios as Ratio[])).toThrow(RangeError);
    expect(() => allocate(m("1"), ratios as Ratio[])).toThrow(message);
  });

  it("refuses ratios that are not an array", () => {
    expect(() => allocate(m("1"), "1,1" as unknown as Ratio[])).toThrow(/non-empty array/);
  });

  // Weights as decimal strings with 0–3 places, with the integer weight each stands for on a scale of 1000.
  const weight = fc.tuple(fc.nat({ max: 1_000_000 }), fc.integer({ min: 0, max: 3 })).map(([units, places]) => ({
    text: decimalText(units, places),
    thousandths: BigInt(units) * 10n ** BigInt(3 - places),
  }));
  const weights = fc
    .array(weight, { minLength: 1, maxLength: 12 })
    .filter((list) => list.some((w) => w.thousandths > 0n));

  test.prop([anyMoney, weights])(
    "allocate conserves the total to the penny (sum of shares = amount)",
    (amount, list) => {
      expect(
        sum(
          allocate(
            amount,
            list.map((w) => w.text),
          ),
        ),
      ).toBe(amount);
    },
  );

  test.prop([anyMoney, weights])(
    "each share is within 1p of its exact proportion (|share·W − amount·w| < W)",
    (amount, list) => {
      const shares = allocate(
        amount,
        list.map((w) => w.text),
      ).map(toPence);
      const total = list.reduce((a, w) => a + w.thousandths, 0n);
      const pence = toPence(amount);
      list.forEach((w, i) => {
        const gap = shares[i]! * total - pence * w.thousandths;
        expect(gap < 0n ? -gap : gap).toBeLessThan(total);
      });
    },
  );

  test.prop([anyMoney, weights])(
    "the spare pennies go to the largest remainders, the earlier index first on ties",
    (amount, list) => {
      const shares = allocate(
        amount,
        list.map((w) => w.text),
      ).map((s) => toPence(s));
      const total = list.reduce((a, w) => a + w.thousandths, 0n);
      const size = toPence(amount) < 0n ? -toPence(amount) : toPence(amount);
      const remainder = list.map((w) => (size * w.thousandths) % total);
      const gotSpare = list.map(
        (w, i) => (shares[i]! < 0n ? -shares[i]! : shares[i]!) > (size * w.thousandths) / total,
      );
      for (let i = 0; i < list.length; i++) {
        for (let j = 0; j < list.length; j++) {
          if (!gotSpare[i] || gotSpare[j]) continue;
          // i got a penny and j did not: i's remainder is larger, or equal with i first.
          expect(remainder[i]! > remainder[j]! || (remainder[i] === remainder[j] && i < j)).toBe(true);
        }
      }
    },
  );

  test.prop([anyMoney, weights, fc.array(fc.nat({ max: 11 }))])(
    "a zero ratio always gets zero",
    (amount, list, zeroAt) => {
      const ratios: string[] = list.map((w) => w.text);
      for (const i of zeroAt)
        if (i < ratios.length && ratios.filter((r, k) => k !== i && Number(r) > 0).length > 0) ratios[i] = "0";
      const shares = allocate(amount, ratios);
      ratios.forEach((r, i) => {
        if (Number(r) === 0) expect(shares[i]).toBe("0.00");
      });
    },
  );

  test.prop([anyMoney, weights])(
    "allocating a negative amount negates the shares: allocate(-a, r) = -allocate(a, r)",
    (amount, list) => {
      const ratios = list.map((w) => w.text);
      expect(allocate(negate(amount), ratios)).toEqual(allocate(amount, ratios).map(negate));
    },
  );

  test.prop([anyMoney, weights])("allocate does not mutate its ratios array", (amount, list) => {
    const ratios = list.map((w) => w.text);
    const copy = [...ratios];
    allocate(amount, Object.freeze(ratios));
    expect(ratios).toEqual(copy);
  });

  test.prop([
    anyMoney,
    fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
  ])("integer ratios and the same ratios scaled by 1/1000 give the same shares", (amount, list) => {
    const shares: Money[] = allocate(amount, list);
    expect(
      allocate(
        amount,
        list.map((x) => decimalText(x, 3)),
      ),
    ).toEqual(shares);
  });
});

/** `units × 10^-places` as an exact decimal string, written by hand (not through a float). */
function decimalText(units: number, places: number): string {
  if (places === 0) return String(units);
  const digits = String(units).padStart(places + 1, "0");
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

describe("allocate's documented order", () => {
  it("gives a leftover penny to the largest remainder first: 10p by 1:2:4 is 1p, 3p, 6p (remainders 3/7, 6/7, 5/7)", () => {
    expect(allocate(m("0.10"), [1, 2, 4])).toEqual(["0.01", "0.03", "0.06"]);
  });

  it("gives a leftover penny to the earlier index when remainders are equal: 2p in three equal shares is 1p, 1p, 0p", () => {
    expect(allocate(m("0.02"), [1, 1, 1])).toEqual(["0.01", "0.01", "0.00"]);
    expect(allocate(m("-0.02"), [1, 1, 1])).toEqual(["-0.01", "-0.01", "0.00"]);
  });

  it("refuses a hole in sparse ratios with a RangeError naming its index", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the input under test
    expect(() => allocate(m("1.00"), [, 1] as Ratio[])).toThrow(
      "allocate: ratios[0] must be a number, a decimal string or a Decimal, got undefined",
    );
  });
});

describe("allocate, pinned where mutation testing found it loose", () => {
  it("orders leftover pennies by remainder, not by weight: 10p by 2:5 is 3p, 7p (remainders 6/7 and 1/7)", () => {
    expect(allocate(m("0.10"), [2, 5])).toEqual(["0.03", "0.07"]);
  });

  it("names the input exactly in its messages", () => {
    expect(() => allocate("1.5" as Money, [1])).toThrow(
      'allocate: amount must be Money, a canonical decimal string such as "8.62" made by money(), got "1.5"',
    );
    expect(() => allocate(m("1"), [0, 0])).toThrow("allocate: ratios must not all be zero, got [0, 0]");
    expect(() => allocate(m("1"), [])).toThrow("allocate: ratios must be a non-empty array, got an array of 0");
  });
});
