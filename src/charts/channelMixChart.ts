import { type ChartOptions, frame, readRows, type VegaLiteSpec } from "./VegaLiteSpec.js";

/**
 * A channel's contacts, for {@link channelMixChart}: the rows of a channel mix (`key` is the channel).
 *
 * @example
 * ```ts
 * import type { ChannelCount } from "council-contact/charts";
 * const row: ChannelCount = { key: "telephone", count: 5200 };
 * row.count //=> 5200
 * ```
 */
export interface ChannelCount {
  /** The channel. */
  readonly key: string;
  /** Its contacts. */
  readonly count: number;
}

/**
 * The channel mix as a horizontal bar chart: contacts by channel, largest first, with each bar's share.
 *
 * @param rows - contacts by channel (the `rows` of a channel mix or a volume breakdown by channel).
 * @param options - title and size.
 * @returns the Vega-Lite spec.
 * @throws RangeError if a row has no string `key` or no finite `count`, or an option is bad.
 * @example
 * ```ts
 * import { channelMixChart } from "council-contact/charts";
 * const spec = channelMixChart([{ key: "telephone", count: 60 }, { key: "web-form", count: 40 }]);
 * spec.mark //=> { type: "bar", tooltip: true }
 * channelMixChart([{ key: "telephone" }] as never) //=> throws RangeError
 * ```
 */
export function channelMixChart(rows: readonly ChannelCount[], options?: ChartOptions): VegaLiteSpec {
  const values = readRows<ChannelCount>(rows, "rows", { key: "string", count: "number" });
  return {
    ...frame(options, "Contacts by channel"),
    data: { values },
    transform: [
      { joinaggregate: [{ op: "sum", field: "count", as: "total" }] },
      { calculate: "datum.count / datum.total", as: "share" },
    ],
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "key", type: "nominal", sort: "-x", title: "Channel" },
      x: { field: "count", type: "quantitative", title: "Contacts" },
      color: { field: "key", type: "nominal", legend: null },
    },
  };
}
