import { instantOrThrow, londonDayNumber } from "../core/index.js";
import { formatDay } from "./formatDay.js";

/**
 * The Europe/London calendar day of an instant: the day every day-based rule (working days,
 * statutory clocks, daily volumes) uses. A contact received on Sunday 16 June 2024 at 23:30 UTC
 * arrived at 00:30 on Monday in London, so its day is Monday 17 June.
 *
 * @param instant - an ISO 8601 date-time with an offset or `Z` (`2024-06-16T23:30:00Z`,
 * `2024-06-17T00:30+01:00`), integer epoch milliseconds, or a valid `Date`; within 2000–2100. The
 * one instant grammar of the library, as `readInstant` in `council-contact/core` reads it.
 * @returns the London day, `YYYY-MM-DD`.
 * @throws RangeError naming the part that is wrong if the string has no offset or is not a real
 * date-time, the number is not an integer, the `Date` is invalid, or the London day is outside
 * 2000–2100.
 *
 * @example
 * ```ts
 * import { londonDay } from "council-contact/calendar";
 * londonDay("2024-06-16T23:30:00Z") //=> "2024-06-17"
 * londonDay("2024-12-15T23:30:00Z") //=> "2024-12-15"
 * londonDay("2024-06-17T00:30:00+01:00") //=> "2024-06-17"
 * londonDay(Date.UTC(2024, 2, 31, 0, 59)) //=> "2024-03-31"
 * londonDay(new Date("2024-10-26T23:00:00Z")) //=> "2024-10-27"
 * londonDay("2024-06-16T23:30:00") //=> throws RangeError
 * ```
 */
export function londonDay(instant: string | number | Date): string {
  return formatDay(londonDayNumber(instantOrThrow(instant, "instant")));
}
