import { MAX_AGENTS, optionsObject, share, tooManyAgents, traffic } from "./checkInputs.js";
import { extendErlangB } from "./erlangB.js";

/**
 * Options for {@link requiredLines}.
 *
 * @example
 * ```ts
 * import { requiredLines } from "council-contact/staffing";
 * import type { RequiredLinesOptions } from "council-contact/staffing";
 * const options: RequiredLinesOptions = { trafficErlangs: 2, maxBlocking: 0.25 };
 * requiredLines(options).lines //=> 3
 * ```
 */
export interface RequiredLinesOptions {
  /** Offered traffic A in the busy hour, in Erlangs (calls × holding time ÷ 3600 s), in [0, 1,000,000]. */
  readonly trafficErlangs: number;
  /** Highest acceptable share of calls that find every line busy (the grade of service), in (0, 1]: 0.01 for 1%. */
  readonly maxBlocking: number;
}

/**
 * How many lines carry the traffic, and the share of calls they lose.
 *
 * @example
 * ```ts
 * import { requiredLines } from "council-contact/staffing";
 * import type { LinesRequirement } from "council-contact/staffing";
 * const result: LinesRequirement = requiredLines({ trafficErlangs: 2, maxBlocking: 0.25 });
 * result.blockingProbability //=> ≈ 0.210526
 * ```
 */
export interface LinesRequirement {
  /** The fewest lines (trunks, or agents with no queue) whose blocking is at most the target. */
  readonly lines: number;
  /** Erlang B blocking probability with that many lines. */
  readonly blockingProbability: number;
}

/**
 * Erlang B staffing: the fewest lines (trunks, channels, or agents when nobody can queue) that lose
 * at most `maxBlocking` of the offered calls, searching upwards with the stable recursion. This is
 * the classic "lines for a grade of service" table: 10 Erlangs at 1% need 18 lines.
 *
 * @param options - The offered traffic and the blocking target.
 * @returns The lines and their blocking probability.
 * @throws RangeError naming the option when the traffic is negative, not finite or above 1,000,000
 *   Erlangs, or the blocking target is outside (0, 1].
 *
 * @example
 * ```ts
 * import { requiredLines } from "council-contact/staffing";
 * requiredLines({ trafficErlangs: 10, maxBlocking: 0.01 }).lines //=> 18
 * requiredLines({ trafficErlangs: 2, maxBlocking: 0.01 }).lines //=> 7
 * requiredLines({ trafficErlangs: 0, maxBlocking: 0.01 }) //=> { lines: 0, blockingProbability: 0 }
 * requiredLines({ trafficErlangs: 10, maxBlocking: 0 }) //=> throws RangeError
 * ```
 */
export function requiredLines(options: RequiredLinesOptions): LinesRequirement {
  optionsObject("options", options);
  const a = traffic("trafficErlangs", options.trafficErlangs);
  const target = share("maxBlocking", options.maxBlocking);
  if (a === 0) return { lines: 0, blockingProbability: 0 };
  // Blocking is at least 1 − N/A (the lines carry at most N Erlangs), so fewer than A·(1 − target)
  // lines can never do: start just below that.
  let n = Math.max(0, Math.floor(a * (1 - target)) - 1);
  let b = extendErlangB(a, 1, 0, n);
  while (b > target) {
    if (++n > MAX_AGENTS) throw tooManyAgents(`requiredLines for ${a} Erlangs`);
    b = extendErlangB(a, b, n - 1, n);
  }
  return { lines: n, blockingProbability: b };
}
