import { appendEvent, type When } from "./appendEvent.js";
import type { Clock } from "./Clock.js";
import { ClockError } from "./ClockError.js";

/**
 * Resume a paused clock on the day (or at the instant) the council got what it was waiting for.
 * A restart (an FOI clarification, a SAR's identity) counts afresh from this day; otherwise the
 * paused days are left out and the due date moves on by them.
 *
 * @param clock - a paused clock.
 * @param when - the day (or instant) it resumes: not before the pause.
 * @returns a new clock, running.
 * @throws RangeError if `when` is not a day or instant.
 * @throws ClockError `clock_not_paused` if the clock is running, `clock_stopped`, `before_receipt`
 * or `out_of_order`.
 *
 * @example
 * ```ts
 * import { startClock, pauseClock, resumeClock, dueDate } from "council-contact/clocks";
 * const awaitingId = startClock("sar", "2025-01-20", { awaiting: "identity" });
 * dueDate(resumeClock(awaitingId, "2025-01-31")) //=> "2025-02-28"
 * const complaint = pauseClock(startClock("complaint-stage-1", "2025-06-02"), "2025-06-04");
 * dueDate(resumeClock(complaint, "2025-06-09")) //=> "2025-06-26"
 * resumeClock(startClock("foi", "2025-03-03"), "2025-03-04") //=> throws ClockError
 * ```
 */
export function resumeClock(clock: Clock, when: When): Clock {
  return appendEvent(clock, when, ({ timeline, stamp }) => {
    if (timeline.paused === null)
      throw new ClockError("clock_not_paused", timeline.name, "the clock is running: there is no pause to resume");
    return { type: "resume", ...stamp };
  });
}
