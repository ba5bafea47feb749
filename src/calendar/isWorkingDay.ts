import type { WorkingDayOptions } from "./WorkingDayOptions.js";
import { indexOfDate, isWorkingAt } from "./workingDayIndex.js";
import { workingDayIndexFor } from "./workingDayIndexFor.js";

/**
 * Whether a day is a working day: Monday to Friday and not a bank holiday in the division.
 * For a council's own closure days as well, use `workingCalendar`.
 *
 * @param date - a calendar day `YYYY-MM-DD` in 2000–2100.
 * @param options - `division`: whose bank holidays count (`united-kingdom`: any division's).
 * @returns `true` on a working day.
 * @throws RangeError if `date` is not a real `YYYY-MM-DD` day in 2000–2100 or the division is unknown.
 *
 * @example
 * ```ts
 * import { isWorkingDay } from "council-contact/calendar";
 * isWorkingDay("2025-01-02", { division: "england-and-wales" }) //=> true
 * isWorkingDay("2025-01-02", { division: "scotland" }) //=> false
 * isWorkingDay("2025-01-02", { division: "united-kingdom" }) //=> false
 * isWorkingDay("2025-01-04", { division: "england-and-wales" }) //=> false
 * ```
 */
export function isWorkingDay(date: string, options: WorkingDayOptions): boolean {
  return isWorkingAt(workingDayIndexFor(options), indexOfDate(date, "date"));
}
