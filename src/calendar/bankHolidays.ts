import { show } from "../core/index.js";
import type { BankHoliday } from "./BankHoliday.js";
import { type Division, divisionOrThrow } from "./Division.js";
import { holidayTable } from "./holidayTable.js";
import { supportedDayOrThrow } from "./supportedDayOrThrow.js";

/**
 * Options for {@link bankHolidays}: the days to list, both included.
 *
 * @example
 * ```ts
 * import type { BankHolidaysOptions } from "council-contact/calendar";
 * const year2025: BankHolidaysOptions = { from: "2025-01-01", to: "2025-12-31" };
 * year2025.to //=> "2025-12-31"
 * ```
 */
export interface BankHolidaysOptions {
  /** The first day to list, `YYYY-MM-DD`, included; from 2000-01-01. */
  readonly from: string;
  /** The last day to list, `YYYY-MM-DD`, included; up to 2100-12-31; not before `from`. */
  readonly to: string;
}

/** The index of the first entry of `days` that is ≥ `day` (binary search). */
function lowerBound(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The UK bank holidays of a division between two days, computed by rule (Banking and Financial
 * Dealings Act 1971, the St Andrew's Day Bank Holiday (Scotland) Act 2007 and annual proclamation
 * practice) plus every one-off proclamation, with GOV.UK's titles. A holiday that falls at a
 * weekend appears on its substitute weekday with `substitute: true`; weekend days are never listed.
 *
 * @param division - `england-and-wales`, `scotland`, `northern-ireland`, or `united-kingdom`
 * (a bank holiday in any of the three, as FOIA counts).
 * @param options - the days to list, `from` and `to` both included.
 * @returns the bank holidays in date order.
 * @throws RangeError if `division` is unknown, `from` or `to` is not a real `YYYY-MM-DD` day or
 * falls outside 2000–2100, or `to` is before `from`.
 *
 * @example
 * ```ts
 * import { bankHolidays } from "council-contact/calendar";
 * const christmas2022 = bankHolidays("england-and-wales", { from: "2022-12-24", to: "2023-01-03" });
 * christmas2022.map((h) => `${h.date} ${h.title}${h.substitute ? " (substitute)" : ""}`) //=> ["2022-12-26 Boxing Day", "2022-12-27 Christmas Day (substitute)", "2023-01-02 New Year’s Day (substitute)"]
 * bankHolidays("united-kingdom", { from: "2025-11-01", to: "2025-12-31" }).map((h) => h.date) //=> ["2025-12-01", "2025-12-25", "2025-12-26"]
 * bankHolidays("scotland", { from: "1999-01-01", to: "1999-12-31" }) //=> throws RangeError
 * ```
 */
export function bankHolidays(division: Division, options: BankHolidaysOptions): BankHoliday[] {
  divisionOrThrow(division);
  if (typeof options !== "object" || options === null) {
    throw new RangeError(`options must be { from, to } with two YYYY-MM-DD days, got ${show(options)}`);
  }
  const from = supportedDayOrThrow(options.from, "from");
  const to = supportedDayOrThrow(options.to, "to");
  if (to < from) throw new RangeError(`to ${options.to} is before from ${options.from}`);
  const { days, holidays } = holidayTable(division);
  return holidays.slice(lowerBound(days, from), lowerBound(days, to + 1));
}
