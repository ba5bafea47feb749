import { checkWritable, civilFromDays, dayOrThrow, daysFromCivil, daysInMonth, integerOrThrow } from "../core/index.js";
import { formatDay } from "./formatDay.js";

/**
 * Add (or subtract) calendar months, keeping the day of the month where the target month has it
 * and otherwise clamping to that month's last day: 31 January + 1 month is 28 February (29 in a
 * leap year). This is the ICO's rule for a subject access request's "one month": the
 * corresponding calendar date in the next month, or its last day if there is none.
 *
 * @param date - a calendar day `YYYY-MM-DD`.
 * @param n - whole months to add; negative counts back; 0 returns `date`.
 * @returns the calendar day `n` months after `date`, never past the end of the target month.
 * @throws RangeError if `date` is not a real `YYYY-MM-DD` day, `n` is not an integer, or the
 * result falls outside the years 0000–9999.
 *
 * @example
 * ```ts
 * import { addCalendarMonths } from "council-contact/calendar";
 * addCalendarMonths("2024-09-03", 1) //=> "2024-10-03"
 * addCalendarMonths("2023-01-31", 1) //=> "2023-02-28"
 * addCalendarMonths("2024-01-31", 1) //=> "2024-02-29"
 * addCalendarMonths("2024-03-31", -1) //=> "2024-02-29"
 * addCalendarMonths("2024-01-31", 3) //=> "2024-04-30"
 * ```
 */
export function addCalendarMonths(date: string, n: number): string {
  const [year, month, day] = civilFromDays(dayOrThrow(date, "date"));
  integerOrThrow(n, "n");
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  if (targetYear < 0 || targetYear > 9999) checkWritable(Number.NaN, `${date} + ${n} months`);
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return formatDay(daysFromCivil(targetYear, targetMonth, targetDay));
}
