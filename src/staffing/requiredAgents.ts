import {
  aboveZero,
  atLeastZero,
  MAX_AGENTS,
  occupancyFloor,
  offeredTraffic,
  optionsObject,
  share,
  shrinkageShare,
  tooManyAgents,
} from "./checkInputs.js";
import { extendErlangB } from "./erlangB.js";
import { waitProbabilityFromB } from "./erlangC.js";
import { scheduled } from "./scheduled.js";

/**
 * Options for {@link requiredAgents}: the demand in one interval and the targets to meet.
 *
 * @example
 * ```ts
 * import { requiredAgents } from "council-contact/staffing";
 * import type { RequiredAgentsOptions } from "council-contact/staffing";
 * const eightyTwenty: RequiredAgentsOptions = { calls: 60, intervalSeconds: 1800, ahtSeconds: 60, serviceLevel: 0.8, targetSeconds: 30 };
 * requiredAgents(eightyTwenty).agents //=> 4
 * requiredAgents({ ...eightyTwenty, maxAsaSeconds: 5 }).agents //=> 5
 * ```
 */
export interface RequiredAgentsOptions {
  /** Calls offered in the interval, ≥ 0. */
  readonly calls: number;
  /** Length of the interval in seconds (1800 for half-hours), > 0. */
  readonly intervalSeconds: number;
  /** Average handle time in seconds (talk + hold + after-call work), > 0. */
  readonly ahtSeconds: number;
  /** The X of an "X% in Y seconds" target, as a share in (0, 1]: 0.8 for 80/20. */
  readonly serviceLevel: number;
  /** The Y of an "X% in Y seconds" target, in seconds, ≥ 0. */
  readonly targetSeconds: number;
  /** Highest acceptable occupancy, in (0, 1]. Default 1 (no cap); about 0.85 is a common ceiling. */
  readonly maxOccupancy?: number | undefined;
  /** Share of paid time not available for calls (breaks, training, leave, sickness), in [0, 1). Default 0. */
  readonly shrinkage?: number | undefined;
  /** Highest acceptable average speed of answer in seconds, > 0. Default: no ASA target. */
  readonly maxAsaSeconds?: number | undefined;
}

/**
 * How many agents an interval needs, and how the queue performs with that many.
 *
 * @example
 * ```ts
 * import { requiredAgents } from "council-contact/staffing";
 * import type { StaffingRequirement } from "council-contact/staffing";
 * const result: StaffingRequirement = requiredAgents({ calls: 60, intervalSeconds: 1800, ahtSeconds: 60, serviceLevel: 0.8, targetSeconds: 30, shrinkage: 0.25 });
 * [result.agents, result.scheduledAgents, result.trafficErlangs] //=> [4, 6, 2]
 * result.waitProbability //=> ≈ 0.17391
 * ```
 */
export interface StaffingRequirement {
  /** Productive agents: the fewest answering calls that meet every target. */
  readonly agents: number;
  /** Agents to schedule so that `agents` are available after shrinkage: ceil(agents ÷ (1 − shrinkage)). */
  readonly scheduledAgents: number;
  /** Offered traffic A = calls × AHT ÷ interval length, in Erlangs. */
  readonly trafficErlangs: number;
  /** Share of calls answered within the target time with `agents` agents. */
  readonly serviceLevel: number;
  /** Average wait before answer over all calls, in seconds, with `agents` agents. */
  readonly averageSpeedOfAnswerSeconds: number;
  /** Share of the agents' time spent handling calls, A ÷ agents. */
  readonly occupancy: number;
  /** Probability that a call waits at all (Erlang C). */
  readonly waitProbability: number;
}

// Whether n agents (with b = B(A, n), n > A) meet the service-level and ASA targets.
function meetsTargets(
  a: number,
  n: number,
  b: number,
  aht: number,
  tau: number,
  target: number,
  maxAsa: number,
): boolean {
  const c = waitProbabilityFromB(a, n, b);
  return 1 - c * Math.exp(-(n - a) * tau) >= target && (c * aht) / (n - a) <= maxAsa;
}

// Square-root staffing, N ≈ A + β√A. Halfin and Whitt's β solves ln(1 + βΦ(β)/φ(β)) + β√A·T/AHT
// = −ln(1 − SL); ln(1 + βΦ/φ) ≤ 1.3β + 0.3β² over the β that matter, so the quadratic's root is at or
// just below theirs: a first guess that rarely overshoots (the caller corrects it if it does).
function squareRootGuess(a: number, low: number, target: number, tau: number): number {
  const k = 1.3 + Math.sqrt(a) * tau;
  const beta = (Math.sqrt(k * k + 1.2 * Math.min(40, -Math.log(1 - target))) - k) / 0.6;
  const guess = Math.floor(a + beta * Math.sqrt(a));
  // An infinite ratio targetSeconds ÷ ahtSeconds makes the guess NaN: any n > A then meets the target.
  return Number.isFinite(guess) ? Math.max(low, guess) : low;
}

/**
 * The fewest agents that answer `serviceLevel` of the calls within `targetSeconds` (Erlang C), keep
 * occupancy at or below `maxOccupancy` and, if given, the average speed of answer at or below
 * `maxAsaSeconds`; then the agents to schedule after shrinkage, ceil(agents ÷ (1 − shrinkage))
 * (not agents × (1 + shrinkage), which understaffs: GlobalWFM, "Capacity Planning Basics Part 2").
 *
 * The search starts from a square-root staffing guess, N ≈ A + β√A, and extends the Erlang B
 * recursion one agent at a time, so one solve costs about N steps (docs/staffing.md gives measured
 * timings). Zero calls need 0 agents. Ratios are compared with a 1e-12 relative
 * allowance, so 21 agents at 30% shrinkage schedule 30 (21 ÷ 0.7 is 30.000000000000004 in floats).
 *
 * @param options - The interval's calls, its length, the handle time and the targets.
 * @returns The agents, the scheduled agents and the queue's performance with that many agents.
 * @throws RangeError naming the option and value when an option is out of range: negative calls,
 *   interval or AHT ≤ 0, service level outside (0, 1], negative target, occupancy cap outside (0, 1],
 *   shrinkage outside [0, 1), ASA target ≤ 0, or traffic above 1,000,000 Erlangs.
 *
 * @example
 * ```ts
 * import { requiredAgents } from "council-contact/staffing";
 * const result = requiredAgents({ calls: 100, intervalSeconds: 1800, ahtSeconds: 180, serviceLevel: 0.8, targetSeconds: 20, maxOccupancy: 0.85, shrinkage: 0.3 });
 * result.agents //=> 14
 * result.scheduledAgents //=> 20
 * result.serviceLevel //=> ≈ 0.8884
 * result.occupancy //=> ≈ 0.714
 * result.waitProbability //=> ≈ 0.1741
 * requiredAgents({ calls: 360, intervalSeconds: 1800, ahtSeconds: 240, serviceLevel: 0.8, targetSeconds: 20 }).agents //=> 54
 * requiredAgents({ calls: 0, intervalSeconds: 1800, ahtSeconds: 240, serviceLevel: 0.8, targetSeconds: 20 }).agents //=> 0
 * requiredAgents({ calls: 100, intervalSeconds: 1800, ahtSeconds: 180, serviceLevel: 0.8, targetSeconds: 20, shrinkage: 1 }) //=> throws RangeError
 * ```
 */
export function requiredAgents(options: RequiredAgentsOptions): StaffingRequirement {
  optionsObject("options", options);
  const a = offeredTraffic(options.calls, options.intervalSeconds, options.ahtSeconds);
  const aht = options.ahtSeconds;
  const target = share("serviceLevel", options.serviceLevel);
  const tau = atLeastZero("targetSeconds", options.targetSeconds) / aht;
  const maxOccupancy = share("maxOccupancy", options.maxOccupancy ?? 1) * (1 + 1e-12);
  const shrinkage = shrinkageShare(options.shrinkage ?? 0);
  const maxAsa = options.maxAsaSeconds === undefined ? Infinity : aboveZero("maxAsaSeconds", options.maxAsaSeconds);
  if (a === 0) {
    return {
      agents: 0,
      scheduledAgents: 0,
      trafficErlangs: 0,
      serviceLevel: 1,
      averageSpeedOfAnswerSeconds: 0,
      occupancy: 0,
      waitProbability: 0,
    };
  }
  // The fewest agents worth checking: more than the traffic (or the queue never empties) and
  // within the occupancy cap.
  let low = Math.max(Math.floor(a) + 1, occupancyFloor(a, maxOccupancy, options.maxOccupancy));
  while (low - 1 > a && a / (low - 1) <= maxOccupancy) low--;
  // Run the recursion to just below the square-root guess. If that many agents already meet the
  // targets the guess overshot (rare): start again from the lowest candidate. Then walk up.
  let n = squareRootGuess(a, low, target, tau) - 1;
  let b = extendErlangB(a, 1, 0, n);
  if (n >= low && meetsTargets(a, n, b, aht, tau, target, maxAsa)) {
    n = low - 1;
    b = extendErlangB(a, 1, 0, n);
  }
  let c: number;
  let sl: number;
  let asa: number;
  do {
    if (++n > MAX_AGENTS) throw tooManyAgents(`requiredAgents for ${a} Erlangs`);
    b = (a * b) / (n + a * b);
    c = waitProbabilityFromB(a, n, b);
    sl = 1 - c * Math.exp(-(n - a) * tau);
    asa = (c * aht) / (n - a);
  } while (!(sl >= target && asa <= maxAsa));
  return {
    agents: n,
    scheduledAgents: scheduled(n, shrinkage),
    trafficErlangs: a,
    serviceLevel: sl,
    averageSpeedOfAnswerSeconds: asa,
    occupancy: a / n,
    waitProbability: c,
  };
}
