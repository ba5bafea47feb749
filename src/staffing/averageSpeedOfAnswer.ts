import { aboveZero, optionsObject } from "./checkInputs.js";
import { erlangC } from "./erlangC.js";

/**
 * Options for {@link averageSpeedOfAnswer}.
 *
 * @example
 * ```ts
 * import { averageSpeedOfAnswer } from "council-contact/staffing";
 * import type { AverageSpeedOfAnswerOptions } from "council-contact/staffing";
 * const options: AverageSpeedOfAnswerOptions = { trafficErlangs: 2, agents: 3, ahtSeconds: 60 };
 * averageSpeedOfAnswer(options) //=> ≈ 26.667
 * ```
 */
export interface AverageSpeedOfAnswerOptions {
  /** Offered traffic A in Erlangs (calls × AHT ÷ interval length), in [0, 1,000,000]. */
  readonly trafficErlangs: number;
  /** Agents N answering calls, a whole number ≥ 0. */
  readonly agents: number;
  /** Average handle time in seconds (talk + hold + after-call work), > 0. */
  readonly ahtSeconds: number;
}

/**
 * Erlang C average speed of answer: the mean time a caller waits before an agent answers, averaged
 * over all calls (those answered at once count as 0), ASA = C(A, N) · AHT / (N − A).
 *
 * When agents ≤ traffic the queue grows without limit and the result is `Infinity`: the one place
 * the staffing module returns a non-finite number, and it is documented here on purpose.
 *
 * @param options - Traffic, agents and handle time.
 * @returns The average wait in seconds, ≥ 0, or `Infinity` when agents ≤ traffic.
 * @throws RangeError when an option is out of range (negative or non-finite traffic, a fractional
 *   agent count, AHT ≤ 0).
 *
 * @example
 * ```ts
 * import { averageSpeedOfAnswer } from "council-contact/staffing";
 * averageSpeedOfAnswer({ trafficErlangs: 48, agents: 55, ahtSeconds: 240 }) //=> ≈ 8.18
 * averageSpeedOfAnswer({ trafficErlangs: 10, agents: 10, ahtSeconds: 180 }) //=> Infinity
 * averageSpeedOfAnswer({ trafficErlangs: 10, agents: 14, ahtSeconds: -1 }) //=> throws RangeError
 * ```
 */
export function averageSpeedOfAnswer(options: AverageSpeedOfAnswerOptions): number {
  optionsObject("options", options);
  const { trafficErlangs: a, agents: n } = options;
  const c = erlangC(a, n);
  const aht = aboveZero("ahtSeconds", options.ahtSeconds);
  return n <= a ? Infinity : (c * aht) / (n - a);
}
