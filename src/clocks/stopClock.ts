import { appendEvent, type When } from "./appendEvent.js";
import type { Clock } from "./Clock.js";

/**
 * Stop a clock: the response was sent, or the case closed (withdrawn, refused). `clockStatus` then
 * says whether the deadline was `met` or `missed`, and by how many working days. Stopping a paused
 * clock first resumes it on the stop day. A stopped clock takes no further events.
 *
 * @param clock - a clock that has not stopped.
 * @param when - the day (or instant) it stopped: not before receipt or the clock's last event.
 * @returns a new clock, stopped.
 * @throws RangeError if `when` is not a day or instant.
 * @throws ClockError `clock_stopped`, `before_receipt` or `out_of_order`.
 *
 * @example
 * ```ts
 * import { startClock, stopClock, clockStatus } from "council-contact/clocks";
 * const answered = stopClock(startClock("foi", "2025-03-03"), "2025-03-28");
 * clockStatus(answered, "2025-04-15").status //=> "met"
 * stopClock(startClock("foi", "2025-03-03"), "2025-03-02") //=> throws ClockError
 * ```
 */
export function stopClock(clock: Clock, when: When): Clock {
  return appendEvent(clock, when, ({ stamp }) => ({ type: "stop", ...stamp }));
}
