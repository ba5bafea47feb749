import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { funnelLimits, hotspots } from "../../src/metrics/index.js";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";

/** P(X ≤ k) for X ~ Poisson(mean), summed term by term: independent of the chi-square code. */
function poissonCdf(k: number, mean: number): number {
  let term = Math.exp(-mean);
  let sum = term;
  for (let j = 1; j <= k; j++) {
    term *= mean / j;
    sum += term;
  }
  return sum;
}

describe("funnelLimits", () => {
  it("matches published chi-square table values at E = 10 (χ² 0.975 on 22 df 36.781, 0.025 on 20 df 9.591)", () => {
    const band = funnelLimits(10);
    expect(band.upper).toBeCloseTo(36.781 / 20, 4);
    expect(band.lower).toBeCloseTo(9.591 / 20, 3);
  });

  it("matches published values at 99.8% (χ² 0.999 on 22 df 48.268, 0.001 on 20 df 5.921)", () => {
    const band = funnelLimits(10, { level: 0.998 });
    expect(band.upper).toBeCloseTo(48.268 / 20, 4);
    expect(band.lower).toBeCloseTo(5.921 / 20, 4);
  });

  it("matches the closed form of chi-square on 2 df at E = 1: lower = −ln(0.975)", () => {
    expect(funnelLimits(1).lower).toBeCloseTo(-Math.log(0.975), 12);
    expect(funnelLimits(1, { level: 0.998 }).lower).toBeCloseTo(-Math.log(0.999), 12);
  });

  it("puts the upper limit, for a whole E = k, at the Poisson mean with P(X ≤ k) = 2.5% (summed directly)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (k) => {
        const mean = funnelLimits(k).upper * k;
        expect(poissonCdf(k, mean)).toBeCloseTo(0.025, 9);
      }),
      { numRuns: 100 },
    );
  });

  it("narrows as the expected count grows: a funnel", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 1e5, noNaN: true }),
        fc.double({ min: 1.01, max: 10, noNaN: true }),
        (e, k) => {
          const small = funnelLimits(e);
          const large = funnelLimits(e * k);
          expect(large.upper).toBeLessThanOrEqual(small.upper);
          expect(large.lower).toBeGreaterThanOrEqual(small.lower);
          expect(small.lower).toBeLessThan(1);
          expect(small.upper).toBeGreaterThan(1);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("refuses a non-positive expected count and a level outside (0, 1)", () => {
    expect(() => funnelLimits(0)).toThrow(RangeError);
    expect(() => funnelLimits(-3)).toThrow(/expected/);
    expect(() => funnelLimits(5, { level: 1 })).toThrow(/level/);
  });

  it("gives a typed outcome for hostile input", () => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => funnelLimits(x as never), [x], [RangeError]);
        expectTypedOutcome(() => funnelLimits(4, x as never), [x], [RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe("hotspots", () => {
  const wards = {
    Abbey: { observed: 60, exposure: 5000 },
    Castle: { observed: 24, exposure: 5000 },
    Mill: { observed: 26, exposure: 5000 },
  };

  it("finds the ward above the borough rate, with its exact Poisson p-value", () => {
    const result = hotspots(wards, "pooled");
    expect(result.rate).toBeCloseTo(110 / 15000, 15);
    expect(result.hotspots).toHaveLength(1);
    const abbey = result.hotspots[0]!;
    expect(abbey.area).toBe("Abbey");
    expect(abbey.expected).toBeCloseTo(110 / 3, 12);
    // P(X ≥ 60) for X ~ Poisson(110/3), summed directly, doubled
    expect(abbey.pValue).toBeCloseTo(2 * (1 - poissonCdf(59, 110 / 3)), 10);
    expect(abbey.upper).toBeCloseTo(funnelLimits(110 / 3, { level: 0.998 }).upper, 15);
  });

  it("finds a ward below a given rate at the lower limit", () => {
    const result = hotspots({ Low: { observed: 2, exposure: 1000 } }, 0.02, { level: 0.95 });
    expect(result.hotspots.map((h) => [h.area, h.limit])).toEqual([["Low", "lower"]]);
    expect(result.hotspots[0]!.pValue).toBeCloseTo(2 * poissonCdf(2, 20), 10);
  });

  it("estimates overdispersion from the z-scores (φ = mean z² = 7.44 for three wards) and widens the limits", () => {
    const z = [60, 24, 26].map((o) => (o / (110 / 3) - 1) * Math.sqrt(110 / 3));
    const result = hotspots(wards, "pooled", { overdispersion: true });
    expect(result.overdispersion).toBeCloseTo((z[0]! ** 2 + z[1]! ** 2 + z[2]! ** 2) / 3, 10);
    expect(result.hotspots).toEqual([]);
  });

  it("winsorises the z-scores at 10% and 90% with ten or more areas", () => {
    const areas = Object.fromEntries(
      [10, 10, 10, 10, 10, 10, 10, 10, 10, 100].map((observed, i) => [`w${i}`, { observed, exposure: 1 }]),
    );
    const result = hotspots(areas, 10, { overdispersion: true });
    // z = 0 for nine wards and 90/√10 for one; winsorised to the 90th percentile (0), φ = 0 → no inflation
    expect(result.overdispersion).toBe(1);
    expect(result.hotspots.map((h) => h.area)).toEqual(["w9"]);
  });

  it("refuses a bad count, exposure, baseline or option", () => {
    expect(() => hotspots({ a: { observed: 1.5, exposure: 1 } }, 1)).toThrow(/observed/);
    expect(() => hotspots({ a: { observed: 1, exposure: 0 } }, 1)).toThrow(/exposure/);
    expect(() => hotspots({ a: { observed: 0, exposure: 1 } }, "pooled")).toThrow(/baseline/);
    expect(() => hotspots(wards, 1, { overdispersion: "yes" as never })).toThrow(/overdispersion/);
  });

  it("gives a typed outcome for hostile input", () => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => hotspots(x as never, 1), [x], [RangeError]);
        expectTypedOutcome(() => hotspots(wards, x as never), [x], [RangeError]);
        expectTypedOutcome(() => hotspots(wards, 0.01, x as never), [x], [RangeError]);
        expectTypedOutcome(() => hotspots({ a: x } as never, 0.01), [x], [RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
