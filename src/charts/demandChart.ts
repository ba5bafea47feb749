import { type ChartOptions, frame, readRows, type VegaLiteSpec } from "./VegaLiteSpec.js";

/**
 * A point of a demand series with its XmR centre and limits, for {@link demandChart}: an XmR chart's point with
 * its date, and `signal` the meaning of its special cause (`improvement`, `concern`, `neither`) or `null`.
 *
 * @example
 * ```ts
 * import type { DemandPoint } from "council-contact/charts";
 * const point: DemandPoint = { date: "2024-05-06", value: 412, mean: 380, upperProcessLimit: 450, lowerProcessLimit: 310, signal: null };
 * point.value //=> 412
 * ```
 */
export interface DemandPoint {
  /** The date (ISO `YYYY-MM-DD`). */
  readonly date: string;
  /** Contacts (or any measure) on that date. */
  readonly value: number;
  /** The centre line. */
  readonly mean: number;
  /** The upper process limit. */
  readonly upperProcessLimit: number;
  /** The lower process limit. */
  readonly lowerProcessLimit: number;
  /** The meaning of a special-cause signal on the point, or `null` for common-cause variation. */
  readonly signal: string | null;
}

/**
 * Demand over time as a process-behaviour (XmR) chart: the series, its mean and process limits (dashed), and
 * every point coloured by its variation (grey for common cause, orange for a concern, blue for an improvement, dark grey for a special cause with no direction), as Making
 * Data Count charts do.
 *
 * @param points - the series with its limits and signals, oldest first.
 * @param options - title and size.
 * @returns the Vega-Lite spec.
 * @throws RangeError for a point without a string date, finite numbers, or a string or null signal; or a bad option.
 * @example
 * ```ts
 * import { demandChart } from "council-contact/charts";
 * const spec = demandChart([{ date: "2024-01-01", value: 5, mean: 5, upperProcessLimit: 8, lowerProcessLimit: 2, signal: null }]);
 * (spec.layer as unknown[]).length //=> 5
 * ```
 */
export function demandChart(points: readonly DemandPoint[], options?: ChartOptions): VegaLiteSpec {
  const values = readRows<DemandPoint>(points, "points", {
    date: "string",
    value: "number",
    mean: "number",
    upperProcessLimit: "number",
    lowerProcessLimit: "number",
    signal: "string|null",
  });
  const x = { field: "date", type: "temporal", title: null };
  const limit = (field: string, dash: number[]) => ({
    mark: { type: "line", strokeDash: dash, color: "#888", interpolate: "step-after" },
    encoding: { x, y: { field, type: "quantitative" } },
  });
  return {
    ...frame(options, "Demand with process limits"),
    data: { values },
    layer: [
      limit("upperProcessLimit", [4, 3]),
      limit("lowerProcessLimit", [4, 3]),
      limit("mean", []),
      {
        mark: { type: "line", color: "#1f3a5f" },
        encoding: { x, y: { field: "value", type: "quantitative", title: "Contacts" } },
      },
      {
        transform: [{ calculate: "datum.signal == null ? 'common cause' : datum.signal", as: "variation" }],
        mark: { type: "point", filled: true, size: 50, tooltip: true },
        encoding: {
          x,
          y: { field: "value", type: "quantitative" },
          color: {
            field: "variation",
            type: "nominal",
            title: "Variation",
            scale: {
              domain: ["common cause", "concern", "improvement", "neither"],
              range: ["#a5b1bd", "#ed8b00", "#41b6e6", "#425563"],
            },
          },
        },
      },
    ],
  };
}
