import { describe, expect, it } from "vitest";
import { sfc32 } from "../../src/synth/index.js";

describe("sfc32", () => {
  it("gives the same sequence for the same seed and a different one for another seed", () => {
    const take = (seed: number) => {
      const next = sfc32(seed);
      return Array.from({ length: 5 }, () => next());
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    expect(take(2 ** 40)).not.toEqual(take(0));
  });

  it("returns numbers in [0, 1) spread evenly over ten bins (χ² below the 0.1% critical value of 27.9, 9 d.f.)", () => {
    const next = sfc32(7);
    const bins = new Array<number>(10).fill(0);
    const n = 100_000;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = next();
      if (!(u >= 0 && u < 1)) outside += 1;
      else bins[Math.floor(u * 10)]! += 1;
    }
    // One assertion for the range, not 100,000: an expect per draw took over 5 s on a loaded machine.
    expect(outside).toBe(0);
    const chi2 = bins.reduce((sum, observed) => sum + (observed - n / 10) ** 2 / (n / 10), 0);
    expect(chi2).toBeLessThan(27.88);
  });

  it("refuses a seed that is not a safe integer, naming it", () => {
    expect(() => sfc32(1.5)).toThrow(new RangeError("seed must be a safe integer, got 1.5"));
    expect(() => sfc32(Number.NaN)).toThrow(RangeError);
  });
});
