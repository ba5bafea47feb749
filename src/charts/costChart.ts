import { messages } from "../core/index.js";
import { type ChartOptions, frame, readRows, type VegaLiteSpec } from "./VegaLiteSpec.js";

/**
 * A channel's cost to serve, for {@link costChart}: the rows of a contact cost (`cost` is exact money text, or
 * `null` for an uncosted channel, which the chart lists with no bar).
 *
 * @example
 * ```ts
 * import type { ChannelCostRow } from "council-contact/charts";
 * const row: ChannelCostRow = { key: "telephone", count: 3, cost: "8.49" };
 * row.cost //=> "8.49"
 * ```
 */
export interface ChannelCostRow {
  /** The channel. */
  readonly key: string;
  /** Its contacts. */
  readonly count: number;
  /** Its cost in pounds as exact decimal text, or `null` when uncosted. */
  readonly cost: string | null;
}

/**
 * Cost to serve by channel as a bar chart, in pounds; an uncosted channel keeps its place with no bar, so the
 * chart never suggests it is free.
 *
 * @param rows - cost by channel.
 * @param options - title and size.
 * @returns the Vega-Lite spec.
 * @throws RangeError for a row whose `cost` is not decimal money text or null, or a bad option.
 * @example
 * ```ts
 * import { costChart } from "council-contact/charts";
 * const spec = costChart([{ key: "telephone", count: 3, cost: "8.49" }, { key: "email", count: 1, cost: null }]);
 * (spec.data as { values: unknown[] }).values //=> [{ key: "telephone", count: 3, cost: "8.49", pounds: 8.49 }, { key: "email", count: 1, cost: null, pounds: null }]
 * ```
 */
export function costChart(rows: readonly ChannelCostRow[], options?: ChartOptions): VegaLiteSpec {
  const values = readRows<ChannelCostRow>(rows, "rows", { key: "string", count: "number", cost: "string|null" }).map(
    (row, i) => {
      if (row.cost !== null && !/^-?\d+(\.\d+)?$/.test(row.cost))
        throw new RangeError(messages.mustBe(`rows[${i}].cost`, "decimal money text such as 8.49, or null", row.cost));
      // For drawing only: the bar's length. The exact figure stays in `cost` for the tooltip.
      return { ...row, pounds: row.cost === null ? null : Number(row.cost) };
    },
  );
  return {
    ...frame(options, "Cost to serve by channel"),
    data: { values },
    mark: { type: "bar", tooltip: { content: "data" } },
    encoding: {
      y: { field: "key", type: "nominal", sort: "-x", title: "Channel" },
      x: { field: "pounds", type: "quantitative", title: "Cost (£)" },
    },
  };
}
