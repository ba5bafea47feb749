import type { WorkingDayOptions } from "./WorkingDayOptions.js";
import { addWorkingDaysIn } from "./workingDayIndex.js";
import { workingDayIndexFor } from "./workingDayIndexFor.js";

/**
 * Step `n` working days from a day: forward for positive `n`, back for negative. The start need
 * not be a working day: from a Saturday, `+1` is the next working day (Monday, unless it is a
 * bank holiday) and `−1` the last working day before it. `n = 0` returns `date` unchanged.
 * FOIA's "twentieth working day following the date of receipt" is `addWorkingDays(received, 20,
 * { division: "united-kingdom" })`. Constant time: a lookup in a precomputed index.
 *
 * @param date - a calendar day `YYYY-MM-DD` in 2000–2100.
 * @param n - a whole number of working days.
 * @param options - `division`: whose bank holidays count (`united-kingdom`: any division's).
 * @returns the working day reached (or `date` itself when `n` is 0).
 * @throws RangeError if `date` is not a real `YYYY-MM-DD` day in 2000–2100, `n` is not an
 * integer, the division is unknown, or the result would fall outside 2000–2100.
 *
 * @example
 * ```ts
 * import { addWorkingDays } from "council-contact/calendar";
 * addWorkingDays("2025-12-19", 5, { division: "england-and-wales" }) //=> "2025-12-30"
 * addWorkingDays("2025-12-27", 1, { division: "england-and-wales" }) //=> "2025-12-29"
 * addWorkingDays("2025-12-27", -1, { division: "england-and-wales" }) //=> "2025-12-24"
 * addWorkingDays("2024-12-20", 20, { division: "united-kingdom" }) //=> "2025-01-23"
 * addWorkingDays("2025-12-27", 0, { division: "scotland" }) //=> "2025-12-27"
 * addWorkingDays("2025-12-27", 1.5, { division: "scotland" }) //=> throws RangeError
 * ```
 */
export function addWorkingDays(date: string, n: number, options: WorkingDayOptions): string {
  return addWorkingDaysIn(workingDayIndexFor(options), date, n);
}
