import { messages } from "../core/index.js";
import { type ChartOptions, frame, readRows, type VegaLiteSpec } from "./VegaLiteSpec.js";

/**
 * A year's channel-shift saving, for {@link channelShiftChart}.
 *
 * @example
 * ```ts
 * import type { YearSaving } from "council-contact/charts";
 * const row: YearSaving = { year: "2025/26", kind: "cashable", saving: "41200.00" };
 * row.kind //=> "cashable"
 * ```
 */
export interface YearSaving {
  /** The year's label. */
  readonly year: string;
  /** The kind of saving (cashable, non-cashable, …). */
  readonly kind: string;
  /** The saving in pounds, exact decimal text. */
  readonly saving: string;
}

/**
 * Channel-shift savings by year as stacked bars, one colour per kind of saving.
 *
 * @param rows - savings by year and kind.
 * @param options - title and size.
 * @returns the Vega-Lite spec.
 * @throws RangeError for a malformed row or a bad option.
 * @example
 * ```ts
 * import { channelShiftChart } from "council-contact/charts";
 * const spec = channelShiftChart([{ year: "2025/26", kind: "cashable", saving: "100.00" }]);
 * (spec.data as { values: { pounds: number }[] }).values[0]!.pounds //=> 100
 * ```
 */
export function channelShiftChart(rows: readonly YearSaving[], options?: ChartOptions): VegaLiteSpec {
  const values = readRows<YearSaving>(rows, "rows", { year: "string", kind: "string", saving: "string" }).map(
    (row, i) => {
      if (!/^-?\d+(\.\d+)?$/.test(row.saving))
        throw new RangeError(messages.mustBe(`rows[${i}].saving`, "decimal money text such as 100.00", row.saving));
      return { ...row, pounds: Number(row.saving) };
    },
  );
  return {
    ...frame(options, "Channel-shift savings by year"),
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: "year", type: "ordinal", title: "Year" },
      y: { field: "pounds", type: "quantitative", aggregate: "sum", title: "Saving (£)" },
      color: { field: "kind", type: "nominal", title: "Saving" },
    },
  };
}
