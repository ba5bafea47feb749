import { type ChartOptions, frame, readRows, type VegaLiteSpec } from "./VegaLiteSpec.js";

/**
 * Avoidable contacts of one service for one reason, for {@link avoidableChart}.
 *
 * @example
 * ```ts
 * import type { AvoidableCount } from "council-contact/charts";
 * const row: AvoidableCount = { service: "missed-bin", reason: "progress-chasing", count: 96 };
 * row.count //=> 96
 * ```
 */
export interface AvoidableCount {
  /** The service. */
  readonly service: string;
  /** The avoidable reason. */
  readonly reason: string;
  /** Avoidable contacts. */
  readonly count: number;
}

/**
 * NI 14 by service and reason: a stacked horizontal bar per service, coloured by reason, largest service first.
 *
 * @param rows - avoidable contacts by service and reason.
 * @param options - title and size.
 * @returns the Vega-Lite spec.
 * @throws RangeError for a row without string `service` and `reason` and a finite `count`, or a bad option.
 * @example
 * ```ts
 * import { avoidableChart } from "council-contact/charts";
 * const spec = avoidableChart([{ service: "missed-bin", reason: "progress-chasing", count: 12 }]);
 * (spec.encoding as { color: { field: string } }).color.field //=> "reason"
 * ```
 */
export function avoidableChart(rows: readonly AvoidableCount[], options?: ChartOptions): VegaLiteSpec {
  const values = readRows<AvoidableCount>(rows, "rows", { service: "string", reason: "string", count: "number" });
  return {
    ...frame(options, "Avoidable contact by service and reason"),
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "service", type: "nominal", sort: "-x", title: "Service" },
      x: { field: "count", type: "quantitative", aggregate: "sum", title: "Avoidable contacts" },
      color: { field: "reason", type: "nominal", title: "Reason" },
    },
  };
}
