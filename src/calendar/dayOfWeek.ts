import { dayOrThrow, weekdayOf } from "../core/index.js";

/**
 * The day of the week of a calendar day, numbered as `Date.prototype.getDay` and date-fns
 * `getDay` do: 0 = Sunday, 1 = Monday … 6 = Saturday.
 *
 * @param date - a calendar day `YYYY-MM-DD`.
 * @returns 0 (Sunday) to 6 (Saturday).
 * @throws RangeError if `date` is not a real `YYYY-MM-DD` day.
 *
 * @example
 * ```ts
 * import { dayOfWeek } from "council-contact/calendar";
 * dayOfWeek("2024-12-25") //=> 3
 * dayOfWeek("2023-01-01") //=> 0
 * ```
 */
export function dayOfWeek(date: string): number {
  return weekdayOf(dayOrThrow(date, "date"));
}
