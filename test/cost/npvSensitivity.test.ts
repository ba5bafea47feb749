import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type BusinessCaseInput, businessCase, npvSensitivity } from "../../src/cost/index.js";
import { fromPence, type Money, money, toPence } from "../../src/money/index.js";
import { deepFreeze } from "./helpers.js";

const m = money;
const tenYears = (amount: string): Money[] => [m("0"), ...Array<Money>(10).fill(m(amount))];
// −£500,000 now; support £50,000 and posts £150,000 a year for ten years. Annuity factor at 3.5%:
// 8.3166053226. NPV = −500,000 − 415,830.2661 + 1,247,490.7984 = 331,660.5323 → £331,660.53.
const input: BusinessCaseInput = {
  oneOffCosts: [{ name: "platform", amounts: [m("500000")] }],
  runningCosts: [{ name: "support", amounts: tenYears("50000") }],
  cashableBenefits: [{ name: "posts released", amounts: tenYears("150000") }],
};

describe("npvSensitivity", () => {
  const result = npvSensitivity(input);

  it("moves each line ±20% by default and ranks the inputs by swing, widest first", () => {
    expect(result.npv).toBe("331660.53");
    expect(result.change).toBe(0.2);
    expect(result.rows.map((row) => [row.input, row.kind])).toEqual([
      ["posts released", "cashable benefit"],
      ["platform", "one-off cost"],
      ["support", "running cost"],
      ["discount rate", "discount rate"],
    ]);
  });

  it("gives the NPV at each end, worked by hand", () => {
    // posts ±20%: ∓ 0.2 × 1,247,490.7984 = ∓ 249,498.1597 → 82,162.37 and 581,158.69
    expect(result.rows[0]).toMatchObject({
      lowLabel: "-20%",
      highLabel: "+20%",
      npvLow: "82162.37",
      npvHigh: "581158.69",
      swing: "498996.32",
    });
    // platform ±20%: ± 100,000 → 431,660.53 and 231,660.53
    expect(result.rows[1]).toMatchObject({ npvLow: "431660.53", npvHigh: "231660.53", swing: "200000.00" });
    // support ±20%: ± 0.2 × 415,830.2661 = 83,166.0532 → 414,826.59 and 248,494.48
    expect(result.rows[2]).toMatchObject({ npvLow: "414826.59", npvHigh: "248494.48" });
  });

  it("gives each line its switching value: the change that brings the NPV to zero", () => {
    // posts: −331,660.5323 ÷ 1,247,490.7984 = −0.265862; platform: +331,660.5323 ÷ 500,000 = +0.663321;
    // support: +331,660.5323 ÷ 415,830.2661 = +0.797586
    expect(result.rows[0]?.switchingValue).toBeCloseTo(-0.265862, 6);
    expect(result.rows[1]?.switchingValue).toBeCloseTo(0.663321, 6);
    expect(result.rows[2]?.switchingValue).toBeCloseTo(0.797586, 6);
    expect(result.rows[3]?.switchingValue).toBeNull();
  });

  it("tries the discount rate ± the same share of itself: 2.8% and 4.2%", () => {
    const rate = result.rows[3]!;
    expect([rate.lowLabel, rate.highLabel]).toEqual(["2.8%", "4.2%"]);
    expect(rate.npvLow).toBe(businessCase(input, { discountRate: 0.028 }).npv);
    expect(rate.npvHigh).toBe(businessCase(input, { discountRate: 0.042 }).npv);
  });

  it("takes the discount rates given, the change given, and adds a row for optimism bias when there is one", () => {
    const custom = npvSensitivity(input, { change: 0.1, discountRates: [0.015, 0.05], optimismBias: { oneOff: 0.5 } });
    const rows = Object.fromEntries(custom.rows.map((row) => [row.input, row]));
    expect([rows["discount rate"]?.lowLabel, rows["discount rate"]?.highLabel]).toEqual(["1.5%", "5%"]);
    expect(rows["optimism bias"]).toMatchObject({
      kind: "optimism bias",
      lowLabel: "-10%",
      highLabel: "+10%",
      switchingValue: null,
    });
    // optimism bias 0.45 and 0.55 on £500,000: costs £725,000 and £775,000, NPV ± 25,000 around base
    expect(toPence(rows["optimism bias"]!.npvLow) - toPence(rows["optimism bias"]!.npvHigh)).toBe(5_000_000n);
    // with +50% on the platform, its switching value is NPV ÷ 750,000 (the exact NPV, so to 6 places)
    const base = businessCase(input, { optimismBias: { oneOff: 0.5 } }).npv;
    expect(rows.platform?.switchingValue).toBeCloseTo(Number(base) / 750_000, 6);
  });

  it("has no discount-rate row for a schedule unless rates are given", () => {
    const schedule = npvSensitivity(input, { discountRate: [{ fromYear: 0, rate: 0.035 }] });
    expect(schedule.rows.map((row) => row.input)).not.toContain("discount rate");
  });

  it("gives a non-cashable line left out of the NPV no swing and no switching value", () => {
    const out = npvSensitivity(
      { ...input, nonCashableBenefits: [{ name: "time", amounts: tenYears("1000") }] },
      { includeNonCashable: false },
    );
    expect(out.rows.find((row) => row.input === "time")).toMatchObject({ swing: "0.00", switchingValue: null });
  });

  it.each([[0], [1.5], [-0.2], [Number.NaN]])("refuses change = %j", (change) => {
    expect(() => npvSensitivity(input, { change })).toThrow(/change must be a share in/);
  });

  it("leaves its input unchanged", () => {
    expect(npvSensitivity(deepFreeze(structuredClone(input))).npv).toBe("331660.53");
  });

  test.prop([
    fc.bigInt({ min: 1n, max: 10n ** 9n }),
    fc.bigInt({ min: 1n, max: 10n ** 9n }),
    fc.integer({ min: 1, max: 12 }),
  ])(
    "switching values switch: scaling the line by (1 + switching value) brings the NPV to within a penny a year of zero",
    (cost, benefit, years) => {
      const flows: BusinessCaseInput = {
        oneOffCosts: [{ name: "cost", amounts: [fromPence(cost)] }],
        cashableBenefits: [{ name: "benefit", amounts: [m("0"), ...Array<Money>(years).fill(fromPence(benefit))] }],
      };
      const row = npvSensitivity(flows).rows.find((r) => r.input === "benefit")!;
      const scale = 1 + row.switchingValue!;
      const scaled = flows.cashableBenefits![0]!.amounts.map((amount) =>
        fromPence(BigInt(Math.round(Number(toPence(amount)) * scale))),
      );
      const npv = toPence(businessCase({ ...flows, cashableBenefits: [{ name: "benefit", amounts: scaled }] }).npv);
      const slack = BigInt(years + 1) + (cost + benefit * BigInt(years)) / 10n ** 12n;
      expect(npv >= -slack && npv <= slack).toBe(true);
    },
  );
});
