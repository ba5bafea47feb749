import { type ComparisonPattern, estimateM } from "council-contact/cluster";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** Draws comparison vectors from known m, u and share of matches, grouped into patterns. */
function simulate(m: number[][], u: number[][], proportion: number, pairs: number, seed: number): ComparisonPattern[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const draw = (probabilities: number[]): number => {
    let r = random();
    for (let l = 0; l < probabilities.length; l++) {
      r -= probabilities[l]!;
      if (r < 0) return l + 1;
    }
    return probabilities.length;
  };
  const counts = new Map<string, number>();
  for (let p = 0; p < pairs; p++) {
    const match = random() < proportion;
    const levels = (match ? m : u).map(draw);
    const key = levels.join(",");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ levels: key.split(",").map(Number), count }));
}

// Generous timeouts: these properties resolve hundreds of populations, and the test machines are shared.
describe("estimateM", { timeout: 120_000 }, () => {
  const m = [
    [0.85, 0.1, 0.05],
    [0.9, 0.06, 0.04],
    [0.8, 0.2],
    [0.7, 0.1, 0.05, 0.15],
    [0.92, 0.08],
  ];
  const u = [
    [0.01, 0.04, 0.95],
    [0.02, 0.03, 0.95],
    [0.001, 0.999],
    [0.002, 0.01, 0.05, 0.938],
    [0.05, 0.95],
  ];

  it("recovers known m values within 0.02 from unlabelled vectors", () => {
    const patterns = simulate(m, u, 0.2, 100_000, 7);
    const estimate = estimateM(patterns, u);
    for (let f = 0; f < m.length; f++)
      for (let l = 0; l < m[f]!.length; l++) expect(Math.abs(estimate.m[f]![l]! - m[f]![l]!)).toBeLessThan(0.02);
    expect(estimate.proportion).toBeCloseTo(0.2, 1);
  });

  it("recovers m within 0.02 whatever the share of matches (property over seeds and shares)", () => {
    // Each run simulates enough pairs for 15,000 matches, so that sampling noise in m (σ ≤ 0.004 for
    // any level) stays far inside the 0.02 the law allows: with a fixed 60,000 pairs, a share of 0.1
    // left 6,000 matches and an occasional seed drifted past 0.02 by chance alone.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0.1, max: 0.6, noNaN: true }),
        (seed, share) => {
          const estimate = estimateM(simulate(m, u, share, Math.round(15_000 / share), seed), u);
          return m.every((levels, f) => levels.every((value, l) => Math.abs(estimate.m[f]![l]! - value) < 0.02));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("leaves a field that was never compared at its starting values", () => {
    const estimate = estimateM(
      [
        { levels: [1, 0], count: 10 },
        { levels: [2, 0], count: 90 },
      ],
      [
        [0.1, 0.9],
        [0.5, 0.5],
      ],
      {
        initialM: [
          [0.9, 0.1],
          [0.7, 0.3],
        ],
      },
    );
    expect(estimate.m[1]).toEqual([0.7, 0.3]);
  });

  it("keeps each field's m summing to 1", () => {
    const estimate = estimateM(simulate(m, u, 0.3, 5_000, 3), u);
    for (const levels of estimate.m) expect(levels.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("refuses patterns that do not fit u, and bad options, with a RangeError", () => {
    expect(() =>
      estimateM(
        [{ levels: [1], count: 1 }],
        [
          [0.5, 0.5],
          [0.5, 0.5],
        ],
      ),
    ).toThrow(RangeError);
    expect(() => estimateM([{ levels: [3], count: 1 }], [[0.5, 0.5]])).toThrow(RangeError);
    expect(() => estimateM([], [[0, 1]])).toThrow(RangeError);
    expect(() => estimateM([], [[0.5, 0.5]], { iterations: 0 })).toThrow(/options.iterations/);
  });
});
