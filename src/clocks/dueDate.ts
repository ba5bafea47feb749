import { dateOfDayNumber, londonDay } from "../calendar/index.js";
import type { Clock } from "./Clock.js";
import { clockOrThrow } from "./clockShapeIssues.js";
import { calendarOf, deadlinesOf } from "./deadlines.js";
import { timelineOf } from "./timeline.js";

/**
 * The day the response is due, `YYYY-MM-DD`: the statutory or service-level deadline after every
 * pause, restart and extension in the clock's history. For a complaint it is the response deadline
 * (before acknowledgement, as if acknowledged on the last day allowed); `clockStatus` also gives the
 * acknowledgement deadline. For an hours clock it is the London day of the due instant
 * (`clockStatus` gives the instant). A stopped clock keeps the due date it had.
 *
 * While the clock is paused the due date is not known (it depends on when it resumes), so the
 * result is `null`; `clockStatus(clock, today).dueDate` says when it would be due if it resumed
 * that day.
 *
 * @param clock - a clock from `startClock` and the other operations (or its JSON).
 * @returns the due day, or `null` while paused.
 * @throws RangeError if the clock is malformed (not the shape `startClock` makes, an unknown regime,
 * a day that does not exist), or would fall due after 2100-12-31, the last supported day.
 *
 * @example
 * ```ts
 * import { startClock, pauseClock, resumeClock, extendClock, dueDate } from "council-contact/clocks";
 * const foi = startClock("foi", "2025-03-03");
 * dueDate(foi) //=> "2025-04-01"
 * dueDate(extendClock(foi, "2025-03-28", { by: 20 })) //=> "2025-05-01"
 * dueDate(pauseClock(foi, "2025-03-05")) //=> null
 * dueDate(resumeClock(pauseClock(foi, "2025-03-05"), "2025-03-10")) //=> "2025-04-08"
 * dueDate(startClock("sar", "2025-05-14")) //=> "2025-06-16"
 * dueDate(startClock("sar", "2025-04-26")) //=> "2025-05-27"
 * ```
 */
export function dueDate(clock: Clock): string | null {
  const timeline = timelineOf(clockOrThrow(clock));
  if (timeline.paused !== null) return null;
  const { response } = deadlinesOf(timeline, calendarOf(clock));
  return timeline.hours ? londonDay(response) : dateOfDayNumber(response);
}
