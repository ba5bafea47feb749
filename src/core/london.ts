import { daysFromCivil, formatDayNumber, MAX_DAY, MIN_DAY, MS_PER_DAY, MS_PER_HOUR, weekdayOf } from "./days.js";
import { rangeError } from "./messages.js";
import { show } from "./show.js";

/**
 * The years for which bank holidays, working days and London days are computed: 2000 to 2100
 * inclusive. The rules (and the UK summer-time rule behind London days) have been checked for
 * these years; a date outside them is refused with a `RangeError` naming the year, never guessed.
 *
 * @example
 * ```ts
 * import { SUPPORTED_YEARS } from "council-contact/core";
 * SUPPORTED_YEARS //=> { from: 2000, to: 2100 }
 * ```
 */
export const SUPPORTED_YEARS: {
  /** The first supported year. */
  readonly from: 2000;
  /** The last supported year. */
  readonly to: 2100;
} = Object.freeze({ from: 2000, to: 2100 });

/**
 * The day numbers of the first and last supported days (2000-01-01 and 2100-12-31) and the instants
 * the supported London days begin and end.
 *
 * @example
 * ```ts
 * import { SUPPORTED_RANGE } from "council-contact/core";
 * SUPPORTED_RANGE.firstDay //=> 10957
 * SUPPORTED_RANGE.lastDay //=> 47846
 * ```
 */
export const SUPPORTED_RANGE: {
  /** Day number of 2000-01-01. */
  readonly firstDay: number;
  /** Day number of 2100-12-31. */
  readonly lastDay: number;
  /** Epoch ms of 2000-01-01T00:00:00Z (London keeps GMT in winter). */
  readonly firstMs: number;
  /** Epoch ms of 2101-01-01T00:00:00Z, the first instant past the supported days. */
  readonly endMs: number;
} = /* @__PURE__ */ (() => {
  const firstDay = daysFromCivil(SUPPORTED_YEARS.from, 1, 1);
  const lastDay = daysFromCivil(SUPPORTED_YEARS.to, 12, 31);
  return Object.freeze({ firstDay, lastDay, firstMs: firstDay * MS_PER_DAY, endMs: (lastDay + 1) * MS_PER_DAY });
})();

/** 01:00 UTC on the last Sunday of a month: when British Summer Time starts or ends. */
function lastSundayOneAm(year: number, month: 3 | 10): number {
  const last = daysFromCivil(year, month, 31);
  return (last - weekdayOf(last)) * MS_PER_DAY + MS_PER_HOUR;
}

/**
 * SUMMER[2k] and SUMMER[2k + 1]: when BST starts and ends in the k-th supported year (one spare
 * year at the end, so that the year estimate below never reads past the table). Computed once,
 * never changed.
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

function outside(epochMs: number): RangeError {
  if (typeof epochMs !== "number" || !Number.isFinite(epochMs)) {
    return new RangeError(`epochMs must be a finite number of milliseconds, got ${show(epochMs)}`);
  }
  const utcDay = Math.floor(epochMs / MS_PER_DAY);
  const when = utcDay >= MIN_DAY && utcDay <= MAX_DAY ? ` (UTC day ${formatDayNumber(utcDay)})` : "";
  return new RangeError(
    `epochMs ${epochMs}${when} is outside the supported years ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}`,
  );
}

/**
 * London's offset from UTC at an instant, in milliseconds: 0 in winter (GMT), 3,600,000 in summer
 * (BST). The UK rule in force since 1996 (the Summer Time Order 2002, following EU Directive
 * 2000/84/EC): British Summer Time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
 * last Sunday of October. No `Date`, no time-zone database: a table lookup.
 *
 * @param epochMs - an instant within the supported years.
 * @returns 0 or 3600000.
 * @throws RangeError if `epochMs` is not finite or is outside 2000–2100.
 *
 * @example
 * ```ts
 * import { londonOffsetMs } from "council-contact/core";
 * londonOffsetMs(Date.UTC(2024, 5, 16, 23, 30)) //=> 3600000
 * londonOffsetMs(Date.UTC(2024, 11, 16, 23, 30)) //=> 0
 * ```
 */
export function londonOffsetMs(epochMs: number): number {
  if (typeof epochMs !== "number" || !(epochMs >= SUPPORTED_RANGE.firstMs && epochMs < SUPPORTED_RANGE.endMs)) {
    throw outside(epochMs);
  }
  const utcDay = Math.floor(epochMs / MS_PER_DAY);
  // The year by average length: exact except within a day of 1 January (checked for every day of
  // 2000–2100), when London keeps GMT whichever year's summer the instant is compared with.
  const k = 2 * Math.floor((utcDay - SUPPORTED_RANGE.firstDay) / 365.2425);
  return epochMs >= SUMMER[k]! && epochMs < SUMMER[k + 1]! ? MS_PER_HOUR : 0;
}

/**
 * The Europe/London calendar day of an instant, as an epoch-day number: the day every day-based
 * rule (working days, statutory clocks, daily volumes) uses. Made for hot loops over millions of
 * contacts: a few arithmetic operations. Tested equal to the IANA database over 2000–2100.
 *
 * @param epochMs - an instant, milliseconds since 1970-01-01T00:00Z, within 2000–2100.
 * @returns the London day's epoch-day number.
 * @throws RangeError if `epochMs` is not a finite number or its London day is outside 2000–2100.
 *
 * @example
 * ```ts
 * import { formatDayNumber, londonDayNumber } from "council-contact/core";
 * const sundayNightInJune = Date.UTC(2024, 5, 16, 23, 30); // Sunday 23:30 UTC = Monday 00:30 BST
 * formatDayNumber(londonDayNumber(sundayNightInJune)) //=> "2024-06-17"
 * formatDayNumber(londonDayNumber(Date.UTC(2024, 11, 16, 23, 30))) //=> "2024-12-16"
 * londonDayNumber(Number.NaN) //=> throws RangeError
 * ```
 */
export function londonDayNumber(epochMs: number): number {
  return Math.floor((epochMs + londonOffsetMs(epochMs)) / MS_PER_DAY);
}

/**
 * The instant a London calendar day begins: 00:00 GMT, or 00:00 BST (23:00 UTC the day before).
 *
 * @param dayNumber - a London day, as days since 1970-01-01, within 2000–2100.
 * @returns epoch milliseconds.
 * @throws RangeError if `dayNumber` is not an integer or the day is outside 2000–2100.
 *
 * @example
 * ```ts
 * import { londonDayStart, parseDay } from "council-contact/core";
 * londonDayStart(parseDay("2024-06-17")) //=> Date.UTC(2024, 5, 16, 23)
 * londonDayStart(parseDay("2024-12-17")) //=> Date.UTC(2024, 11, 17)
 * ```
 */
export function londonDayStart(dayNumber: number): number {
  if (!Number.isSafeInteger(dayNumber)) throw rangeError("dayNumber", "an integer", dayNumber);
  if (!(dayNumber >= SUPPORTED_RANGE.firstDay && dayNumber <= SUPPORTED_RANGE.lastDay)) {
    throw new RangeError(
      `day ${dayNumber >= MIN_DAY && dayNumber <= MAX_DAY ? formatDayNumber(dayNumber) : show(dayNumber)} is outside the supported years ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}`,
    );
  }
  const midnight = dayNumber * MS_PER_DAY;
  const ifSummer = midnight - MS_PER_HOUR;
  return ifSummer >= SUPPORTED_RANGE.firstMs && londonOffsetMs(ifSummer) === MS_PER_HOUR ? ifSummer : midnight;
}
