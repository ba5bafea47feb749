import { type ChartOptions, frame, readRows, type VegaLiteSpec } from "./VegaLiteSpec.js";

/**
 * Calls forecast and agents required in an interval, for {@link staffingChart}.
 *
 * @example
 * ```ts
 * import type { IntervalStaffing } from "council-contact/charts";
 * const row: IntervalStaffing = { interval: "09:00", calls: 120, agents: 14 };
 * row.agents //=> 14
 * ```
 */
export interface IntervalStaffing {
  /** The interval's start, `HH:MM`. */
  readonly interval: string;
  /** Calls forecast in it. */
  readonly calls: number;
  /** Agents required in it. */
  readonly agents: number;
}

/**
 * Staffing by interval: agents required as bars, calls forecast as a line on its own axis.
 *
 * @param rows - the intervals in order.
 * @param options - title and size.
 * @returns the Vega-Lite spec.
 * @throws RangeError for a malformed row or a bad option.
 * @example
 * ```ts
 * import { staffingChart } from "council-contact/charts";
 * const spec = staffingChart([{ interval: "09:00", calls: 120, agents: 14 }]);
 * (spec.resolve as { scale: { y: string } }).scale.y //=> "independent"
 * ```
 */
export function staffingChart(rows: readonly IntervalStaffing[], options?: ChartOptions): VegaLiteSpec {
  const values = readRows<IntervalStaffing>(rows, "rows", { interval: "string", calls: "number", agents: "number" });
  const x = { field: "interval", type: "ordinal", title: "Interval", sort: null };
  return {
    ...frame(options, "Agents required by interval"),
    data: { values },
    layer: [
      {
        mark: { type: "bar", color: "#41b6e6", tooltip: true },
        encoding: { x, y: { field: "agents", type: "quantitative", title: "Agents" } },
      },
      {
        mark: { type: "line", color: "#1f3a5f", point: true },
        encoding: { x, y: { field: "calls", type: "quantitative", title: "Calls" } },
      },
    ],
    resolve: { scale: { y: "independent" } },
  };
}
