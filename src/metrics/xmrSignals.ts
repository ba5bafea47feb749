/**
 * The special-cause rules of an XmR chart, as NHS England's "Making Data Count" states them: a point outside the
 * process limits; a shift (a run of points all above or all below the mean); a trend (a run of points each higher,
 * or each lower, than the one before); two of three consecutive points beyond two sigma on the same side.
 *
 * @example
 * ```ts
 * import { XMR_RULES } from "council-contact/metrics";
 * XMR_RULES //=> ["outside-limits", "shift", "trend", "two-of-three"]
 * ```
 */
export const XMR_RULES = ["outside-limits", "shift", "trend", "two-of-three"] as const;

/**
 * One of {@link XMR_RULES}.
 *
 * @example
 * ```ts
 * import type { XmrRule } from "council-contact/metrics";
 * const rule: XmrRule = "shift";
 * rule //=> "shift"
 * ```
 */
export type XmrRule = (typeof XMR_RULES)[number];

/**
 * A special-cause signal on a point: the rule, which way (`up`: above the mean, or rising; `down`: below, or
 * falling), and what it means given the direction of improvement (`neither` when none was given).
 *
 * @example
 * ```ts
 * import type { XmrSignal } from "council-contact/metrics";
 * const signal: XmrSignal = { rule: "outside-limits", direction: "up", meaning: "concern" };
 * signal.meaning //=> "concern"
 * ```
 */
export interface XmrSignal {
  /** The rule that fired. */
  readonly rule: XmrRule;
  /** `up` (above the mean, or rising) or `down`. */
  readonly direction: "up" | "down";
  /** `improvement` or `concern` given the chart's `improvement` option; `neither` without one. */
  readonly meaning: "improvement" | "concern" | "neither";
}

/** One phase's centre and limits, for the signal rules. */
export interface PhaseLimits {
  readonly mean: number;
  readonly upper: number;
  readonly lower: number;
  /** Two sigma above and below the mean: two thirds of the way to the limits. */
  readonly upperTwoSigma: number;
  readonly lowerTwoSigma: number;
}

/** The rules' run lengths. */
export interface RunLengths {
  readonly shift: number;
  readonly trend: number;
}

type Raw = { rule: XmrRule; direction: "up" | "down" };

/**
 * The signals of each point of one phase (values `from` up to `to`), every point of a qualifying run flagged.
 * A point on the mean breaks a shift; an equal neighbour breaks a trend.
 */
export function phaseSignals(values: readonly number[], limits: PhaseLimits, runs: RunLengths): Raw[][] {
  const n = values.length;
  const out: Raw[][] = values.map(() => []);
  const flag = (i: number, rule: XmrRule, direction: "up" | "down"): void => {
    if (!out[i]!.some((s) => s.rule === rule && s.direction === direction)) out[i]!.push({ rule, direction });
  };
  for (let i = 0; i < n; i++) {
    if (values[i]! > limits.upper) flag(i, "outside-limits", "up");
    else if (values[i]! < limits.lower) flag(i, "outside-limits", "down");
  }
  const side = (i: number): number => Math.sign(values[i]! - limits.mean);
  const step = (i: number): number => Math.sign(values[i]! - values[i - 1]!);
  flagRuns(n, 0, side, runs.shift, (i, s) => flag(i, "shift", s > 0 ? "up" : "down"));
  // A trend of k points is k − 1 steps the same way; a step's sign belongs to the point it ends on.
  flagRuns(n, 1, step, runs.trend - 1, (i, s, start) => {
    if (i === start) flag(i - 1, "trend", s > 0 ? "up" : "down");
    flag(i, "trend", s > 0 ? "up" : "down");
  });
  for (let i = 0; i + 2 < n; i++) {
    for (const [direction, beyond] of [
      ["up", (v: number) => v > limits.upperTwoSigma],
      ["down", (v: number) => v < limits.lowerTwoSigma],
    ] as const) {
      const window = [i, i + 1, i + 2].filter((j) => beyond(values[j]!));
      if (window.length >= 2) for (const j of window) flag(j, "two-of-three", direction);
    }
  }
  return out;
}

/** Calls `mark` for each index of every run of at least `length` equal non-zero signs of `sign(i)`, i from `first`. */
function flagRuns(
  n: number,
  first: number,
  sign: (i: number) => number,
  length: number,
  mark: (i: number, s: number, start: number) => void,
): void {
  let start = first;
  for (let i = first; i <= n; i++) {
    if (i < n && i > start && sign(i) === sign(start)) continue;
    if (start < n && sign(start) !== 0 && i - start >= length)
      for (let j = start; j < i; j++) mark(j, sign(start), start);
    start = i;
  }
}
