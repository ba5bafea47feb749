import { optionsObject, traffic, wholeNumber } from "./checkInputs.js";

/**
 * Options for {@link occupancy}.
 *
 * @example
 * ```ts
 * import { occupancy } from "council-contact/staffing";
 * import type { OccupancyOptions } from "council-contact/staffing";
 * const options: OccupancyOptions = { trafficErlangs: 17, agents: 20 };
 * occupancy(options) //=> 0.85
 * ```
 */
export interface OccupancyOptions {
  /** Offered traffic A in Erlangs (calls × AHT ÷ interval length), in [0, 1,000,000]. */
  readonly trafficErlangs: number;
  /** Agents N logged in to answer calls, a whole number ≥ 0. */
  readonly agents: number;
}

/**
 * Occupancy: the share of agents' logged-in time spent handling calls, A / N. With no abandonment
 * every call is eventually handled, so agents are busy A / N of the time; when agents ≤ traffic they
 * are busy all the time (1). With no traffic it is 0. More than about 0.85 is widely regarded as
 * unsustainable (WFM Clubs, "WFM metrics"; Fonolo, "Call centre metrics").
 *
 * @param options - Traffic and agents.
 * @returns The occupancy, in [0, 1].
 * @throws RangeError when the traffic is negative, not finite or above 1,000,000 Erlangs, or `agents`
 *   is not a whole number ≥ 0.
 *
 * @example
 * ```ts
 * import { occupancy } from "council-contact/staffing";
 * occupancy({ trafficErlangs: 10, agents: 14 }) //=> ≈ 0.714
 * occupancy({ trafficErlangs: 10, agents: 8 }) //=> 1
 * occupancy({ trafficErlangs: 0, agents: 0 }) //=> 0
 * ```
 */
export function occupancy(options: OccupancyOptions): number {
  optionsObject("options", options);
  const a = traffic("trafficErlangs", options.trafficErlangs);
  const n = wholeNumber("agents", options.agents);
  return a === 0 ? 0 : n <= a ? 1 : a / n;
}
