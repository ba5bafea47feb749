import { checkWritable, dayOrThrow, integerOrThrow } from "../core/index.js";
import { formatDay } from "./formatDay.js";

/**
 * The epoch-day number of an ISO calendar day: days since 1970-01-01 (negative before it), in the
 * proleptic Gregorian calendar. Subtracting two day numbers gives the calendar days between them;
 * {@link dateOfDayNumber} turns a number back into a date. Any year 0000–9999 is accepted.
 *
 * @param date - a calendar day `YYYY-MM-DD`.
 * @returns the whole number of days from 1970-01-01 to `date`.
 * @throws RangeError if `date` is not a `YYYY-MM-DD` string or is a day that does not exist.
 *
 * @example
 * ```ts
 * import { dayNumber } from "council-contact/calendar";
 * dayNumber("1970-01-02") //=> 1
 * dayNumber("2000-01-01") //=> 10957
 * dayNumber("2024-03-01") - dayNumber("2024-02-01") //=> 29
 * dayNumber("2023-02-29") //=> throws RangeError
 * ```
 */
export function dayNumber(date: string): number {
  return dayOrThrow(date, "date");
}

/**
 * The ISO calendar day of an epoch-day number: the inverse of {@link dayNumber}.
 *
 * @param n - days since 1970-01-01; an integer whose date falls in the years 0000–9999.
 * @returns the calendar day `YYYY-MM-DD`.
 * @throws RangeError if `n` is not an integer or its date is outside the years 0000–9999.
 *
 * @example
 * ```ts
 * import { dateOfDayNumber } from "council-contact/calendar";
 * dateOfDayNumber(0) //=> "1970-01-01"
 * dateOfDayNumber(19723) //=> "2024-01-01"
 * dateOfDayNumber(1.5) //=> throws RangeError
 * ```
 */
export function dateOfDayNumber(n: number): string {
  integerOrThrow(n, "n");
  return formatDay(checkWritable(n, `day number ${n}`));
}
