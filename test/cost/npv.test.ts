import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type DiscountSchedule,
  discountFactor,
  GREEN_BOOK_DECLINING_DISCOUNT_RATES,
  GREEN_BOOK_DISCOUNT_RATE,
  npv,
} from "../../src/cost/index.js";
import { fromPence, halfEven, type Money, money, sum } from "../../src/money/index.js";
import { deepFreeze } from "./helpers.js";

describe("discountFactor", () => {
  it("is 1 in year 0 and 1 ÷ 1.035^t at the Green Book's 3.5%", () => {
    expect(GREEN_BOOK_DISCOUNT_RATE).toBe(0.035);
    expect(discountFactor(0)).toBe(1);
    expect(discountFactor(1)).toBeCloseTo(1 / 1.035, 15);
    // 1.035^10 = 1.41059876…, so the factor is 0.70891881…
    expect(discountFactor(10)).toBeCloseTo(0.7089188137, 10);
  });

  it("follows the declining schedule beyond 30 years: year 31 = 1.035^-30 ÷ 1.03, year 76 = year 75 ÷ 1.025", () => {
    // 1.035^30 = 2.80679370…; ÷ 1.03 → 0.35627841… ÷ 1.03 = 0.34590137
    expect(discountFactor(30, GREEN_BOOK_DECLINING_DISCOUNT_RATES)).toBeCloseTo(discountFactor(30), 15);
    expect(discountFactor(31, GREEN_BOOK_DECLINING_DISCOUNT_RATES)).toBeCloseTo(0.3459013695, 10);
    expect(discountFactor(76, GREEN_BOOK_DECLINING_DISCOUNT_RATES)).toBeCloseTo(
      discountFactor(75, GREEN_BOOK_DECLINING_DISCOUNT_RATES) / 1.025,
      15,
    );
    expect(discountFactor(301, GREEN_BOOK_DECLINING_DISCOUNT_RATES)).toBeCloseTo(
      discountFactor(300, GREEN_BOOK_DECLINING_DISCOUNT_RATES) / 1.01,
      15,
    );
  });

  it("lists the Green Book's declining rates and the years they start", () => {
    expect(GREEN_BOOK_DECLINING_DISCOUNT_RATES.map((step) => [step.fromYear, step.rate])).toEqual([
      [0, 0.035],
      [31, 0.03],
      [76, 0.025],
      [126, 0.02],
      [201, 0.015],
      [301, 0.01],
    ]);
  });

  it.each([
    [-1, 0.035, /^year must be a whole number from 0 to 10000, got -1$/],
    [1.5, 0.035, /^year must be a whole number from 0 to 10000, got 1\.5$/],
    [1, -0.01, /discountRate must be a real discount rate in \[0, 1\)/],
    [1, 1, /discountRate must be a real discount rate in \[0, 1\), such as 0\.035, got 1/],
    [1, Number.NaN, /got NaN/],
    [1, [], /discountRate\[0\]\.fromYear must be 0/],
    [1, [{ fromYear: 1, rate: 0.03 }], /discountRate\[0\]\.fromYear must be 0/],
    [
      1,
      [
        { fromYear: 0, rate: 0.03 },
        { fromYear: 0, rate: 0.02 },
      ],
      /discountRate\[1\]\.fromYear must be a whole number after 0/,
    ],
    [1, [{ fromYear: 0, rate: 2 }], /discountRate\[0\]\.rate must be a real discount rate/],
  ])("refuses year %j at %j with a RangeError", (year, rate, message) => {
    expect(() => discountFactor(year, rate as number | DiscountSchedule)).toThrow(message);
  });
});

describe("npv", () => {
  it("leaves year 0 undiscounted and discounts year 1 by 3.5%: −£100 now and £103.50 next year are worth £0", () => {
    expect(npv([money("-100"), money("103.50")])).toBe("0.00");
  });

  it("values −£500,000 now and £100,000 a year for 10 years at £331,660.53 (worked by hand)", () => {
    // Annuity factor (1 − 1.035^-10) ÷ 0.035: 1.035^10 = 1.4105987606…, 1 ÷ that = 0.7089188137…,
    // (1 − 0.7089188137) ÷ 0.035 = 8.3166053226…; × 100,000 = 831,660.53226… − 500,000 = 331,660.532… → £331,660.53.
    expect(npv([money("-500000"), ...Array<Money>(10).fill(money("100000"))])).toBe("331660.53");
  });

  it("discounts with a schedule, and rounds once with the mode given", () => {
    // £103.50 next year at a one-step schedule of 3.5% is worth £100 today
    expect(npv([money("0"), money("103.50")], { discountRate: [{ fromYear: 0, rate: 0.035 }] })).toBe("100.00");
    // a year ahead at 60%: 5p is 0.05 ÷ 1.6 = 3.125p → 3p; 4p is exactly 2.5p → 3p half-up, 2p half-even
    expect(npv([money("0"), money("0.05")], { discountRate: 0.6 })).toBe("0.03");
    expect(npv([money("0"), money("0.04")], { discountRate: 0.6 })).toBe("0.03");
    expect(npv([money("0"), money("0.04")], { discountRate: 0.6, rounding: halfEven })).toBe("0.02");
  });

  it("leaves its cashflows and schedule unchanged", () => {
    const flows = deepFreeze([money("-100"), money("103.50")]);
    const schedule = deepFreeze([{ fromYear: 0, rate: 0.035 }]);
    expect(npv(flows, { discountRate: schedule })).toBe("0.00");
    expect(discountFactor(1, schedule)).toBeCloseTo(1000 / 1035, 15);
  });

  it("is £0 for no cashflows", () => {
    expect(npv([])).toBe("0.00");
  });

  it("refuses a cashflow that is not Money, naming its year", () => {
    expect(() => npv([money("1"), 2 as unknown as Money])).toThrow(/cashflows\[1\] must be Money/);
    expect(() => npv("100" as unknown as Money[])).toThrow(/cashflows must be an array of Money/);
  });

  const flows = fc.array(
    fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map((p) => fromPence(p)),
    { maxLength: 40 },
  );

  test.prop([flows])("at a 0% rate is the plain sum of the cashflows", (cashflows) => {
    expect(npv(cashflows, { discountRate: 0 })).toBe(sum(cashflows));
  });

  test.prop([flows, fc.integer({ min: 0, max: 30 })])("is unchanged by trailing zero years", (cashflows, zeros) => {
    expect(npv([...cashflows, ...Array<Money>(zeros).fill(money("0"))])).toBe(npv(cashflows));
  });

  test.prop([fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 1, max: 60 })])(
    "never values £x in year t above £x (a positive rate discounts)",
    (pence, year) => {
      const flows = [...Array<Money>(year).fill(money("0")), fromPence(pence)];
      expect(BigInt(npv(flows).replace(".", "")) <= pence).toBe(true);
    },
  );
});

describe("npv on long and ragged inputs", () => {
  it("discounts 1,000 years of £100 exactly: 100 × (1 − (200/207)^1000) × 207/7 = £2,957.14 (its speed is in bench/cost.bench.ts)", () => {
    const cashflows = Array.from({ length: 1000 }, () => money("100"));
    expect(npv(cashflows)).toBe("2957.14");
  });

  it("refuses a hole in the cashflows with a RangeError naming its index, never reading it as £0", () => {
    expect(() => npv(new Array(1))).toThrow(
      'cashflows[0] must be Money, a canonical decimal string such as "8.62" made by money(), got undefined',
    );
    // biome-ignore lint/suspicious/noSparseArray: the hole is the input under test
    expect(() => npv([money("1"), , money("1")] as Money[])).toThrow(/^cashflows\[1\] must be Money/);
  });

  it("refuses a rounding given by name with a RangeError naming the option", () => {
    expect(() => npv([money("1.00")], { rounding: "halfUp" as never })).toThrow(
      'rounding must be a rounding mode such as halfUp or halfEven from council-contact/money (the function, not its name), got "halfUp"',
    );
  });

  it("refuses null options with a RangeError", () => {
    expect(() => npv([money("1.00")], null as never)).toThrow("options must be an object or undefined, got null");
  });

  it("refuses a year past 10,000 for discountFactor with a RangeError instead of stepping through it", () => {
    expect(() => discountFactor(1e15)).toThrow("year must be a whole number from 0 to 10000, got 1000000000000000");
  });
});
