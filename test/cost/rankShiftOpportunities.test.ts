import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { rankShiftOpportunities, type ShiftCandidate, SOCITM_2012_UNIT_COSTS } from "../../src/cost/index.js";
import { compare } from "../../src/money/index.js";
import { channel, deepFreeze, unitCostTableArb } from "./helpers.js";

const candidates: ShiftCandidate[] = [
  {
    serviceId: "homelessness-advice",
    from: "face-to-face",
    to: "web-form",
    volume: 5_000,
    suitability: 0.2,
    appetite: 0.3,
  },
  { serviceId: "council-tax", from: "telephone", to: "web-form", volume: 120_000, suitability: 0.8, appetite: 0.6 },
  { serviceId: "missed-bin", from: "telephone", to: "web-form", volume: 40_000, suitability: 0.9, appetite: 0.7 },
  { serviceId: "benefits", from: "telephone", to: "email", volume: 90_000, suitability: 0.5, appetite: 0.5 },
];

describe("rankShiftOpportunities", () => {
  const ranked = rankShiftOpportunities(candidates, SOCITM_2012_UNIT_COSTS);

  it("ranks by volume × unit-cost gap × suitability × appetite (worked by hand)", () => {
    // council-tax 120,000 × 2.68 × 0.8 × 0.6 = 154,368; missed-bin 40,000 × 2.68 × 0.9 × 0.7 = 67,536;
    // homelessness 5,000 × (8.62 − 0.15 = 8.47) × 0.2 × 0.3 = 2,541; benefits: email has no unit cost.
    expect(ranked.map((r) => [r.rank, r.serviceId, r.unitCostGap, r.score])).toEqual([
      [1, "council-tax", "2.68", "154368.00"],
      [2, "missed-bin", "2.68", "67536.00"],
      [3, "homelessness-advice", "8.47", "2541.00"],
      [4, "benefits", null, null],
    ]);
  });

  it("explains each score in words and numbers", () => {
    expect(ranked[0]?.explanation).toBe(
      "council-tax: 120,000 telephone contacts a year × £2.68 cheaper by web-form (£2.83 − £0.15) × suitability 0.8 × appetite 0.6 = £154,368.00 a year",
    );
    expect(ranked[3]?.explanation).toBe(
      "benefits: 90,000 telephone contacts a year, but email has no unit cost, so it is uncosted and ranked last",
    );
  });

  it("keeps the candidate's fields beside its rank", () => {
    expect(ranked[1]).toMatchObject(candidates[2]!);
  });

  it("scores a shift to a dearer channel below zero, and shows sub-penny gaps to four places", () => {
    const [dearer] = rankShiftOpportunities(
      [{ serviceId: "x", from: "web-form", to: "telephone", volume: 10, suitability: 1, appetite: 1 }],
      SOCITM_2012_UNIT_COSTS,
    );
    expect([dearer?.unitCostGap, dearer?.score]).toEqual(["-2.68", "-26.80"]);
    expect(dearer?.explanation).toContain("× £2.68 dearer by telephone");
    const [fine] = rankShiftOpportunities(
      [{ serviceId: "y", from: "email", to: "web-form", volume: 3, suitability: 1, appetite: 1 }],
      { email: "1/3", "web-form": "0" },
    );
    expect(fine?.explanation).toBe(
      "y: 3 email contacts a year × £0.3333 cheaper by web-form (£0.3333 − £0.00) × suitability 1 × appetite 1 = £1.00 a year",
    );
  });

  it("keeps the given order for equal scores", () => {
    const same = rankShiftOpportunities(
      [
        { serviceId: "b", from: "telephone", to: "web-form", volume: 1, suitability: 1, appetite: 1 },
        { serviceId: "a", from: "telephone", to: "web-form", volume: 1, suitability: 1, appetite: 1 },
      ],
      SOCITM_2012_UNIT_COSTS,
    );
    expect(same.map((r) => r.serviceId)).toEqual(["b", "a"]);
  });

  it.each([
    [{ volume: -1 }, /candidates\[0\]\.volume must be a finite number ≥ 0, got -1/],
    [{ suitability: 1.1 }, /candidates\[0\]\.suitability must be a share in \[0, 1\], got 1\.1/],
    [{ appetite: Number.NaN }, /candidates\[0\]\.appetite must be a share in \[0, 1\], got NaN/],
    [{ from: "owl" }, /candidates\[0\]\.from must be a channel code/],
  ])("refuses %j with a RangeError naming the field", (change, message) => {
    expect(() =>
      rankShiftOpportunities([{ ...candidates[1]!, ...change } as ShiftCandidate], SOCITM_2012_UNIT_COSTS),
    ).toThrow(message);
  });

  it("leaves the candidates unchanged", () => {
    expect(rankShiftOpportunities(deepFreeze(candidates.map((c) => ({ ...c }))), SOCITM_2012_UNIT_COSTS)).toHaveLength(
      4,
    );
  });

  const candidateArb = fc.record({
    serviceId: fc.string(),
    from: channel,
    to: channel,
    volume: fc.integer({ min: 0, max: 1_000_000 }),
    suitability: fc.double({ min: 0, max: 1, noNaN: true }),
    appetite: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  test.prop([fc.array(candidateArb, { maxLength: 20 }), unitCostTableArb])(
    "ranks every candidate once, scores descending, uncosted last",
    (list, costs) => {
      const out = rankShiftOpportunities(list, costs);
      expect(out.map((r) => r.rank)).toEqual(list.map((_, i) => i + 1));
      const scores = out.map((r) => r.score);
      const firstNull = scores.indexOf(null);
      if (firstNull >= 0) expect(scores.slice(firstNull).every((s) => s === null)).toBe(true);
      const costed = scores.filter((s): s is NonNullable<typeof s> => s !== null);
      costed.slice(1).forEach((score, i) => {
        expect(compare(costed[i]!, score)).toBeGreaterThanOrEqual(0);
      });
    },
  );
});
