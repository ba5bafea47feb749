import { type IssueCode, ValidationError } from "../core/index.js";

const DAY_MS = 86_400_000;
/** 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the instants a four-digit ISO year can write. */
const MIN_MS = -62_167_219_200_000;
const MAX_MS = 253_402_300_799_999;
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;
const MONTHS = [
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
];
const EXAMPLE = "such as 2024-03-01T09:30:00Z or 2024-07-01T09:30:00+01:00";

/** A reason an input is not an instant, for the caller to turn into an issue. @internal */
export interface InstantProblem {
  readonly code: IssueCode;
  readonly message: string;
}

/**
 * Reads an instant, an ISO 8601 string with an offset or epoch milliseconds, as epoch milliseconds, or says
 * why it is not one. Never throws, never allocates a `Date`.
 *
 * @internal
 */
export function readInstant(value: unknown, field: string): number | InstantProblem {
  if (typeof value === "number") {
    if (!Number.isInteger(value))
      return { code: "invalid_value", message: `${field} must be a whole number of epoch milliseconds, got ${value}` };
    return inRange(value, field);
  }
  if (typeof value !== "string") {
    return { code: "invalid_type", message: `${field} must be an ISO 8601 instant (${EXAMPLE}) or epoch milliseconds` };
  }
  const match = ISO.exec(value);
  if (!match)
    return { code: "invalid_format", message: `${field} must be an ISO 8601 instant with an offset, ${EXAMPLE}` };
  const [, y, mo, d, h, mi, s = "00", fraction = "", offset] = match as unknown as string[];
  if (offset === undefined) {
    return {
      code: "invalid_format",
      message: `${field} has no offset: add Z or ±HH:MM (without one the instant is ambiguous, an hour apart in British Summer Time)`,
    };
  }
  const year = +y!;
  const month = +mo!;
  const day = +d!;
  const hour = +h!;
  const minute = +mi!;
  const second = +s;
  if (month < 1 || month > 12) return { code: "invalid_date", message: `${field} month ${mo} does not exist` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return {
      code: "invalid_date",
      message: `${field} ${y}-${mo}-${d} is not a real date (${MONTHS[month - 1]} ${y} has ${days} days)`,
    };
  }
  if (hour > 23 || minute > 59 || second > 59)
    return { code: "invalid_date", message: `${field} ${h}:${mi}:${s} is not a time of day` };
  let offsetMinutes = 0;
  if (offset !== "Z") {
    const offsetHours = Number(offset.slice(1, 3));
    const offsetMins = Number(offset.slice(4, 6));
    if (offsetHours > 23 || offsetMins > 59)
      return { code: "invalid_format", message: `${field} offset ${offset} is out of range (at most ±23:59)` };
    offsetMinutes = (offset[0] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const millis = Number(`${fraction}00`.slice(0, 3));
  const ms =
    daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
  return inRange(ms, field);
}

function inRange(ms: number, field: string): number | InstantProblem {
  if (ms < MIN_MS) return { code: "too_small", message: `${field} must be at or after 0000-01-01T00:00:00Z` };
  if (ms > MAX_MS) return { code: "too_big", message: `${field} must be at or before 9999-12-31T23:59:59.999Z` };
  return ms;
}

/**
 * Reads an instant as epoch milliseconds: an ISO 8601 string with an offset or `Z` (seconds and fraction
 * optional; digits past the millisecond are dropped), or an integer number of epoch milliseconds.
 * A string without an offset is refused: in the UK it names two instants an hour apart for half the year.
 *
 * @param value - the instant.
 * @returns milliseconds since 1970-01-01T00:00:00Z.
 * @throws {ValidationError} with code `invalid_format` (no offset, wrong shape), `invalid_date` (a day or time that
 *   does not exist), `invalid_type`, `invalid_value` (a fractional number) or `too_small`/`too_big` (outside years 0000–9999).
 * @example
 * ```ts
 * import { parseInstant } from "council-contact/schema";
 * parseInstant("2024-07-01T10:00:00+01:00") //=> 1719824400000
 * parseInstant("2024-07-01T09:00:00Z") //=> 1719824400000
 * parseInstant("2024-07-01T10:00:00") //=> throws ValidationError
 * parseInstant("2023-02-29T10:00:00Z") //=> throws ValidationError
 * ```
 */
export function parseInstant(value: string | number): number {
  const read = readInstant(value, "instant");
  if (typeof read === "number") return read;
  throw new ValidationError([{ code: read.code, path: [], message: read.message, input: value }], "Instant");
}

/**
 * Writes epoch milliseconds as an ISO 8601 instant in UTC, `YYYY-MM-DDTHH:MM:SS.sssZ` (the form of
 * `Date.prototype.toISOString`), without allocating a `Date`.
 *
 * @param ms - an integer number of milliseconds since 1970-01-01T00:00:00Z, within years 0000–9999.
 * @returns the instant as an ISO string.
 * @throws {RangeError} if `ms` is not an integer or is outside years 0000–9999.
 * @example
 * ```ts
 * import { formatInstant } from "council-contact/schema";
 * formatInstant(1719824400000) //=> "2024-07-01T09:00:00.000Z"
 * formatInstant(0.5) //=> throws RangeError
 * ```
 */
export function formatInstant(ms: number): string {
  if (!Number.isInteger(ms) || ms < MIN_MS || ms > MAX_MS) {
    throw new RangeError(`ms must be an integer number of epoch milliseconds within years 0000–9999, got ${ms}`);
  }
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const [year, month, day] = civilFromDays(days);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const millis = rest - second * 1000;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(millis, 3)}Z`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's civil_from_days). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
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
