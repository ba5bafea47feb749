import { erlangB } from "./erlangB.js";

/**
 * Erlang C from Erlang B: P(wait) = B / (1 − (A/N)·(1 − B)). The denominator is at most 1 in floating
 * point too, so the result is never below B, and it stays accurate when N is close to A. Callers
 * have checked that N > A.
 * @internal
 */
export function waitProbabilityFromB(a: number, n: number, b: number): number {
  return b / (1 - (a / n) * (1 - b));
}

/**
 * Erlang C: the probability that a call has to wait, when `trafficErlangs` of traffic is offered to
 * `agents` agents and every caller waits as long as it takes (the M/M/N queue, no abandonment).
 *
 * Computed from Erlang B's stable recursion as C = B / (1 − (A/N)·(1 − B)), so it never overflows and is
 * exact to 1e-9 for traffic up to 10,000 Erlangs. When agents ≤ traffic the queue grows without limit
 * and every call waits: the result is 1.
 *
 * @param trafficErlangs - Offered traffic A in Erlangs (calls × handle time ÷ interval), in [0, 1,000,000].
 * @param agents - Agents N answering calls, a whole number ≥ 0.
 * @returns The probability of waiting, in [0, 1].
 * @throws RangeError when the traffic is negative, not finite or above 1,000,000 Erlangs, or `agents`
 *   is not a whole number ≥ 0.
 *
 * @example
 * ```ts
 * import { erlangC } from "council-contact/staffing";
 * erlangC(10, 14) //=> ≈ 0.1741
 * erlangC(48, 55) //=> ≈ 0.2387
 * erlangC(10, 10) //=> 1
 * erlangC(10, 2.5) //=> throws RangeError
 * ```
 */
export function erlangC(trafficErlangs: number, agents: number): number {
  const b = erlangB(trafficErlangs, agents);
  return agents <= trafficErlangs ? 1 : waitProbabilityFromB(trafficErlangs, agents, b);
}
