import { messages } from "../core/index.js";
import { phaseSignals, type XmrSignal } from "./xmrSignals.js";

/** The XmR constants: 2.66 = 3 ÷ d2 (d2 = 1.128 for moving ranges of two), and D4 = 3.267. */
const LIMIT_FACTOR = 2.66;
const RANGE_FACTOR = 3.267;

/**
 * Options for {@link xmrChart}.
 *
 * @example
 * ```ts
 * import type { XmrOptions } from "council-contact/metrics";
 * const options: XmrOptions = { improvement: "decrease", target: 0.25, rebase: [12] };
 * options.improvement //=> "decrease"
 * ```
 */
export interface XmrOptions {
  /** Leave moving ranges above the upper range limit out of the mean moving range (as the NHS R package does by default). Default false, as the Making Data Count spreadsheets. */
  readonly screenOutliers?: boolean;
  /** Indices (1 … n − 2, ascending) where a new phase starts, with its own mean and limits: after a change to the process. Default none. */
  readonly rebase?: readonly number[];
  /** Which way is better, to label each signal `improvement` or `concern`, and to judge a target. Default none. */
  readonly improvement?: "increase" | "decrease";
  /** A target to judge the latest phase against; needs `improvement`. */
  readonly target?: number;
  /** Points in a run on one side of the mean that make a shift. Default 7. */
  readonly shiftLength?: number;
  /** Points each rising (or falling) that make a trend. Default 7. */
  readonly trendLength?: number;
}

/**
 * One phase of an XmR chart: its centre line and limits.
 *
 * @example
 * ```ts
 * import { xmrChart, type XmrPhase } from "council-contact/metrics";
 * const phase: XmrPhase = xmrChart([1, 3, 2]).phases[0]!;
 * [phase.start, phase.end, phase.mean, phase.averageMovingRange] //=> [0, 3, 2, 1.5]
 * ```
 */
export interface XmrPhase {
  /** Index of the phase's first point. */
  readonly start: number;
  /** Index after its last point. */
  readonly end: number;
  /** Mean of its values: the centre line. */
  readonly mean: number;
  /** Mean of its moving ranges (screened if asked). */
  readonly averageMovingRange: number;
  /** mean + 2.66 × averageMovingRange. */
  readonly upperProcessLimit: number;
  /** mean − 2.66 × averageMovingRange. */
  readonly lowerProcessLimit: number;
  /** 3.267 × averageMovingRange: the largest moving range expected from common-cause variation. */
  readonly upperRangeLimit: number;
}

/**
 * One point of an XmR chart.
 *
 * @example
 * ```ts
 * import { xmrChart, type XmrPoint } from "council-contact/metrics";
 * const point: XmrPoint = xmrChart([1, 3, 2]).points[1]!;
 * [point.value, point.movingRange, point.signals] //=> [3, 2, []]
 * ```
 */
export interface XmrPoint {
  /** Its position in the series. */
  readonly index: number;
  /** Its value. */
  readonly value: number;
  /** |value − previous value| within its phase; `null` for a phase's first point. */
  readonly movingRange: number | null;
  /** Its phase's mean. */
  readonly mean: number;
  /** Its phase's upper process limit. */
  readonly upperProcessLimit: number;
  /** Its phase's lower process limit. */
  readonly lowerProcessLimit: number;
  /** The special-cause signals on it; empty for common-cause variation. */
  readonly signals: readonly XmrSignal[];
}

/**
 * An XmR chart: the latest phase's centre and limits at the top, every phase, every point with its signals, and the
 * assurance of the target if one was given.
 *
 * @example
 * ```ts
 * import { xmrChart, type XmrChart } from "council-contact/metrics";
 * const chart: XmrChart = xmrChart([10, 12, 11, 13]);
 * chart.assurance //=> null
 * ```
 */
export interface XmrChart extends Omit<XmrPhase, "start" | "end"> {
  /** Every phase, in order (one unless rebased). */
  readonly phases: readonly XmrPhase[];
  /** Every point, in order. */
  readonly points: readonly XmrPoint[];
  /** Against the target, in the latest phase: `pass` (consistently passes: both limits on the good side), `fail` (consistently fails), `hit-or-miss` (the target lies between the limits); `null` without a target. */
  readonly assurance: "pass" | "fail" | "hit-or-miss" | null;
}

function runLength(value: unknown, name: string): number {
  if (value === undefined) return 7;
  if (!Number.isSafeInteger(value) || (value as number) < 2)
    throw new RangeError(messages.mustBe(name, "a whole number ≥ 2", value));
  return value as number;
}

function readOptions(values: readonly number[], options: XmrOptions) {
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  if (!Array.isArray(values) || values.length < 2)
    throw new RangeError(messages.mustBe("values", "an array of at least 2 finite numbers", values));
  values.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v))
      throw new RangeError(messages.mustBe(`values[${i}]`, "a finite number", v));
  });
  const { screenOutliers = false, rebase = [], improvement, target } = options;
  if (typeof screenOutliers !== "boolean")
    throw new RangeError(messages.mustBe("options.screenOutliers", "a boolean", screenOutliers));
  if (improvement !== undefined && improvement !== "increase" && improvement !== "decrease")
    throw new RangeError(messages.oneOf("options.improvement", ["increase", "decrease"], improvement));
  if (target !== undefined && (typeof target !== "number" || !Number.isFinite(target)))
    throw new RangeError(messages.mustBe("options.target", "a finite number", target));
  if (target !== undefined && improvement === undefined)
    throw new RangeError(
      messages.mustBe("options.improvement", "increase or decrease when a target is given", improvement),
    );
  if (!Array.isArray(rebase)) throw new RangeError(messages.mustBe("options.rebase", "an array of indices", rebase));
  const starts = [0, ...rebase, values.length];
  for (let i = 1; i < starts.length; i++)
    if (!Number.isSafeInteger(starts[i]) || starts[i]! - starts[i - 1]! < 2)
      throw new RangeError(
        messages.mustBe(
          "options.rebase",
          `ascending indices leaving each phase at least 2 of the ${values.length} points`,
          rebase,
        ),
      );
  const runs = {
    shift: runLength(options.shiftLength, "options.shiftLength"),
    trend: runLength(options.trendLength, "options.trendLength"),
  };
  return { screenOutliers, starts, improvement, target, runs };
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

function phaseOf(values: readonly number[], start: number, end: number, screen: boolean): XmrPhase {
  const slice = values.slice(start, end);
  const ranges = slice.slice(1).map((v, i) => Math.abs(v - slice[i]!));
  let averageMovingRange = mean(ranges);
  if (screen) {
    const kept = ranges.filter((r) => r <= RANGE_FACTOR * averageMovingRange);
    averageMovingRange = mean(kept);
  }
  const centre = mean(slice);
  return {
    start,
    end,
    mean: centre,
    averageMovingRange,
    upperProcessLimit: centre + LIMIT_FACTOR * averageMovingRange,
    lowerProcessLimit: centre - LIMIT_FACTOR * averageMovingRange,
    upperRangeLimit: RANGE_FACTOR * averageMovingRange,
  };
}

/**
 * An XmR (individuals and moving range) process-behaviour chart, as NHS England's "Making Data Count" draws it: the
 * mean, the mean moving range, process limits at mean ± 2.66 × the mean moving range and the upper range limit at
 * 3.267 × it; every point's special-cause signals (outside the limits; a shift of 7 on one side of the mean; a trend
 * of 7 rising or falling; two of three beyond two sigma on one side), each labelled improvement or concern when the
 * direction of improvement is given; phases after rebasing; and the assurance of a target.
 *
 * @param values - the series, oldest first: at least 2 finite numbers (12 or more for limits worth trusting).
 * @param options - outlier screening, rebasing points, direction of improvement, target and run lengths.
 * @returns the chart.
 * @throws RangeError for fewer than 2 values, a value that is not a finite number, or a bad option (named).
 * @example
 * ```ts
 * import { xmrChart } from "council-contact/metrics";
 * const chart = xmrChart([10, 12, 11, 13, 12, 30], { improvement: "decrease" });
 * [chart.mean, chart.averageMovingRange, chart.upperProcessLimit] //=> [14.666666666666666, 4.8, 27.434666666666665]
 * chart.points[5]!.signals //=> [{ rule: "outside-limits", direction: "up", meaning: "concern" }]
 * xmrChart([1]) //=> throws RangeError
 * ```
 */
export function xmrChart(values: readonly number[], options: XmrOptions = {}): XmrChart {
  const { screenOutliers, starts, improvement, target, runs } = readOptions(values, options);
  const phases = starts.slice(1).map((end, i) => phaseOf(values, starts[i]!, end, screenOutliers));
  const meaning = (direction: "up" | "down"): XmrSignal["meaning"] =>
    improvement === undefined
      ? "neither"
      : (direction === "up") === (improvement === "increase")
        ? "improvement"
        : "concern";
  const points = phases.flatMap((phase) => {
    const slice = values.slice(phase.start, phase.end);
    const twoSigma = ((phase.upperProcessLimit - phase.mean) * 2) / 3;
    const signals = phaseSignals(
      slice,
      {
        mean: phase.mean,
        upper: phase.upperProcessLimit,
        lower: phase.lowerProcessLimit,
        upperTwoSigma: phase.mean + twoSigma,
        lowerTwoSigma: phase.mean - twoSigma,
      },
      runs,
    );
    return slice.map((value, i) => ({
      index: phase.start + i,
      value,
      movingRange: i === 0 ? null : Math.abs(value - slice[i - 1]!),
      mean: phase.mean,
      upperProcessLimit: phase.upperProcessLimit,
      lowerProcessLimit: phase.lowerProcessLimit,
      signals: signals[i]!.map((s) => ({ ...s, meaning: meaning(s.direction) })),
    }));
  });
  const latest = phases[phases.length - 1]!;
  const { start: _start, end: _end, ...centre } = latest;
  return { ...centre, phases, points, assurance: assurance(latest, target, improvement) };
}

function assurance(phase: XmrPhase, target: number | undefined, improvement: "increase" | "decrease" | undefined) {
  if (target === undefined) return null;
  const good = (v: number): boolean => (improvement === "increase" ? v >= target : v <= target);
  if (good(phase.lowerProcessLimit) && good(phase.upperProcessLimit)) return "pass";
  if (!good(phase.lowerProcessLimit) && !good(phase.upperProcessLimit)) return "fail";
  return "hit-or-miss";
}
