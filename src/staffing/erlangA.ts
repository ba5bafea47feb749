import { rangeError, show } from "../core/index.js";
import { aboveZero, atLeastZero, optionsObject } from "./checkInputs.js";
import { erlangB } from "./erlangB.js";
import { waitProbabilityFromB } from "./erlangC.js";
import { MAX_TERMS, queueSums } from "./queueSums.js";
import { serviceLevelFromC } from "./serviceLevel.js";

/**
 * Options for {@link erlangA}.
 *
 * @example
 * ```ts
 * import { erlangA } from "council-contact/staffing";
 * import type { ErlangAOptions } from "council-contact/staffing";
 * const options: ErlangAOptions = { trafficErlangs: 1, agents: 1, ahtSeconds: 300, patienceSeconds: 300, targetSeconds: 0 };
 * erlangA(options).abandonmentProbability //=> ≈ 0.3679
 * ```
 */
export interface ErlangAOptions {
  /** Offered traffic A in Erlangs (calls × AHT ÷ interval length), in [0, 1,000,000]. */
  readonly trafficErlangs: number;
  /** Agents N answering calls, a whole number ≥ 0. */
  readonly agents: number;
  /** Average handle time in seconds, > 0. */
  readonly ahtSeconds: number;
  /**
   * Mean time a caller will wait before hanging up, in seconds (patience is exponential), > 0.
   * `Infinity` means nobody hangs up: the results are Erlang C's.
   */
  readonly patienceSeconds: number;
  /** The Y of an "X% in Y seconds" service level, ≥ 0. */
  readonly targetSeconds: number;
}

/**
 * How an Erlang A (M/M/N+M) centre performs: waiting, abandoning and answering.
 *
 * @example
 * ```ts
 * import { erlangA } from "council-contact/staffing";
 * import type { ErlangAResult } from "council-contact/staffing";
 * const overloaded: ErlangAResult = erlangA({ trafficErlangs: 48, agents: 40, ahtSeconds: 240, patienceSeconds: 90, targetSeconds: 20 });
 * overloaded.abandonmentProbability //=> ≈ 0.1857
 * overloaded.serviceLevel //=> ≈ 0.5228
 * ```
 */
export interface ErlangAResult {
  /** Probability that a caller finds every agent busy and has to wait, P(W > 0). */
  readonly waitProbability: number;
  /** Probability that a caller hangs up before being answered, P(Ab): the unanswered share. */
  readonly abandonmentProbability: number;
  /** Share of all offered calls answered within `targetSeconds` (abandoned calls count as missed). */
  readonly serviceLevel: number;
  /** Mean wait of the calls that are answered, in seconds (0 for those answered at once); `Infinity` with no agents. */
  readonly averageSpeedOfAnswerSeconds: number;
  /** Mean wait of all callers, answered or not, in seconds: P(Ab) × mean patience. */
  readonly averageWaitSeconds: number;
  /** Share of the agents' time spent handling calls: A × (1 − P(Ab)) ÷ N. */
  readonly occupancy: number;
}

/**
 * Erlang A (Palm's M/M/N+M queue): Erlang C plus callers who hang up after an exponentially
 * distributed patience with mean `patienceSeconds` (Garnett, Mandelbaum & Reiman 2002; Mandelbaum &
 * Zeltyn 2005). It answers "how many calls go unanswered, and how fast are the rest answered?", and
 * unlike Erlang C it holds even when agents ≤ traffic, because abandonment keeps the queue finite.
 *
 * With B the Erlang B probability, S = Σ_m t_m the queue sum (see the guide) and ρ = A/N:
 * P(W > 0) = S·B / (1 − B + S·B); P(Ab | W > 0) = 1 − (1 − 1/S)/ρ; the share answered after the
 * target T is P(W > 0)·(N/A)·e^(−N·T/AHT + (λ/θ)(1 − e^(−θT)))·(S_T − 1)/S, where S_T is the same
 * sum with λ/θ scaled by e^(−θT) (θ = 1/patience); the answered callers' mean wait sums each queue position's served wait. Everything is
 * computed from the Erlang B recursion and series with positive terms, rescaled against overflow:
 * probabilities are exact to 1e-12 in the tests (against a 40-digit birth–death evaluation).
 *
 * @param options - Traffic, agents, handle time, mean patience and the answer-time target.
 * @returns Wait and abandonment probabilities, service level, waits and occupancy.
 * @throws RangeError naming the option when an option is out of range (negative traffic, fractional
 *   agents, AHT ≤ 0, patience ≤ 0, negative target), or when `patienceSeconds` is so long, for an
 *   overloaded centre, that the series would need more than 20 million terms (use `Infinity`).
 *
 * @example
 * ```ts
 * import { erlangA } from "council-contact/staffing";
 * // When mean patience equals the handle time the centre behaves like M/M/∞: callers in the system are Poisson(A).
 * const equal = erlangA({ trafficErlangs: 10, agents: 10, ahtSeconds: 180, patienceSeconds: 180, targetSeconds: 20 });
 * equal.waitProbability //=> ≈ 0.5421
 * equal.abandonmentProbability //=> ≈ 0.1251
 * const patient = erlangA({ trafficErlangs: 48, agents: 55, ahtSeconds: 240, patienceSeconds: Infinity, targetSeconds: 20 });
 * patient.serviceLevel //=> ≈ 0.8668
 * erlangA({ trafficErlangs: 10, agents: 14, ahtSeconds: 180, patienceSeconds: 0, targetSeconds: 20 }) //=> throws RangeError
 * ```
 */
export function erlangA(options: ErlangAOptions): ErlangAResult {
  optionsObject("options", options);
  const { trafficErlangs: a, agents: n } = options;
  const b = erlangB(a, n);
  const aht = aboveZero("ahtSeconds", options.ahtSeconds);
  const patience = options.patienceSeconds;
  if (!(typeof patience === "number" && patience > 0)) {
    throw rangeError("patienceSeconds", "> 0 (Infinity for none)", patience);
  }
  const target = atLeastZero("targetSeconds", options.targetSeconds);
  if (a === 0) return result(0, 0, 1, 0, 0, 0);
  if (patience === Infinity) {
    if (n <= a) return result(1, 0, 0, Infinity, Infinity, 1);
    const c = waitProbabilityFromB(a, n, b);
    const asa = (c * aht) / (n - a);
    return result(c, 0, serviceLevelFromC(a, n, c, aht, target), asa, asa, a / n);
  }
  if (n === 0) return result(1, 1, 0, Infinity, patience, 1);
  const ratio = patience / aht; // μ/θ
  const x = a * ratio; // λ/θ
  const y = n * ratio; // Nμ/θ
  const thetaT = target / patience;
  const z = Math.exp(-thetaT);
  const all = queueSums(y, x);
  const late = queueSums(y, x * z);
  if (all === undefined || late === undefined) {
    throw new RangeError(
      `patienceSeconds is too long for an exact Erlang A result with ${a} Erlangs on ${n} agents ` +
        `(more than ${MAX_TERMS} series terms), got ${show(patience)}; use Infinity for Erlang C`,
    );
  }
  // P(W > 0) = S·B / (1 − B + S·B), in logs so that B = 0 gives 0 and a huge S gives 1.
  const wait = 1 / (1 + Math.exp(Math.log1p(-b) - Math.log(b) - all.logTotal));
  if (wait === 0) return result(0, 0, 1, 0, 0, a / n); // nobody waits (B underflowed): avoids 0 × ∞
  const abandon = Math.min(1, (wait * all.meanPosition) / x);
  const exponent = (-n * target) / aht - x * Math.expm1(-thetaT);
  const answeredLate = wait * (y / x) * Math.exp(exponent + late.logTail - all.logTotal);
  const asa = abandon < 1 ? (wait * all.servedWait * patience) / (1 - abandon) : Infinity;
  // Rounding can carry a share a hair outside [0, 1]; clamp it back.
  const answered = Math.max(0, 1 - abandon - answeredLate);
  return result(wait, abandon, answered, asa, abandon * patience, Math.min(1, (a * (1 - abandon)) / n));
}

function result(
  waitProbability: number,
  abandonmentProbability: number,
  serviceLevel: number,
  averageSpeedOfAnswerSeconds: number,
  averageWaitSeconds: number,
  occupancy: number,
): ErlangAResult {
  return {
    waitProbability,
    abandonmentProbability,
    serviceLevel,
    averageSpeedOfAnswerSeconds,
    averageWaitSeconds,
    occupancy,
  };
}
