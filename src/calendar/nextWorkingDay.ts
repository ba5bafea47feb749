import type { WorkingDayOptions } from "./WorkingDayOptions.js";
import { addWorkingDaysIn } from "./workingDayIndex.js";
import { workingDayIndexFor } from "./workingDayIndexFor.js";

/**
 * The first working day after a day (the day itself is never returned): `addWorkingDays(date, 1)`.
 *
 * @param date - a calendar day `YYYY-MM-DD` in 2000–2100.
 * @param options - `division`: whose bank holidays count (`united-kingdom`: any division's).
 * @returns the next working day.
 * @throws RangeError if `date` is not a real `YYYY-MM-DD` day in 2000–2100, the division is
 * unknown, or there is no working day after it within 2100.
 *
 * @example
 * ```ts
 * import { nextWorkingDay } from "council-contact/calendar";
 * nextWorkingDay("2026-04-02", { division: "england-and-wales" }) //=> "2026-04-07"
 * nextWorkingDay("2026-04-02", { division: "scotland" }) //=> "2026-04-06"
 * ```
 */
export function nextWorkingDay(date: string, options: WorkingDayOptions): string {
  return addWorkingDaysIn(workingDayIndexFor(options), date, 1);
}
