import { daysFromCivil, formatCivil, MAX_DAY, MIN_DAY, MS_PER_DAY, show, weekdayOf } from "./isoDay.js";
import { END_MS, FIRST_DAY, FIRST_MS, SUPPORTED_YEARS } from "./supportedYears.js";

const HOUR = 3_600_000;

/** 01:00 UTC on the last Sunday of a month, in epoch ms: when British Summer Time starts or ends. */
function lastSundayOneAm(year: number, month: 3 | 10): number {
  const last = daysFromCivil(year, month, 31);
  return (last - weekdayOf(last)) * MS_PER_DAY + HOUR;
}

/**
 * SUMMER[2k] and SUMMER[2k + 1]: when BST starts and ends in the k-th supported year (one spare
 * year at the end, so that the year estimate below never reads past the table).
 */
const SUMMER = /* @__PURE__ */ (() => {
  const years = SUPPORTED_YEARS.to - SUPPORTED_YEARS.from + 2;
  const bounds = new Float64Array(2 * years);
  for (let k = 0; k < years; k++) {
    bounds[2 * k] = lastSundayOneAm(SUPPORTED_YEARS.from + k, 3);
    bounds[2 * k + 1] = lastSundayOneAm(SUPPORTED_YEARS.from + k, 10);
  }
  return bounds;
})();

/**
 * The Europe/London calendar day of an instant, as an epoch-day number (days since 1970-01-01;
 * turn it into `YYYY-MM-DD` with `dateOfDayNumber`). Made for hot loops over millions of contacts:
 * no `Date`, no time-zone database, a few arithmetic operations. It applies the UK rule, in force
 * since 1996 (Summer Time Order 2002, following EU Directive 2000/84/EC): British Summer Time,
 * UTC+1, from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October;
 * GMT otherwise. Tested equal to `@date-fns/tz` (the IANA database) over 2000–2100.
 *
 * @param epochMs - an instant, milliseconds since 1970-01-01T00:00Z, within 2000–2100.
 * @returns the London day's epoch-day number.
 * @throws RangeError if `epochMs` is not a finite number or its London day is outside 2000–2100.
 *
 * @example
 * ```ts
 * import { dateOfDayNumber, londonDayNumber } from "council-contact/calendar";
 * const sundayNightInJune = Date.UTC(2024, 5, 16, 23, 30); // Sunday 23:30 UTC = Monday 00:30 BST
 * dateOfDayNumber(londonDayNumber(sundayNightInJune)) //=> "2024-06-17"
 * dateOfDayNumber(londonDayNumber(Date.UTC(2024, 11, 16, 23, 30))) //=> "2024-12-16"
 * londonDayNumber(Number.NaN) //=> throws RangeError
 * ```
 */
export function londonDayNumber(epochMs: number): number {
  if (!(epochMs >= FIRST_MS && epochMs < END_MS)) {
    if (typeof epochMs !== "number" || !Number.isFinite(epochMs)) {
      throw new RangeError(`epochMs must be a finite number of milliseconds, got ${show(epochMs)}`);
    }
    const utcDay = Math.floor(epochMs / MS_PER_DAY);
    const when = utcDay >= MIN_DAY && utcDay <= MAX_DAY ? ` (UTC day ${formatCivil(utcDay)})` : "";
    throw new RangeError(
      `epochMs ${epochMs}${when} is outside the supported years ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}`,
    );
  }
  const utcDay = Math.floor(epochMs / MS_PER_DAY);
  // The year by average length: exact except within a day of 1 January (checked for every day of
  // 2000–2100), when London keeps GMT whichever year's summer the instant is compared with.
  const k = 2 * Math.floor((utcDay - FIRST_DAY) / 365.2425);
  return epochMs >= SUMMER[k]! && epochMs < SUMMER[k + 1]! ? Math.floor((epochMs + HOUR) / MS_PER_DAY) : utcDay;
}
