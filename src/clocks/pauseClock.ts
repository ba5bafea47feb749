import { messages } from "../core/index.js";
import { appendEvent, showTime, type When } from "./appendEvent.js";
import type { Clock } from "./Clock.js";
import { ClockError } from "./ClockError.js";
import type { PauseReason } from "./Regime.js";

const REASONS: readonly PauseReason[] = ["clarification", "identity", "fee", "other"];

/**
 * Options for {@link pauseClock}.
 *
 * @example
 * ```ts
 * import type { PauseClockOptions } from "council-contact/clocks";
 * const options: PauseClockOptions = { reason: "fee" };
 * options.reason //=> "fee"
 * ```
 */
export interface PauseClockOptions {
  /**
   * Why the clock pauses, which decides what resuming does (`STATUTORY_REGIMES[regime].pauses`).
   * Default: the regime's usual pause, `clarification` for FOI, FOISA, EIR and SAR, `other` for
   * complaints and service levels.
   */
  readonly reason?: PauseReason;
}

/**
 * Pause a clock: the council is waiting for the requester. What happens on resumption depends on
 * the reason and the regime's law: an FOI, FOISA or EIR clarification restarts the count from the
 * day the clarification arrives; an FOI fees notice and a SAR clarification leave out the days
 * from the pause to the resumption; a SAR's identity or fee restarts its month; a complaint or
 * service-level pause leaves out the working days after the pause day up to the resumption.
 *
 * @param clock - a running clock.
 * @param when - the day (or instant) it pauses: not before receipt or the clock's last event.
 * @param options - the reason.
 * @returns a new clock, paused.
 * @throws RangeError if `when` is not a day or instant, or the reason is not a pause reason.
 * @throws ClockError `clock_stopped`, `clock_paused`, `before_receipt`, `out_of_order`, or
 * `pause_not_allowed` when the regime has no such pause (a fee under FOISA).
 *
 * @example
 * ```ts
 * import { startClock, pauseClock, clockStatus } from "council-contact/clocks";
 * const paused = pauseClock(startClock("foi", "2025-03-03"), "2025-03-05");
 * paused.events //=> [{ type: "pause", on: "2025-03-05", reason: "clarification" }]
 * clockStatus(paused, "2025-03-12").status //=> "paused"
 * pauseClock(paused, "2025-03-06") //=> throws ClockError
 * pauseClock(startClock("foisa", "2025-03-03"), "2025-03-05", { reason: "fee" }) //=> throws ClockError
 * ```
 */
export function pauseClock(clock: Clock, when: When, options: PauseClockOptions = {}): Clock {
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  return appendEvent(clock, when, ({ timeline, stamp }) => {
    const reason = options.reason ?? timeline.rule.defaultPause;
    if (!REASONS.includes(reason)) throw new RangeError(messages.oneOf("reason", REASONS, reason));
    if (timeline.paused !== null) {
      throw new ClockError(
        "clock_paused",
        timeline.name,
        `already paused since ${showTime(timeline, timeline.paused.since)} for ${timeline.paused.reason}`,
      );
    }
    if (timeline.rule.pauses[reason] === undefined) {
      throw new ClockError(
        "pause_not_allowed",
        timeline.name,
        `no pause for ${reason}: the regime allows ${Object.keys(timeline.rule.pauses).join(", ")}`,
      );
    }
    return { type: "pause", ...stamp, reason };
  });
}
