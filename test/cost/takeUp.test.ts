import { describe, expect, it } from "vitest";
import { type TakeUpCurve, takeUpShare } from "../../src/cost/index.js";

describe("takeUpShare", () => {
  it("is 0 in the baseline year for every curve", () => {
    for (const curve of [
      { kind: "immediate" },
      { kind: "linear", years: 3 },
      { kind: "s-curve", years: 3 },
      { kind: "series", values: [0.5] },
    ] as TakeUpCurve[]) {
      expect(takeUpShare(curve, 0)).toBe(0);
    }
  });

  it("takes all of the shift from year 1 when immediate", () => {
    expect([1, 2, 10].map((year) => takeUpShare({ kind: "immediate" }, year))).toEqual([1, 1, 1]);
  });

  it("steps evenly when linear and then holds: 1/3, 2/3, 1, 1", () => {
    expect([1, 2, 3, 4].map((year) => takeUpShare({ kind: "linear", years: 3 }, year))).toEqual([1 / 3, 2 / 3, 1, 1]);
  });

  it("follows the smoothstep 3t² − 2t³ when an s-curve: 5/32, 1/2, 27/32, 1 over four years", () => {
    // t = 1/4: 3/16 − 2/64 = 10/64 = 0.15625; t = 3/4: 27/16 ... 3 × 9/16 − 2 × 27/64 = 54/64 = 0.84375
    expect([1, 2, 3, 4, 5].map((year) => takeUpShare({ kind: "s-curve", years: 4 }, year))).toEqual([
      0.15625, 0.5, 0.84375, 1, 1,
    ]);
  });

  it("is slower than linear in the first half of an s-curve and faster in the second", () => {
    const s = (year: number) => takeUpShare({ kind: "s-curve", years: 10 }, year);
    const line = (year: number) => takeUpShare({ kind: "linear", years: 10 }, year);
    expect(s(2) < line(2) && s(8) > line(8)).toBe(true);
  });

  it("reads a series year by year and holds the last value", () => {
    const curve: TakeUpCurve = { kind: "series", values: [0.1, 0.25, 0.4] };
    expect([1, 2, 3, 4, 9].map((year) => takeUpShare(curve, year))).toEqual([0.1, 0.25, 0.4, 0.4, 0.4]);
  });

  it("leaves the curve unchanged", () => {
    const curve = Object.freeze({ kind: "series" as const, values: Object.freeze([0.2, 0.4]) });
    expect(takeUpShare(curve, 2)).toBe(0.4);
  });

  it.each([
    [{ kind: "linear", years: 0 }, 1, /curve\.years must be a whole number ≥ 1, got 0/],
    [{ kind: "s-curve", years: 2.5 }, 1, /curve\.years must be a whole number ≥ 1, got 2\.5/],
    [{ kind: "series", values: [] }, 1, /curve\.values must be a non-empty list of shares/],
    [{ kind: "series", values: [0.5, 1.2] }, 1, /curve\.values\[1\] must be a share in \[0, 1\], got 1\.2/],
    [{ kind: "logistic" }, 1, /curve\.kind must be "immediate", "linear", "s-curve" or "series", got "logistic"/],
    [{ kind: "immediate" }, -1, /year must be a whole number ≥ 0, got -1/],
    [{ kind: "immediate" }, 0.5, /year must be a whole number ≥ 0, got 0\.5/],
  ])("refuses %j in year %j with a RangeError naming the value", (curve, year, message) => {
    expect(() => takeUpShare(curve as TakeUpCurve, year)).toThrow(message);
  });
});
