import { messages } from "../core/index.js";
import { type ChartOptions, frame, readRows, type VegaLiteSpec } from "./VegaLiteSpec.js";

/**
 * The service level with a number of agents, for {@link serviceLevelChart} (from `serviceLevel` in
 * `council-contact/staffing`).
 *
 * @example
 * ```ts
 * import type { AgentsServiceLevel } from "council-contact/charts";
 * const row: AgentsServiceLevel = { agents: 12, serviceLevel: 0.83 };
 * row.agents //=> 12
 * ```
 */
export interface AgentsServiceLevel {
  /** Agents on the phones. */
  readonly agents: number;
  /** Share of calls answered within the standard, 0 to 1. */
  readonly serviceLevel: number;
}

/**
 * Service level against agents: the Erlang curve, with the target as a horizontal rule, so the agents needed can
 * be read off where the curve crosses it.
 *
 * @param rows - service level by agents.
 * @param target - the target service level, 0 to 1 (0.8 for 80/20).
 * @param options - title and size.
 * @returns the Vega-Lite spec.
 * @throws RangeError for a malformed row, a target outside 0 to 1, or a bad option.
 * @example
 * ```ts
 * import { serviceLevelChart } from "council-contact/charts";
 * const spec = serviceLevelChart([{ agents: 10, serviceLevel: 0.6 }, { agents: 11, serviceLevel: 0.8 }], 0.8);
 * (spec.layer as unknown[]).length //=> 2
 * serviceLevelChart([], 2) //=> throws RangeError
 * ```
 */
export function serviceLevelChart(
  rows: readonly AgentsServiceLevel[],
  target: number,
  options?: ChartOptions,
): VegaLiteSpec {
  const values = readRows<AgentsServiceLevel>(rows, "rows", { agents: "number", serviceLevel: "number" });
  if (typeof target !== "number" || !(target >= 0 && target <= 1))
    throw new RangeError(messages.mustBe("target", "a share from 0 to 1", target));
  return {
    ...frame(options, "Service level against agents"),
    data: { values },
    layer: [
      {
        mark: { type: "line", point: true, tooltip: true },
        encoding: {
          x: { field: "agents", type: "quantitative", title: "Agents", scale: { zero: false } },
          y: { field: "serviceLevel", type: "quantitative", title: "Service level", axis: { format: "%" } },
        },
      },
      { mark: { type: "rule", color: "#ed8b00", strokeDash: [4, 3] }, encoding: { y: { datum: target } } },
    ],
  };
}
