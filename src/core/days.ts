// Calendar days as epoch-day numbers (days since 1970-01-01, proleptic Gregorian): the one
// day-number vocabulary of the library. Hand-written so that hot paths over millions of dates never
// build a `Date`. The civil ↔ day-number conversions are Howard Hinnant's `days_from_civil` and
// `civil_from_days` (http://howardhinnant.github.io/date_algorithms.html).

import { rangeError } from "./messages.js";
import { show } from "./show.js";

/**
 * Milliseconds in a day (of UTC; a London day can be 23 or 25 hours long).
 *
 * @example
 * ```ts
 * import { MS_PER_DAY } from "council-contact/core";
 * MS_PER_DAY //=> 86400000
 * ```
 */
export const MS_PER_DAY = 86_400_000;

/**
 * Milliseconds in an hour.
 *
 * @example
 * ```ts
 * import { MS_PER_HOUR } from "council-contact/core";
 * MS_PER_HOUR //=> 3600000
 * ```
 */
export const MS_PER_HOUR = 3_600_000;

/**
 * The day number of 0000-01-01: the first day `YYYY-MM-DD` can write.
 *
 * @example
 * ```ts
 * import { MIN_DAY } from "council-contact/core";
 * MIN_DAY //=> -719528
 * ```
 */
export const MIN_DAY = -719_528;

/**
 * The day number of 9999-12-31: the last day `YYYY-MM-DD` can write.
 *
 * @example
 * ```ts
 * import { MAX_DAY } from "council-contact/core";
 * MAX_DAY //=> 2932896
 * ```
 */
export const MAX_DAY = 2_932_896;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * The English names of the months, January first.
 *
 * @example
 * ```ts
 * import { MONTH_NAMES } from "council-contact/core";
 * MONTH_NAMES[1] //=> "February"
 * ```
 */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * Whether a Gregorian year has 29 February.
 *
 * @param year - a year.
 * @returns true for leap years.
 * @throws RangeError if `year` is not a safe integer.
 *
 * @example
 * ```ts
 * import { isLeapYear } from "council-contact/core";
 * isLeapYear(2024) //=> true
 * isLeapYear(2100) //=> false
 * ```
 */
export function isLeapYear(year: number): boolean {
  if (!Number.isSafeInteger(year)) throw rangeError("year", "an integer", year);
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month (1–12) of a year.
 *
 * @param year - the year.
 * @param month - the month, 1–12.
 * @returns 28 to 31.
 * @throws RangeError if `year` is not a safe integer or `month` is not an integer from 1 to 12.
 *
 * @example
 * ```ts
 * import { daysInMonth } from "council-contact/core";
 * daysInMonth(2024, 2) //=> 29
 * daysInMonth(2023, 4) //=> 30
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (!(Number.isInteger(month) && month >= 1 && month <= 12))
    throw rangeError("month", "an integer from 1 to 12", month);
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * The day number of a civil date. Does not check that the day exists: 31 February is 3 March.
 *
 * @param year - the year.
 * @param month - the month, 1–12.
 * @param day - the day of the month.
 * @returns days since 1970-01-01.
 * @throws RangeError if any argument is not a safe integer.
 *
 * @example
 * ```ts
 * import { daysFromCivil } from "council-contact/core";
 * daysFromCivil(1970, 1, 2) //=> 1
 * daysFromCivil(2024, 1, 1) //=> 19723
 * ```
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  if (!(Number.isSafeInteger(year) && Number.isSafeInteger(month) && Number.isSafeInteger(day))) {
    throw rangeError(
      "year, month and day",
      "integers",
      [year, month, day].find((n) => !Number.isSafeInteger(n)),
    );
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The civil date `[year, month, day]` of a day number.
 *
 * @param dayNumber - days since 1970-01-01.
 * @returns the year, month (1–12) and day of the month.
 * @throws RangeError if `dayNumber` is not a safe integer.
 *
 * @example
 * ```ts
 * import { civilFromDays } from "council-contact/core";
 * civilFromDays(19723) //=> [2024, 1, 1]
 * ```
 */
export function civilFromDays(dayNumber: number): [number, number, number] {
  if (!Number.isSafeInteger(dayNumber)) throw rangeError("dayNumber", "an integer", dayNumber);
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/**
 * Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday).
 *
 * @param dayNumber - days since 1970-01-01.
 * @returns 0 (Sunday) to 6 (Saturday).
 * @throws RangeError if `dayNumber` is not a safe integer.
 *
 * @example
 * ```ts
 * import { weekdayOf } from "council-contact/core";
 * weekdayOf(0) //=> 4
 * ```
 */
export function weekdayOf(dayNumber: number): number {
  if (!Number.isSafeInteger(dayNumber)) throw rangeError("dayNumber", "an integer", dayNumber);
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * The fields of `text` read as `YYYY-MM-DD`, packed as `year << 9 | month << 5 | day`, or −1 if
 * `text` is not ten characters of that shape with a month 1–12 and a day 1–31. Whether the day
 * exists in its month is left to the caller. Never throws and never allocates, and unpacks with
 * shifts rather than divisions: the day parsers build on it.
 *
 * @param text - anything.
 * @returns the packed fields, or −1.
 *
 * @example
 * ```ts
 * import { isoFields } from "council-contact/core";
 * const packed = isoFields("2024-02-30");
 * [packed >> 9, (packed >> 5) & 15, packed & 31] //=> [2024, 2, 30]
 * isoFields("2024-13-01") //=> -1
 * ```
 */
export function isoFields(text: unknown): number {
  if (typeof text !== "string" || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45)
    return -1;
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  // `x >>> 0 > 9` is true for any code that is not a digit (negatives wrap to large numbers).
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9) return -1;
  if (m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) return -1;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
  return ((y0 * 1000 + y1 * 100 + y2 * 10 + y3) << 9) | (month << 5) | day;
}

/**
 * The day number of `text` if it is a real `YYYY-MM-DD` day, otherwise `NaN`. Never throws.
 *
 * @param text - anything.
 * @returns days since 1970-01-01, or `NaN`.
 *
 * @example
 * ```ts
 * import { parseDay } from "council-contact/core";
 * parseDay("1970-01-02") //=> 1
 * Number.isNaN(parseDay("2023-02-29")) //=> true
 * ```
 */
export function parseDay(text: unknown): number {
  const fields = isoFields(text);
  if (fields < 0) return Number.NaN;
  const year = fields >> 9;
  const month = (fields >> 5) & 15;
  const day = fields & 31;
  return day > daysInMonth(year, month) ? Number.NaN : daysFromCivil(year, month, day);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/**
 * `YYYY-MM-DD` of a day number in the years 0000–9999 (past them the year has more digits or a sign).
 *
 * @param dayNumber - days since 1970-01-01.
 * @returns the ISO calendar day.
 * @throws RangeError if `dayNumber` is not a safe integer.
 *
 * @example
 * ```ts
 * import { formatDayNumber } from "council-contact/core";
 * formatDayNumber(19723) //=> "2024-01-01"
 * ```
 */
export function formatDayNumber(dayNumber: number): string {
  const [year, month, day] = civilFromDays(dayNumber);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Why `text` is not a real `YYYY-MM-DD` day, in words, or `undefined` if it is one. Says which part
 * is wrong: a month 13, a day 0, 30 February, or not a date at all.
 *
 * @param text - anything.
 * @returns the reason, or `undefined`.
 *
 * @example
 * ```ts
 * import { whyNotDay } from "council-contact/core";
 * whyNotDay("2024-02-30") //=> "February 2024 has 29 days"
 * whyNotDay("2024-13-01") //=> "there is no month 13"
 * whyNotDay("yesterday") //=> "not a date: expected YYYY-MM-DD such as 2024-06-17"
 * whyNotDay("2024-06-17") //=> undefined
 * ```
 */
export function whyNotDay(text: unknown): string | undefined {
  if (!Number.isNaN(parseDay(text))) return undefined;
  if (typeof text === "string" && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const year = Number(text.slice(0, 4));
    const month = Number(text.slice(5, 7));
    const day = Number(text.slice(8));
    if (month < 1 || month > 12) return `there is no month ${month}`;
    if (day === 0) return "there is no day 0";
    return `${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days`;
  }
  return "not a date: expected YYYY-MM-DD such as 2024-06-17";
}

/**
 * The day number of `text`, or a `RangeError` naming the input and saying which part is wrong.
 *
 * @param text - the input, expected to be `YYYY-MM-DD`.
 * @param name - the input's name, for the message.
 * @returns days since 1970-01-01.
 * @throws RangeError if `text` is not a `YYYY-MM-DD` string or is a day that does not exist.
 *
 * @example
 * ```ts
 * import { dayOrThrow } from "council-contact/core";
 * dayOrThrow("1970-01-02", "date") //=> 1
 * dayOrThrow("2023-02-29", "date") //=> throws RangeError
 * ```
 */
export function dayOrThrow(text: unknown, name: string): number {
  const day = parseDay(text);
  if (!Number.isNaN(day)) return day;
  if (typeof text === "string" && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    throw new RangeError(`${name} ${text} does not exist (${whyNotDay(text)})`);
  }
  throw new RangeError(`${name} must be an ISO calendar day YYYY-MM-DD, got ${show(text)}`);
}

/**
 * `n`, or a `RangeError` naming it unless it is a safe integer.
 *
 * @param n - anything.
 * @param name - the input's name, for the message.
 * @returns `n`.
 * @throws RangeError if `n` is not a safe integer.
 *
 * @example
 * ```ts
 * import { integerOrThrow } from "council-contact/core";
 * integerOrThrow(3, "n") //=> 3
 * integerOrThrow(1.5, "n") //=> throws RangeError
 * ```
 */
export function integerOrThrow(n: unknown, name: string): number {
  if (typeof n !== "number" || !Number.isSafeInteger(n)) {
    throw new RangeError(`${name} must be an integer, got ${show(n)}`);
  }
  return n;
}

/**
 * `dayNumber`, or a `RangeError` if its date falls outside the years 0000–9999 that `YYYY-MM-DD`
 * can write.
 *
 * @param dayNumber - days since 1970-01-01.
 * @param what - what the day is, for the message.
 * @returns `dayNumber`.
 * @throws RangeError if the day is outside 0000-01-01 to 9999-12-31.
 *
 * @example
 * ```ts
 * import { checkWritable } from "council-contact/core";
 * checkWritable(0, "day") //=> 0
 * checkWritable(3e6, "day") //=> throws RangeError
 * ```
 */
export function checkWritable(dayNumber: number, what: string): number {
  if (typeof dayNumber !== "number" || !(dayNumber >= MIN_DAY && dayNumber <= MAX_DAY)) {
    throw new RangeError(`${what} falls outside the years 0000–9999 that YYYY-MM-DD can write`);
  }
  return dayNumber;
}

/**
 * The calendar fields of a local time given as milliseconds since 1970-01-01T00:00 on the local clock
 * (an instant plus its offset). Private to core: `formatInstant` and `timeZone().wallTimeOf` both read
 * their fields with it.
 */
export function fieldsOfLocalMs(local: number): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
} {
  const dayNumber = Math.floor(local / MS_PER_DAY);
  let rest = local - dayNumber * MS_PER_DAY;
  const [year, month, day] = civilFromDays(dayNumber);
  const hour = Math.floor(rest / MS_PER_HOUR);
  rest -= hour * MS_PER_HOUR;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  return { year, month, day, hour, minute, second, millisecond: rest - second * 1000 };
}
