import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type BusinessCaseInput, businessCase, GREEN_BOOK_OPTIMISM_BIAS, npv } from "../../src/cost/index.js";
import { add, fromPence, type Money, money, subtract, sum } from "../../src/money/index.js";
import { deepFreeze } from "./helpers.js";

const m = money;
const years = (amount: string, from: number, to: number): Money[] =>
  Array.from({ length: to + 1 }, (_, t) => (t >= from ? m(amount) : m("0")));

/**
 * A ten-year channel-shift business case, worked by hand:
 *   one-off: platform £400,000 in year 0, implementation £100,000 in year 1; optimism bias +20% on
 *   one-off costs → £480,000 and £120,000.
 *   running: support £40,000 in years 1–10.
 *   cashable benefits: £150,000 in years 2–10; non-cashable: £20,000 in years 1–10.
 * Net: year 0 −480,000; year 1 −120,000 − 40,000 + 20,000 = −140,000; years 2–10 +130,000.
 * Discount factors at 3.5%: v = 1/1.035 = 0.9661835749; Σ v^t for t = 1…10 = (1 − 1.035^-10)/0.035
 * = (1 − 0.7089188137)/0.035 = 8.3166053226, so Σ for t = 2…10 = 8.3166053226 − 0.9661835749 = 7.3504217477.
 * NPV = −480,000 − 140,000 × 0.9661835749 + 130,000 × 7.3504217477
 *     = −480,000 − 135,265.7005 + 955,554.8272 = 340,289.1267 → £340,289.13.
 * PV of costs = 480,000 + 160,000 × 0.9661835749 + 40,000 × 7.3504217477 = 928,606.2419 → £928,606.24;
 * PV of benefits = 20,000 × 8.3166053226 + 150,000 × 7.3504217477 = 1,268,895.3686 → £1,268,895.37;
 * benefit-cost ratio 1,268,895.3686 ÷ 928,606.2419 = 1.36645.
 * Cumulative net: −480k, −620k, −490k, −360k, −230k, −100k, +30k (year 6) → payback in year 6.
 * Cumulative present value: … year 6 −48,157.67, year 7 +54,021.15 → discounted payback in year 7.
 */
const tenYears: BusinessCaseInput = {
  oneOffCosts: [
    { name: "platform", amounts: [m("400000")] },
    { name: "implementation", amounts: [m("0"), m("100000")] },
  ],
  runningCosts: [{ name: "support", amounts: years("40000", 1, 10) }],
  cashableBenefits: [{ name: "posts released", amounts: years("150000", 2, 10) }],
  nonCashableBenefits: [{ name: "capacity freed", amounts: years("20000", 1, 10) }],
};

describe("businessCase", () => {
  const result = businessCase(tenYears, { optimismBias: { oneOff: 0.2 } });

  it("values the hand-worked ten-year case at an NPV of £340,289.13", () => {
    expect(result.npv).toBe("340289.13");
  });

  it("gives present values of costs and benefits that reconcile with the NPV", () => {
    expect(result.presentValueCosts).toBe("928606.24");
    expect(result.presentValueBenefits).toBe("1268895.37");
    expect(add(result.presentValueCosts, result.npv)).toBe(result.presentValueBenefits);
  });

  it("pays back in year 6, and in year 7 once discounted", () => {
    expect(result.paybackYear).toBe(6);
    expect(result.discountedPaybackYear).toBe(7);
    expect(result.years[6]?.cumulativeNet).toBe("30000.00");
    expect(result.years[7]?.cumulativePresentValue).toBe("54021.15");
  });

  it("gives a benefit-cost ratio of 1.3665", () => {
    expect(result.benefitCostRatio).toBeCloseTo(1.36645, 5);
  });

  it("shows each year with its optimism bias, net and discounted value", () => {
    expect(result.years[1]).toEqual({
      year: 1,
      oneOffCosts: "100000.00",
      runningCosts: "40000.00",
      optimismBias: "20000.00",
      costs: "160000.00",
      cashableBenefits: "0.00",
      nonCashableBenefits: "20000.00",
      benefits: "20000.00",
      net: "-140000.00",
      discountFactor: 1000 / 1035, // the exact 1/1.035 to the nearest double
      presentValue: "-135265.70",
      cumulativeNet: "-620000.00",
      cumulativePresentValue: "-615265.70",
    });
    expect(result.years).toHaveLength(11);
    expect(sum(result.years.map((year) => year.presentValue))).toBe(result.npv);
    expect([result.totalCosts, result.totalBenefits]).toEqual(["1000000.00", "1550000.00"]);
  });

  it("agrees with npv over the net cashflows", () => {
    expect(npv(result.years.map((year) => year.net))).toBe(result.npv);
  });

  it("leaves non-cashable benefits out when asked: NPV £173,957.02", () => {
    // net −480,000, −160,000, then 110,000 a year: −480,000 − 154,589.3720 + 808,546.3922 = 173,957.0203
    const cashOnly = businessCase(tenYears, { optimismBias: { oneOff: 0.2 }, includeNonCashable: false });
    expect(cashOnly.npv).toBe("173957.02");
    expect(cashOnly.years[1]?.benefits).toBe("0.00");
    expect(cashOnly.years[1]?.nonCashableBenefits).toBe("20000.00");
  });

  it("applies one optimism-bias uplift to every cost when given a number, rounding each line's uplift to the penny", () => {
    const uplifted = businessCase(
      { oneOffCosts: [{ name: "a", amounts: [m("0.05")] }], runningCosts: [{ name: "b", amounts: [m("0.05")] }] },
      { optimismBias: 0.5 },
    );
    // 2.5p on each line rounds half-up to 3p: 6p of optimism bias
    expect(uplifted.years[0]?.optimismBias).toBe("0.06");
    expect(uplifted.assumptions.optimismBias).toEqual({ oneOff: 0.5, running: 0.5 });
  });

  it("takes the Green Book's upper bound for equipment and development (+200%)", () => {
    const upper = GREEN_BOOK_OPTIMISM_BIAS.projectTypes["equipment-development"].capitalExpenditure!.upper;
    expect(
      businessCase({ oneOffCosts: [{ name: "system", amounts: [m("100")] }] }, { optimismBias: { oneOff: upper } })
        .totalCosts,
    ).toBe("300.00");
  });

  it("returns null payback when the case never pays back, and a null ratio with no costs", () => {
    const never = businessCase({ oneOffCosts: [{ name: "x", amounts: [m("100")] }] });
    expect([never.paybackYear, never.discountedPaybackYear]).toEqual([null, null]);
    const free = businessCase({ cashableBenefits: [{ name: "y", amounts: [m("0"), m("5")] }] });
    expect([free.paybackYear, free.benefitCostRatio]).toEqual([0, null]);
  });

  it("counts payback from the last time the cumulative net turned non-negative", () => {
    // +10, −30 (cumulative −20), +30 (cumulative +10): pays back in year 2, not year 0
    const dip = businessCase(
      {
        cashableBenefits: [{ name: "b", amounts: [m("10"), m("0"), m("30")] }],
        runningCosts: [{ name: "c", amounts: [m("0"), m("30")] }],
      },
      { discountRate: 0 },
    );
    expect(dip.paybackYear).toBe(2);
  });

  it("is a single year 0 of £0 for an empty case", () => {
    const empty = businessCase({});
    expect(empty.years).toHaveLength(1);
    expect([empty.npv, empty.paybackYear]).toEqual(["0.00", 0]);
  });

  it.each([
    [{ oneOffCosts: [{ name: "x", amounts: [8.62] }] }, {}, /oneOffCosts\[0\]\.amounts\[0\] must be Money/],
    [{ runningCosts: [{ name: 5, amounts: [] }] }, {}, /runningCosts\[0\]\.name must be a string/],
    [{ cashableBenefits: [{ name: "x" }] }, {}, /cashableBenefits\[0\]\.amounts must be an array/],
    [{ nonCashableBenefits: "lots" }, {}, /nonCashableBenefits must be an array/],
    [null, {}, /input must be an object/],
    [{}, { optimismBias: -0.1 }, /optimismBias must be a finite number ≥ 0, got -0\.1/],
    [{}, { optimismBias: { running: Number.NaN } }, /optimismBias\.running must be a finite number ≥ 0, got NaN/],
    [{}, { optimismBias: "high" }, /optimismBias must be a share ≥ 0 or \{ oneOff, running \}/],
    [{}, { discountRate: 1.2 }, /discountRate must be a real discount rate in \[0, 1\)/],
  ])("refuses %j with %j, naming the option", (input, options, message) => {
    expect(() => businessCase(input as never, options as never)).toThrow(RangeError);
    expect(() => businessCase(input as never, options as never)).toThrow(message);
  });

  it("leaves its input unchanged", () => {
    const frozen = deepFreeze(structuredClone(tenYears));
    expect(businessCase(frozen, { optimismBias: { oneOff: 0.2 } }).npv).toBe("340289.13");
  });

  const line = fc.record({
    name: fc.string(),
    amounts: fc.array(
      fc.bigInt({ min: 0n, max: 10n ** 9n }).map((p) => fromPence(p)),
      { maxLength: 15 },
    ),
  });
  const caseArb = fc.record({
    oneOffCosts: fc.array(line, { maxLength: 3 }),
    runningCosts: fc.array(line, { maxLength: 3 }),
    cashableBenefits: fc.array(line, { maxLength: 3 }),
    nonCashableBenefits: fc.array(line, { maxLength: 3 }),
  });

  test.prop([caseArb, fc.double({ min: 0, max: 2, noNaN: true })])(
    "reconciles: the yearly present values add up to the NPV, and PV benefits = NPV + PV costs",
    (input, bias) => {
      const out = businessCase(input, { optimismBias: bias });
      expect(sum(out.years.map((year) => year.presentValue))).toBe(out.npv);
      expect(add(out.npv, out.presentValueCosts)).toBe(out.presentValueBenefits);
      expect(out.years.at(-1)?.cumulativeNet).toBe(subtract(out.totalBenefits, out.totalCosts));
    },
  );

  test.prop([caseArb])("at a 0% rate has an NPV equal to total benefits − total costs", (input) => {
    const out = businessCase(input, { discountRate: 0 });
    expect(out.npv).toBe(out.years.at(-1)?.cumulativeNet);
    expect(out.discountedPaybackYear).toBe(out.paybackYear);
  });
});
