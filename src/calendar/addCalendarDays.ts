import { checkWritable, dayOrThrow, integerOrThrow } from "../core/index.js";
import { formatDay } from "./formatDay.js";

/**
 * Add (or, with a negative `n`, subtract) calendar days.
 *
 * @param date - a calendar day `YYYY-MM-DD`.
 * @param n - whole days to add; negative counts back; 0 returns `date`.
 * @returns the calendar day `n` days after `date`.
 * @throws RangeError if `date` is not a real `YYYY-MM-DD` day, `n` is not an integer, or the
 * result falls outside the years 0000–9999.
 *
 * @example
 * ```ts
 * import { addCalendarDays } from "council-contact/calendar";
 * addCalendarDays("2024-02-28", 1) //=> "2024-02-29"
 * addCalendarDays("2024-03-01", -1) //=> "2024-02-29"
 * addCalendarDays("2023-12-25", 28) //=> "2024-01-22"
 * ```
 */
export function addCalendarDays(date: string, n: number): string {
  const day = dayOrThrow(date, "date");
  integerOrThrow(n, "n");
  return formatDay(checkWritable(day + n, `${date} + ${n} days`));
}
