import { appendEvent, type When } from "./appendEvent.js";
import type { Clock } from "./Clock.js";
import { ClockError } from "./ClockError.js";

/**
 * Record that a complaint was acknowledged (Complaint Handling Codes 6.2 and 6.11: within 5
 * working days of receipt). The response time, 10 working days at stage 1 and 20 at stage 2, runs
 * from this day, so acknowledging early brings the response deadline forward; before it is
 * acknowledged the deadline is reckoned from the last day it could be acknowledged on time.
 *
 * @param clock - a complaint clock not yet acknowledged.
 * @param when - the day (or instant) of the acknowledgement.
 * @returns a new clock, acknowledged.
 * @throws RangeError if `when` is not a day or instant.
 * @throws ClockError `no_acknowledgement` for a regime without that step, `already_acknowledged`,
 * `clock_stopped`, `before_receipt` or `out_of_order`.
 *
 * @example
 * ```ts
 * import { startClock, acknowledgeClock, dueDate } from "council-contact/clocks";
 * const complaint = startClock("complaint-stage-1", "2025-06-02");
 * dueDate(complaint) //=> "2025-06-23"
 * dueDate(acknowledgeClock(complaint, "2025-06-03")) //=> "2025-06-17"
 * acknowledgeClock(startClock("foi", "2025-06-02"), "2025-06-03") //=> throws ClockError
 * ```
 */
export function acknowledgeClock(clock: Clock, when: When): Clock {
  return appendEvent(clock, when, ({ timeline, stamp }) => {
    if (timeline.rule.acknowledgeWithin === null) {
      throw new ClockError("no_acknowledgement", timeline.name, "the regime has no acknowledgement step");
    }
    if (timeline.acknowledged !== null)
      throw new ClockError("already_acknowledged", timeline.name, "the complaint was already acknowledged");
    return { type: "acknowledge", ...stamp };
  });
}
