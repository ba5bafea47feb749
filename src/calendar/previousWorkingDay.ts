import type { WorkingDayOptions } from "./WorkingDayOptions.js";
import { addWorkingDaysIn } from "./workingDayIndex.js";
import { workingDayIndexFor } from "./workingDayIndexFor.js";

/**
 * The last working day before a day (the day itself is never returned): `addWorkingDays(date, -1)`.
 *
 * @param date - a calendar day `YYYY-MM-DD` in 2000–2100.
 * @param options - `division`: whose bank holidays count (`united-kingdom`: any division's).
 * @returns the previous working day.
 * @throws RangeError if `date` is not a real `YYYY-MM-DD` day in 2000–2100, the division is
 * unknown, or there is no working day before it from 2000.
 *
 * @example
 * ```ts
 * import { previousWorkingDay } from "council-contact/calendar";
 * previousWorkingDay("2026-01-05", { division: "england-and-wales" }) //=> "2026-01-02"
 * previousWorkingDay("2026-01-05", { division: "scotland" }) //=> "2025-12-31"
 * ```
 */
export function previousWorkingDay(date: string, options: WorkingDayOptions): string {
  return addWorkingDaysIn(workingDayIndexFor(options), date, -1);
}
