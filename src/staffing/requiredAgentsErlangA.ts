import { rangeError } from "../core/index.js";
import {
  aboveZero,
  atLeastZero,
  MAX_AGENTS,
  offeredTraffic,
  optionsObject,
  share,
  shrinkageShare,
  tooManyAgents,
} from "./checkInputs.js";
import type { ErlangAResult } from "./erlangA.js";
import { erlangA } from "./erlangA.js";
import { scheduled } from "./scheduled.js";

/**
 * Options for {@link requiredAgentsErlangA}: one interval's demand, callers' patience and the targets.
 *
 * @example
 * ```ts
 * import { requiredAgentsErlangA } from "council-contact/staffing";
 * import type { RequiredAgentsErlangAOptions } from "council-contact/staffing";
 * const options: RequiredAgentsErlangAOptions = { calls: 360, intervalSeconds: 1800, ahtSeconds: 240, patienceSeconds: 120, maxAbandonment: 0.3 };
 * requiredAgentsErlangA(options).agents //=> 34
 * ```
 */
export interface RequiredAgentsErlangAOptions {
  /** Calls offered in the interval, ≥ 0. */
  readonly calls: number;
  /** Length of the interval in seconds (1800 for half-hours), > 0. */
  readonly intervalSeconds: number;
  /** Average handle time in seconds, > 0. */
  readonly ahtSeconds: number;
  /** Mean time a caller waits before hanging up, in seconds, > 0; `Infinity` for Erlang C. */
  readonly patienceSeconds: number;
  /** Highest acceptable share of callers who hang up before an answer, in (0, 1]: 0.05 for 5%. */
  readonly maxAbandonment?: number | undefined;
  /** Share of offered calls to answer within `targetSeconds`, in (0, 1]; needs `targetSeconds`. */
  readonly serviceLevel?: number | undefined;
  /** The answer-time target in seconds, ≥ 0. Default 0 (the result's service level is then "answered without waiting"). */
  readonly targetSeconds?: number | undefined;
  /** Highest acceptable mean wait of answered calls, in seconds, > 0. */
  readonly maxAsaSeconds?: number | undefined;
  /** Highest acceptable occupancy, in (0, 1]. Default 1 (no cap). */
  readonly maxOccupancy?: number | undefined;
  /** Share of paid time not available for calls, in [0, 1). Default 0. */
  readonly shrinkage?: number | undefined;
}

/**
 * How many agents an interval needs when callers hang up, and how it then performs.
 *
 * @example
 * ```ts
 * import { requiredAgentsErlangA } from "council-contact/staffing";
 * import type { ErlangARequirement } from "council-contact/staffing";
 * const result: ErlangARequirement = requiredAgentsErlangA({ calls: 360, intervalSeconds: 1800, ahtSeconds: 240, patienceSeconds: 120, maxAbandonment: 0.05, shrinkage: 0.3 });
 * [result.agents, result.scheduledAgents] //=> [50, 72]
 * ```
 */
export interface ErlangARequirement extends ErlangAResult {
  /** Productive agents: the fewest answering calls that meet every target. */
  readonly agents: number;
  /** Agents to schedule so that `agents` are available after shrinkage: ceil(agents ÷ (1 − shrinkage)). */
  readonly scheduledAgents: number;
  /** Offered traffic A = calls × AHT ÷ interval length, in Erlangs. */
  readonly trafficErlangs: number;
}

/**
 * Erlang A staffing: the fewest agents for which callers with mean patience `patienceSeconds`
 * abandon at most `maxAbandonment` of the time, `serviceLevel` of all offered calls are answered
 * within `targetSeconds` (abandoned calls count as missed), the answered calls' mean wait is at most
 * `maxAsaSeconds` and occupancy at most `maxOccupancy` (every target given must hold; at least one of
 * the first three is needed). "How many agents to cut unanswered calls from 30% to 5%?"
 *
 * The search is exact: it starts from a bound no answer can be below (agents carry at most N
 * Erlangs, so P(Ab) ≥ 1 − N/A and the service level ≤ N/A) and adds one agent at a time.
 *
 * @param options - The interval's calls, length, handle time, patience and targets.
 * @returns The agents, scheduled agents, traffic and the Erlang A performance with that many agents.
 * @throws RangeError naming the option and value when an option is out of range, when no abandonment,
 *   service-level or ASA target is given, or when `serviceLevel` is given without `targetSeconds`.
 *
 * @example
 * ```ts
 * import { requiredAgentsErlangA } from "council-contact/staffing";
 * const base = { calls: 360, intervalSeconds: 1800, ahtSeconds: 240, patienceSeconds: 120 };
 * requiredAgentsErlangA({ ...base, maxAbandonment: 0.3 }).agents //=> 34
 * requiredAgentsErlangA({ ...base, maxAbandonment: 0.05 }).agents //=> 50
 * requiredAgentsErlangA({ ...base, serviceLevel: 0.8, targetSeconds: 20 }).agents //=> 49
 * requiredAgentsErlangA({ ...base }) //=> throws RangeError
 * ```
 */
export function requiredAgentsErlangA(options: RequiredAgentsErlangAOptions): ErlangARequirement {
  optionsObject("options", options);
  const a = offeredTraffic(options.calls, options.intervalSeconds, options.ahtSeconds);
  const maxAbandonment = options.maxAbandonment === undefined ? 1 : share("maxAbandonment", options.maxAbandonment);
  const target = options.serviceLevel === undefined ? 0 : share("serviceLevel", options.serviceLevel);
  if (options.serviceLevel !== undefined && options.targetSeconds === undefined) {
    throw rangeError("targetSeconds", "set when serviceLevel is", options.targetSeconds);
  }
  const maxAsa = options.maxAsaSeconds === undefined ? Infinity : aboveZero("maxAsaSeconds", options.maxAsaSeconds);
  if (options.maxAbandonment === undefined && options.serviceLevel === undefined && maxAsa === Infinity) {
    throw new RangeError("one of maxAbandonment, serviceLevel or maxAsaSeconds must be set, got none");
  }
  const maxOccupancy = share("maxOccupancy", options.maxOccupancy ?? 1) * (1 + 1e-12);
  const shrinkage = shrinkageShare(options.shrinkage ?? 0);
  const base = {
    trafficErlangs: a,
    ahtSeconds: options.ahtSeconds,
    patienceSeconds: options.patienceSeconds,
    targetSeconds: atLeastZero("targetSeconds", options.targetSeconds ?? 0),
  };
  if (a === 0) return { agents: 0, scheduledAgents: 0, trafficErlangs: 0, ...erlangA({ ...base, agents: 0 }) };
  // No answer lies below max(A·(1 − maxAbandonment), A·serviceLevel) agents; step back one for rounding.
  const first = Math.max(1, Math.floor(a * Math.max(1 - maxAbandonment, target)) - 1);
  const meets = (agents: number): ErlangAResult | undefined => {
    const performance = erlangA({ ...base, agents });
    const ok =
      performance.abandonmentProbability <= maxAbandonment &&
      performance.serviceLevel >= target &&
      performance.averageSpeedOfAnswerSeconds <= maxAsa &&
      performance.occupancy <= maxOccupancy;
    return ok ? performance : undefined;
  };
  // Every target improves as agents are added, so the fewest agents is found by doubling the step
  // from the first candidate until the targets are met, then halving the gap: about 2·log2(N)
  // evaluations rather than one per agent.
  let failed = first - 1;
  let step = 1;
  let hi = first;
  let found = meets(hi);
  while (found === undefined) {
    failed = hi;
    hi = first + step;
    step *= 2;
    if (hi > MAX_AGENTS) throw tooManyAgents(`requiredAgentsErlangA for ${a} Erlangs`);
    found = meets(hi);
  }
  while (hi - failed > 1) {
    const middle = failed + Math.floor((hi - failed) / 2);
    const performance = meets(middle);
    if (performance === undefined) failed = middle;
    else [hi, found] = [middle, performance];
  }
  return { agents: hi, scheduledAgents: scheduled(hi, shrinkage), trafficErlangs: a, ...found };
}
