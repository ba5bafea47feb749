import { aboveZero, atLeastZero, optionsObject } from "./checkInputs.js";
import { erlangC } from "./erlangC.js";

/**
 * Options for {@link serviceLevel}.
 *
 * @example
 * ```ts
 * import { serviceLevel } from "council-contact/staffing";
 * import type { ServiceLevelOptions } from "council-contact/staffing";
 * const options: ServiceLevelOptions = { trafficErlangs: 10, agents: 14, ahtSeconds: 180, targetSeconds: 20 };
 * serviceLevel(options) //=> ≈ 0.8884
 * ```
 */
export interface ServiceLevelOptions {
  /** Offered traffic A in Erlangs (calls × AHT ÷ interval length), in [0, 1,000,000]. */
  readonly trafficErlangs: number;
  /** Agents N answering calls, a whole number ≥ 0. */
  readonly agents: number;
  /** Average handle time in seconds (talk + hold + after-call work), > 0. */
  readonly ahtSeconds: number;
  /** The answer-time target Y of an "X% in Y seconds" service level, ≥ 0. */
  readonly targetSeconds: number;
}

/**
 * The share of calls answered within the target, 1 − C·e^(−(N−A)·T/AHT) (`waitProbability` is C).
 * Callers have checked that N > A.
 * @internal
 */
export function serviceLevelFromC(a: number, n: number, c: number, ahtSeconds: number, targetSeconds: number): number {
  return 1 - c * Math.exp((-(n - a) * targetSeconds) / ahtSeconds);
}

/**
 * Erlang C service level: the share of calls answered within `targetSeconds`,
 * SL = 1 − C(A, N) · e^(−(N − A) · T / AHT), where C is {@link erlangC}. Calls are counted against all
 * calls offered; nobody abandons (see {@link erlangA} for callers who hang up). When agents ≤ traffic
 * the queue grows without limit and the service level is 0.
 *
 * @param options - Traffic, agents, handle time and the answer-time target.
 * @returns The service level, in [0, 1].
 * @throws RangeError when an option is out of range (negative or non-finite traffic, a fractional
 *   agent count, AHT ≤ 0, a negative target).
 *
 * @example
 * ```ts
 * import { serviceLevel } from "council-contact/staffing";
 * serviceLevel({ trafficErlangs: 10, agents: 14, ahtSeconds: 180, targetSeconds: 20 }) //=> ≈ 0.8884
 * serviceLevel({ trafficErlangs: 48, agents: 55, ahtSeconds: 240, targetSeconds: 20 }) //=> ≈ 0.8668
 * serviceLevel({ trafficErlangs: 10, agents: 9, ahtSeconds: 180, targetSeconds: 20 }) //=> 0
 * serviceLevel({ trafficErlangs: 10, agents: 14, ahtSeconds: 0, targetSeconds: 20 }) //=> throws RangeError
 * ```
 */
export function serviceLevel(options: ServiceLevelOptions): number {
  optionsObject("options", options);
  const { trafficErlangs: a, agents: n } = options;
  const c = erlangC(a, n);
  const aht = aboveZero("ahtSeconds", options.ahtSeconds);
  const target = atLeastZero("targetSeconds", options.targetSeconds);
  return n <= a ? 0 : serviceLevelFromC(a, n, c, aht, target);
}
