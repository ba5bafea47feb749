import { traffic, wholeNumber } from "./checkInputs.js";

/**
 * Erlang B: the probability that a call finds every one of `agents` lines (or agents) busy and is
 * lost, when `trafficErlangs` of traffic is offered and nobody waits (the M/M/N/N loss system).
 *
 * Computed by the stable recursion B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)), in its reciprocal
 * form 1/B(n) = 1 + (n/A)·1/B(n−1): no factorials and no powers, so it never overflows, and it is
 * exact to 1e-9 for traffic up to 10,000 Erlangs (tested against a 40-digit evaluation of the
 * textbook sum). With no agents every call is lost (1); with no
 * traffic nothing is (0).
 *
 * @param trafficErlangs - Offered traffic A in Erlangs (calls × handle time ÷ interval), in [0, 1,000,000].
 * @param agents - Lines or agents N, a whole number ≥ 0.
 * @returns The blocking probability, in [0, 1].
 * @throws RangeError when the traffic is negative, not finite or above 1,000,000 Erlangs, or `agents`
 *   is not a whole number ≥ 0.
 *
 * @example
 * ```ts
 * import { erlangB } from "council-contact/staffing";
 * erlangB(10, 18) //=> ≈ 0.0071
 * erlangB(10, 17) //=> ≈ 0.0129
 * erlangB(10, 0) //=> 1
 * erlangB(-1, 5) //=> throws RangeError
 * ```
 */
export function erlangB(trafficErlangs: number, agents: number): number {
  const a = traffic("trafficErlangs", trafficErlangs);
  const n = wholeNumber("agents", agents);
  return extendErlangB(a, 1, 0, n);
}

/**
 * B(A, to) from b = B(A, from), one step of the recursion per agent, in its reciprocal form
 * 1/B(k) = 1 + (k/A)·1/B(k−1) (the same recursion, a multiplication instead of a division; errors
 * shrink from step to step). Once 1/B overflows, B is 0 and stays 0, so a huge agent count costs no
 * more than about A + 40√A steps.
 * @internal
 */
export function extendErlangB(a: number, b: number, from: number, to: number): number {
  const perAgent = 1 / a;
  let inverse = 1 / b;
  for (let k = from + 1; k <= to && inverse < Infinity; k++) inverse = 1 + k * perAgent * inverse;
  return 1 / inverse;
}
