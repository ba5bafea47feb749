import { messages } from "../core/index.js";
import { CHANNEL_CODES } from "../taxonomy/index.js";
import type { ContactAggregate } from "./Aggregate.js";
import { rate } from "./counts.js";
import { OUTBOUND_CODE } from "./volumes.js";

/**
 * Options for {@link callHandling}.
 *
 * @example
 * ```ts
 * import type { CallHandlingOptions } from "council-contact/metrics";
 * const options: CallHandlingOptions = { answerWithinSeconds: 30 };
 * options.answerWithinSeconds //=> 30
 * ```
 */
export interface CallHandlingOptions {
  /** The answering standard: a call counts as answered in time if answered within this many seconds. Default 20 (the 80/20 standard). */
  readonly answerWithinSeconds?: number;
}

/**
 * The state of {@link callHandling}: plain JSON, whole-number sums.
 *
 * @example
 * ```ts
 * import { callHandling, type CallHandlingState } from "council-contact/metrics";
 * const state: CallHandlingState = callHandling().empty();
 * state.offered //=> 0
 * ```
 */
export interface CallHandlingState {
  /** Inbound telephone contacts that record whether they were answered. */
  offered: number;
  /** Of those, answered. */
  answered: number;
  /** Answered within the standard (a wait recorded and ≤ the threshold). */
  answeredInTime: number;
  /** Answered calls with a recorded wait. */
  timedAnswers: number;
  /** Σ wait of those, in seconds. */
  answerWaitSeconds: number;
  /** Answered calls with a recorded handling time. */
  handledCalls: number;
  /** Σ handling time of those, in seconds. */
  handleSeconds: number;
}

/**
 * Call handling figures, each `null` when its denominator is zero. Offered calls are inbound telephone contacts
 * that record whether they were answered; an offered call not answered is abandoned.
 *
 * @example
 * ```ts
 * import type { CallHandling } from "council-contact/metrics";
 * const calls: CallHandling = {
 *   answerWithinSeconds: 20, offered: 4, answered: 3, abandoned: 1, answerRate: 0.75, abandonmentRate: 0.25,
 *   serviceLevel: 0.5, answeringStandard: 2 / 3, averageSpeedOfAnswer: 15, averageHandleSeconds: 240,
 * };
 * calls.serviceLevel //=> 0.5
 * ```
 */
export interface CallHandling {
  /** The answering standard used, in seconds. */
  readonly answerWithinSeconds: number;
  /** Calls offered. */
  readonly offered: number;
  /** Calls answered. */
  readonly answered: number;
  /** Calls abandoned (offered and not answered). */
  readonly abandoned: number;
  /** answered ÷ offered. */
  readonly answerRate: number | null;
  /** abandoned ÷ offered. */
  readonly abandonmentRate: number | null;
  /** Service level with abandoned calls in the denominator: answered within the standard ÷ offered. */
  readonly serviceLevel: number | null;
  /** Answering-standard compliance, abandoned calls left out: answered within the standard ÷ answered. */
  readonly answeringStandard: number | null;
  /** ASA: mean wait of answered calls, in seconds. */
  readonly averageSpeedOfAnswer: number | null;
  /** AHT: mean handling time (talk, hold, wrap-up) of answered calls, in seconds. */
  readonly averageHandleSeconds: number | null;
}

const TELEPHONE = CHANNEL_CODES.indexOf("telephone");

/**
 * Answer rate, abandonment, service level, answering-standard compliance, ASA and AHT over inbound telephone
 * contacts, as an aggregate. Service level here keeps abandoned calls in the denominator (the stricter variant:
 * answered within N seconds ÷ offered); `answeringStandard` leaves them out (÷ answered).
 *
 * @param options - the answering standard in seconds.
 * @returns the aggregate.
 * @throws RangeError if `answerWithinSeconds` is not a number ≥ 0.
 * @example
 * ```ts
 * import { callHandling, summarize } from "council-contact/metrics";
 * import { parseContacts } from "council-contact/schema";
 * const calls = parseContacts([
 *   { id: "a", at: "2024-05-01T09:00:00Z", channel: "telephone", answered: true, waitSeconds: 10, handleSeconds: 200 },
 *   { id: "b", at: "2024-05-01T09:01:00Z", channel: "telephone", answered: true, waitSeconds: 40, handleSeconds: 400 },
 *   { id: "c", at: "2024-05-01T09:02:00Z", channel: "telephone", answered: false, waitSeconds: 90 },
 *   { id: "d", at: "2024-05-01T09:03:00Z", channel: "email" },
 * ]);
 * const result = summarize(calls, callHandling({ answerWithinSeconds: 20 }));
 * [result.offered, result.answered, result.abandoned] //=> [3, 2, 1]
 * [result.serviceLevel, result.answeringStandard] //=> [1 / 3, 0.5]
 * [result.averageSpeedOfAnswer, result.averageHandleSeconds] //=> [25, 300]
 * callHandling({ answerWithinSeconds: -1 }) //=> throws RangeError
 * ```
 */
export function callHandling(options: CallHandlingOptions = {}): ContactAggregate<CallHandlingState, CallHandling> {
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  const { answerWithinSeconds = 20 } = options;
  if (
    typeof answerWithinSeconds !== "number" ||
    !(answerWithinSeconds >= 0) ||
    answerWithinSeconds === Number.POSITIVE_INFINITY
  )
    throw new RangeError(messages.mustBe("options.answerWithinSeconds", "a finite number ≥ 0", answerWithinSeconds));
  const call = (state: CallHandlingState, answered: boolean, wait: number, handle: number): void => {
    state.offered += 1;
    if (!answered) return;
    state.answered += 1;
    if (wait >= 0) {
      state.timedAnswers += 1;
      state.answerWaitSeconds += wait;
      if (wait <= answerWithinSeconds) state.answeredInTime += 1;
    }
    if (handle >= 0) {
      state.handledCalls += 1;
      state.handleSeconds += handle;
    }
  };
  return {
    empty: () => ({
      offered: 0,
      answered: 0,
      answeredInTime: 0,
      timedAnswers: 0,
      answerWaitSeconds: 0,
      handledCalls: 0,
      handleSeconds: 0,
    }),
    add(state, c) {
      if (c.channel === "telephone" && c.direction !== "outbound" && typeof c.answered === "boolean")
        call(state, c.answered, c.waitSeconds ?? -1, c.handleSeconds ?? -1);
      return state;
    },
    addColumns(state, columns) {
      const { channel, direction, answered, waitSeconds, handleSeconds } = columns;
      let offered = 0;
      let answeredCalls = 0;
      let inTime = 0;
      let timed = 0;
      let waitSum = 0;
      let handled = 0;
      let handleSum = 0;
      for (let row = 0; row < columns.length; row++) {
        if (channel[row] !== TELEPHONE || direction[row] === OUTBOUND_CODE || answered[row] === 0) continue;
        offered++;
        if (answered[row] !== 2) continue;
        answeredCalls++;
        const wait = waitSeconds[row]!;
        if (wait >= 0) {
          timed++;
          waitSum += wait;
          if (wait <= answerWithinSeconds) inTime++;
        }
        const handle = handleSeconds[row]!;
        if (handle >= 0) {
          handled++;
          handleSum += handle;
        }
      }
      state.offered += offered;
      state.answered += answeredCalls;
      state.answeredInTime += inTime;
      state.timedAnswers += timed;
      state.answerWaitSeconds += waitSum;
      state.handledCalls += handled;
      state.handleSeconds += handleSum;
      return state;
    },
    merge: (a, b) => ({
      offered: a.offered + b.offered,
      answered: a.answered + b.answered,
      answeredInTime: a.answeredInTime + b.answeredInTime,
      timedAnswers: a.timedAnswers + b.timedAnswers,
      answerWaitSeconds: a.answerWaitSeconds + b.answerWaitSeconds,
      handledCalls: a.handledCalls + b.handledCalls,
      handleSeconds: a.handleSeconds + b.handleSeconds,
    }),
    result: (s) => ({
      answerWithinSeconds,
      offered: s.offered,
      answered: s.answered,
      abandoned: s.offered - s.answered,
      answerRate: rate(s.answered, s.offered),
      abandonmentRate: rate(s.offered - s.answered, s.offered),
      serviceLevel: rate(s.answeredInTime, s.offered),
      answeringStandard: rate(s.answeredInTime, s.answered),
      averageSpeedOfAnswer: rate(s.answerWaitSeconds, s.timedAnswers),
      averageHandleSeconds: rate(s.handleSeconds, s.handledCalls),
    }),
  };
}
