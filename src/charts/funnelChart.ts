import { type ChartOptions, frame, readRows, type VegaLiteSpec } from "./VegaLiteSpec.js";

/**
 * An area on a funnel plot, for {@link funnelChart}.
 *
 * @example
 * ```ts
 * import type { FunnelArea } from "council-contact/charts";
 * const ward: FunnelArea = { area: "Abbey", expected: 36.7, ratio: 1.64 };
 * ward.ratio //=> 1.64
 * ```
 */
export interface FunnelArea {
  /** The area's name. */
  readonly area: string;
  /** Its expected count. */
  readonly expected: number;
  /** Observed ÷ expected. */
  readonly ratio: number;
}

/**
 * A point on the funnel's limit curves, for {@link funnelChart}: the limits at one expected count (from
 * `funnelLimits` in `council-contact/metrics`, at 95% and 99.8%).
 *
 * @example
 * ```ts
 * import type { FunnelCurvePoint } from "council-contact/charts";
 * const at10: FunnelCurvePoint = { expected: 10, lower95: 0.48, upper95: 1.84, lower998: 0.3, upper998: 2.41 };
 * at10.upper998 //=> 2.41
 * ```
 */
export interface FunnelCurvePoint {
  /** The expected count. */
  readonly expected: number;
  /** 95% lower limit of the ratio. */
  readonly lower95: number;
  /** 95% upper limit. */
  readonly upper95: number;
  /** 99.8% lower limit. */
  readonly lower998: number;
  /** 99.8% upper limit. */
  readonly upper998: number;
}

/**
 * A funnel plot of areas (wards): each area's ratio of observed to expected against its expected count, with the
 * 95% and 99.8% limits narrowing as the expected count grows, and the areas named.
 *
 * @param areas - the areas.
 * @param curve - the limits at a range of expected counts, in increasing order.
 * @param options - title and size.
 * @returns the Vega-Lite spec.
 * @throws RangeError for a malformed area or curve point, or a bad option.
 * @example
 * ```ts
 * import { funnelChart } from "council-contact/charts";
 * const spec = funnelChart([{ area: "Abbey", expected: 36.7, ratio: 1.64 }], [{ expected: 10, lower95: 0.48, upper95: 1.84, lower998: 0.3, upper998: 2.41 }]);
 * (spec.layer as unknown[]).length //=> 7
 * ```
 */
export function funnelChart(
  areas: readonly FunnelArea[],
  curve: readonly FunnelCurvePoint[],
  options?: ChartOptions,
): VegaLiteSpec {
  const points = readRows<FunnelArea>(areas, "areas", { area: "string", expected: "number", ratio: "number" });
  const limits = readRows<FunnelCurvePoint>(curve, "curve", {
    expected: "number",
    lower95: "number",
    upper95: "number",
    lower998: "number",
    upper998: "number",
  });
  const x = { field: "expected", type: "quantitative", title: "Expected count" };
  const line = (field: string, dash: number[]) => ({
    data: { values: limits },
    mark: { type: "line", color: "#768692", strokeDash: dash },
    encoding: { x, y: { field, type: "quantitative" } },
  });
  return {
    ...frame(options, "Funnel plot"),
    layer: [
      line("upper95", [4, 3]),
      line("lower95", [4, 3]),
      line("upper998", []),
      line("lower998", []),
      { mark: { type: "rule", color: "#aaa" }, encoding: { y: { datum: 1 } } },
      {
        data: { values: points },
        mark: { type: "point", filled: true, color: "#1f3a5f", tooltip: true },
        encoding: { x, y: { field: "ratio", type: "quantitative", title: "Observed ÷ expected" } },
      },
      {
        data: { values: points },
        mark: { type: "text", align: "left", dx: 6, fontSize: 10 },
        encoding: { x, y: { field: "ratio", type: "quantitative" }, text: { field: "area" } },
      },
    ],
  };
}
