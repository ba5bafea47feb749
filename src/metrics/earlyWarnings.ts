import { messages } from "../core/index.js";
import { type XmrOptions, xmrChart } from "./xmrChart.js";
import type { XmrRule, XmrSignal } from "./xmrSignals.js";

/**
 * A point of a series for {@link earlyWarnings}: a date (or any sortable label, such as `2024-05` or `2024-W19`)
 * and its value.
 *
 * @example
 * ```ts
 * import type { DatedValue } from "council-contact/metrics";
 * const week: DatedValue = { date: "2024-05-06", value: 412 };
 * week.value //=> 412
 * ```
 */
export interface DatedValue {
  /** When: ISO dates or months sort in time order. */
  readonly date: string;
  /** The value: contacts, a rate, a cost. */
  readonly value: number;
}

/**
 * Options for {@link earlyWarnings}: the chart's options (which way is better, run lengths, screening) and how
 * many points a series needs before its limits are trusted.
 *
 * @example
 * ```ts
 * import type { EarlyWarningOptions } from "council-contact/metrics";
 * const options: EarlyWarningOptions = { improvement: "decrease", minimumPoints: 15 };
 * options.minimumPoints //=> 15
 * ```
 */
export interface EarlyWarningOptions extends Omit<XmrOptions, "rebase" | "target"> {
  /** Points a series needs to be charted. Default 12: fewer give limits too uncertain to act on. */
  readonly minimumPoints?: number;
}

/**
 * A special-cause signal in one service's series.
 *
 * @example
 * ```ts
 * import type { EarlyWarning } from "council-contact/metrics";
 * const warning: EarlyWarning = { service: "missed-bin", date: "2024-05-06", value: 612, rule: "outside-limits", direction: "up", meaning: "concern" };
 * warning.rule //=> "outside-limits"
 * ```
 */
export interface EarlyWarning extends XmrSignal {
  /** The series it is in. */
  readonly service: string;
  /** The point's date. */
  readonly date: string;
  /** The point's value. */
  readonly value: number;
  /** The rule that fired. */
  readonly rule: XmrRule;
}

/**
 * A series too short to chart, in {@link EarlyWarnings}.
 *
 * @example
 * ```ts
 * import type { ShortSeries } from "council-contact/metrics";
 * const short: ShortSeries = { service: "potholes", points: 5 };
 * short.points //=> 5
 * ```
 */
export interface ShortSeries {
  /** The series. */
  readonly service: string;
  /** Its points: fewer than the minimum. */
  readonly points: number;
}

/**
 * The early warnings across services, and the series too short to chart.
 *
 * @example
 * ```ts
 * import type { EarlyWarnings } from "council-contact/metrics";
 * const none: EarlyWarnings = { warnings: [], tooShort: [{ service: "potholes", points: 5 }] };
 * none.tooShort[0]!.points //=> 5
 * ```
 */
export interface EarlyWarnings {
  /** Every signal, newest first (then by service and rule). */
  readonly warnings: readonly EarlyWarning[];
  /** Series with fewer points than `minimumPoints`: not charted, rather than charted with untrustworthy limits. */
  readonly tooShort: readonly ShortSeries[];
}

/**
 * Early warning of service issues: an XmR chart of each service's series (weekly missed-bin reports, daily calls),
 * and the special-cause signals across all of them with their dates, service and rule, newest first. A series with
 * fewer than 12 points is listed in `tooShort`, not charted.
 *
 * @param seriesByService - each service's series, oldest first (it is sorted by date).
 * @param options - which way is better (to label signals improvement or concern), run lengths, screening, minimum points.
 * @returns the warnings and the series too short to chart.
 * @throws RangeError for a series that is not an array of `{ date, value }` with distinct string dates and finite
 *   values, or a bad option.
 * @example
 * ```ts
 * import { earlyWarnings } from "council-contact/metrics";
 * const weeks = (values: number[]) => values.map((value, i) => ({ date: `2024-W${String(i + 1).padStart(2, "0")}`, value }));
 * const result = earlyWarnings(
 *   { "missed-bin": weeks([40, 42, 41, 43, 40, 42, 90, 41, 43, 40, 42, 41]), potholes: weeks([5, 6]) },
 *   { improvement: "decrease" },
 * );
 * result.warnings //=> [{ service: "missed-bin", date: "2024-W07", value: 90, rule: "outside-limits", direction: "up", meaning: "concern" }]
 * result.tooShort //=> [{ service: "potholes", points: 2 }]
 * ```
 */
export function earlyWarnings(
  seriesByService: Readonly<Record<string, readonly DatedValue[]>>,
  options: EarlyWarningOptions = {},
): EarlyWarnings {
  if (typeof seriesByService !== "object" || seriesByService === null || Array.isArray(seriesByService))
    throw new RangeError(messages.mustBe("seriesByService", "an object of series by service", seriesByService));
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  const { minimumPoints = 12, ...chartOptions } = options;
  if (!Number.isSafeInteger(minimumPoints) || minimumPoints < 2)
    throw new RangeError(messages.mustBe("options.minimumPoints", "a whole number ≥ 2", minimumPoints));
  const warnings: EarlyWarning[] = [];
  const tooShort: { service: string; points: number }[] = [];
  for (const service of Object.keys(seriesByService).sort()) {
    const series = seriesByService[service];
    const name = `seriesByService[${JSON.stringify(service)}]`;
    if (!Array.isArray(series)) throw new RangeError(messages.mustBe(name, "an array of { date, value }", series));
    for (const point of series)
      if (typeof point !== "object" || point === null || typeof point.date !== "string")
        throw new RangeError(messages.mustBe(`${name} point`, "{ date: string, value: number }", point));
    const sorted = [...series].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (sorted.some((p, i) => i > 0 && p.date === sorted[i - 1]!.date))
      throw new RangeError(messages.mustBe(name, "a series with distinct dates", series));
    if (sorted.length < minimumPoints) {
      tooShort.push({ service, points: sorted.length });
      continue;
    }
    const chart = xmrChart(
      sorted.map((p) => p.value),
      chartOptions,
    );
    for (const point of chart.points)
      for (const signal of point.signals)
        warnings.push({ service, date: sorted[point.index]!.date, value: point.value, ...signal });
  }
  warnings.sort(
    (a, b) =>
      (a.date > b.date ? -1 : a.date < b.date ? 1 : 0) ||
      (a.service < b.service ? -1 : a.service > b.service ? 1 : 0) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  return { warnings, tooShort };
}
