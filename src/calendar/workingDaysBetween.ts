import type { WorkingDayOptions } from "./WorkingDayOptions.js";
import { indexOfDate, workingBetween } from "./workingDayIndex.js";
import { workingDayIndexFor } from "./workingDayIndexFor.js";

/**
 * The working days after `start` up to and including `end`; when `end` is before `start`, minus
 * the working days from `end` up to but not including `start`. Either way the start is left out
 * and the end counted, so `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every day `d`.
 *
 * @param start - a calendar day `YYYY-MM-DD` in 2000–2100, not counted.
 * @param end - a calendar day `YYYY-MM-DD` in 2000–2100, counted.
 * @param options - `division`: whose bank holidays count (`united-kingdom`: any division's).
 * @returns a whole number of working days, negative when `end` is before `start`.
 * @throws RangeError if either day is not a real `YYYY-MM-DD` day in 2000–2100 or the division is unknown.
 *
 * @example
 * ```ts
 * import { workingDaysBetween } from "council-contact/calendar";
 * workingDaysBetween("2025-12-19", "2026-01-02", { division: "england-and-wales" }) //=> 7
 * workingDaysBetween("2025-12-19", "2026-01-02", { division: "scotland" }) //=> 6
 * workingDaysBetween("2026-01-02", "2025-12-19", { division: "england-and-wales" }) //=> -7
 * workingDaysBetween("2025-12-27", "2025-12-28", { division: "england-and-wales" }) //=> 0
 * ```
 */
export function workingDaysBetween(start: string, end: string, options: WorkingDayOptions): number {
  return workingBetween(workingDayIndexFor(options), indexOfDate(start, "start"), indexOfDate(end, "end"));
}
