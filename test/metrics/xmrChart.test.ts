import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { earlyWarnings, xmrChart } from "../../src/metrics/index.js";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";

/** The signals of each point as `index:rule:direction`, for reading against the hand-worked answer. */
const flagged = (values: number[], options = {}) =>
  xmrChart(values, options).points.flatMap((p) => p.signals.map((s) => `${p.index}:${s.rule}:${s.direction}`));

describe("xmrChart", () => {
  it("finds no signal in a series that only alternates (mean 5.5, moving ranges all 1, limits 2.84 to 8.16)", () => {
    const chart = xmrChart([5, 6, 5, 6, 5, 6, 5, 6]);
    expect(chart.mean).toBe(5.5);
    expect(chart.averageMovingRange).toBe(1);
    expect(chart.upperProcessLimit).toBeCloseTo(8.16, 12);
    expect(chart.lowerProcessLimit).toBeCloseTo(2.84, 12);
    expect(chart.upperRangeLimit).toBeCloseTo(3.267, 12);
    expect(chart.points.every((p) => p.signals.length === 0)).toBe(true);
  });

  it("flags every point of a run of 7 above the mean as a shift (mean 55/13, moving ranges 14/12)", () => {
    const values = [3, 5, 3, 5, 3, 5, 5, 5, 5, 5, 5, 5, 1];
    const chart = xmrChart(values, { improvement: "increase" });
    expect(chart.mean).toBeCloseTo(55 / 13, 12);
    expect(chart.averageMovingRange).toBeCloseTo(14 / 12, 12);
    expect(chart.lowerProcessLimit).toBeCloseTo(55 / 13 - 2.66 * (14 / 12), 12);
    // lower limit 55/13 − 2.66 × 14/12 = 1.13, so the last point, 1, is outside it
    expect(flagged(values)).toEqual([...[5, 6, 7, 8, 9, 10, 11].map((i) => `${i}:shift:up`), "12:outside-limits:down"]);
    expect(chart.points[5]!.signals).toEqual([{ rule: "shift", direction: "up", meaning: "improvement" }]);
  });

  it("does not call a run of 6 a shift, and does with shiftLength 6", () => {
    const values = [3, 5, 3, 5, 3, 5, 3, 5, 5, 5, 5, 5, 5, 1];
    expect(flagged(values).filter((f) => f.includes("shift"))).toEqual([]);
    expect(flagged(values, { shiftLength: 6 })).toEqual([7, 8, 9, 10, 11, 12].map((i) => `${i}:shift:up`));
  });

  it("flags 7 rising points as a trend, the ends outside the limits and two of three beyond two sigma at each end", () => {
    // mean 4, moving ranges 1, limits 1.34 and 6.66, two sigma at 2.2267 and 5.7733
    expect(flagged([1, 2, 3, 4, 5, 6, 7]).sort()).toEqual(
      [
        "0:outside-limits:down",
        "0:trend:up",
        "0:two-of-three:down",
        "1:trend:up",
        "1:two-of-three:down",
        "2:trend:up",
        "3:trend:up",
        "4:trend:up",
        "5:trend:up",
        "5:two-of-three:up",
        "6:outside-limits:up",
        "6:trend:up",
        "6:two-of-three:up",
      ].sort(),
    );
  });

  it("does not call 6 rising points a trend", () => {
    expect(flagged([5, 1, 2, 3, 4, 5, 6, 3, 4]).filter((f) => f.includes("trend"))).toEqual([]);
  });

  it("flags two of three beyond two sigma inside the limits (mean 12, limits 6.68 to 17.32, two sigma 15.55)", () => {
    const values = [10, 12, 10, 12, 10, 12, 10, 12, 16, 16];
    const chart = xmrChart(values);
    expect([chart.mean, chart.averageMovingRange]).toEqual([12, 2]);
    expect(flagged(values)).toEqual(["8:two-of-three:up", "9:two-of-three:up"]);
  });

  it("labels a rise as concern when lower is better", () => {
    const chart = xmrChart([10, 12, 10, 12, 10, 12, 10, 12, 16, 16], { improvement: "decrease" });
    expect(chart.points[9]!.signals[0]!.meaning).toBe("concern");
  });

  it("screens moving ranges above the upper range limit only when asked", () => {
    const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 40];
    expect(xmrChart(values).averageMovingRange).toBeCloseTo(38 / 9, 12);
    expect(xmrChart(values, { screenOutliers: true }).averageMovingRange).toBe(1);
  });

  it("gives each phase after a rebase its own mean and limits", () => {
    const chart = xmrChart([1, 2, 1, 2, 10, 11, 10, 11], { rebase: [4] });
    expect(chart.phases.map((p) => [p.start, p.end, p.mean, p.averageMovingRange])).toEqual([
      [0, 4, 1.5, 1],
      [4, 8, 10.5, 1],
    ]);
    expect(chart.points[4]!.movingRange).toBeNull();
    expect(chart.mean).toBe(10.5);
    expect(chart.points.every((p) => p.signals.length === 0)).toBe(true);
  });

  it("judges a target against the limits (10.5 ± 2.66)", () => {
    const values = [10, 11, 10, 11];
    expect(xmrChart(values, { target: 5, improvement: "increase" }).assurance).toBe("pass");
    expect(xmrChart(values, { target: 20, improvement: "increase" }).assurance).toBe("fail");
    expect(xmrChart(values, { target: 10, improvement: "increase" }).assurance).toBe("hit-or-miss");
    expect(xmrChart(values, { target: 20, improvement: "decrease" }).assurance).toBe("pass");
  });

  it("refuses too few values, non-finite values, a target without a direction and bad rebasing", () => {
    expect(() => xmrChart([1])).toThrow(RangeError);
    expect(() => xmrChart([1, Number.NaN])).toThrow(/values\[1\]/);
    expect(() => xmrChart([1, 2], { target: 1 })).toThrow(/improvement/);
    expect(() => xmrChart([1, 2, 3, 4], { rebase: [3] })).toThrow(/rebase/);
    expect(() => xmrChart([1, 2, 3], { shiftLength: 1 })).toThrow(/shiftLength/);
  });

  it("never gives a limit below the mean above it: lower ≤ mean ≤ upper for any series", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 40 }), (xs) => {
        const chart = xmrChart(xs);
        expect(chart.lowerProcessLimit).toBeLessThanOrEqual(chart.mean + 1e-6);
        expect(chart.upperProcessLimit).toBeGreaterThanOrEqual(chart.mean - 1e-6);
      }),
      { numRuns: 100 },
    );
  });

  it("gives a typed outcome for hostile input", () => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => xmrChart(x as never), [x], [RangeError]);
        expectTypedOutcome(() => xmrChart([1, 2, 3], x as never), [x], [RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe("earlyWarnings", () => {
  const weeks = (values: number[]) =>
    values.map((value, i) => ({
      date: `2024-${String(Math.floor(i / 4) + 1).padStart(2, "0")}-0${(i % 4) + 1}`,
      value,
    }));

  it("lists signals newest first across services and flags short series", () => {
    const result = earlyWarnings(
      {
        calls: weeks([5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 30]),
        bins: weeks([10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 16, 16]),
        potholes: weeks([1, 2, 3]),
      },
      { improvement: "decrease" },
    );
    // calls: mean 101/14, limits −0.36 to 14.79; 30 is outside, and the 13 points before it are a shift below the mean.
    // bins: mean 142/12, two sigma above at 15.38; the two 16s are two of three.
    expect(result.warnings.slice(0, 6).map((w) => `${w.date} ${w.service} ${w.rule} ${w.meaning}`)).toEqual([
      "2024-04-02 calls outside-limits concern",
      "2024-04-01 calls shift improvement",
      "2024-03-04 bins two-of-three concern",
      "2024-03-04 calls shift improvement",
      "2024-03-03 bins two-of-three concern",
      "2024-03-03 calls shift improvement",
    ]);
    expect(result.warnings).toHaveLength(16);
    expect(result.warnings[0]).toEqual({
      service: "calls",
      date: "2024-04-02",
      value: 30,
      rule: "outside-limits",
      direction: "up",
      meaning: "concern",
    });
    expect(result.warnings.every((w, i) => i === 0 || w.date <= result.warnings[i - 1]!.date)).toBe(true);
    expect(result.tooShort).toEqual([{ service: "potholes", points: 3 }]);
  });

  it("refuses duplicate dates and a bad minimum", () => {
    expect(() =>
      earlyWarnings({
        a: [
          { date: "2024-01-01", value: 1 },
          { date: "2024-01-01", value: 2 },
        ],
      }),
    ).toThrow(RangeError);
    expect(() => earlyWarnings({}, { minimumPoints: 1 })).toThrow(/minimumPoints/);
  });

  it("gives a typed outcome for hostile input", () => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => earlyWarnings(x as never), [x], [RangeError]);
        expectTypedOutcome(() => earlyWarnings({ a: x } as never), [x], [RangeError]);
        expectTypedOutcome(() => earlyWarnings({}, x as never), [x], [RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
