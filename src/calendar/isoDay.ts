// Private primitives for ISO calendar days (`YYYY-MM-DD`) as epoch-day numbers (days since
// 1970-01-01, proleptic Gregorian). Hand-written so that the hot paths (working-day arithmetic
// over millions of dates) never build a `Date`. The civil ↔ day-number conversions are Howard
// Hinnant's `days_from_civil` / `civil_from_days` (http://howardhinnant.github.io/date_algorithms.html).

/** Milliseconds in a day. */
export const MS_PER_DAY = 86_400_000;

/** The day number of 0000-01-01 and of 9999-12-31: the years an ISO `YYYY` can write. */
export const MIN_DAY = -719_528;
export const MAX_DAY = 2_932_896;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether a Gregorian year has 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The day number of a civil date (no validation). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date `[year, month, day]` of a day number. */
export function civilFromDays(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * The fields of `text` read as `YYYY-MM-DD`, packed as `year << 9 | month << 5 | day`, or −1 if
 * `text` is not ten characters of that shape with a month 1–12 and a day 1–31. Whether the day
 * exists in its month is left to the caller. Never throws and never allocates, and unpacks with
 * shifts rather than divisions: both day parsers build on it.
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

/** The day number of `text` if it is a real `YYYY-MM-DD` day, otherwise `NaN`. Never throws. */
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

/** `YYYY-MM-DD` of a day number in years 0000–9999 (no validation). */
export function formatCivil(dayNumber: number): string {
  const [year, month, day] = civilFromDays(dayNumber);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** How a value reads in an error message: strings quoted, everything else as `String` shows it. */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * The day number of `text`, or a `RangeError` naming the argument: a string that is not
 * `YYYY-MM-DD`, or a date that does not exist (2023-02-29, 2024-13-01).
 */
export function dayOrThrow(text: unknown, name: string): number {
  const day = parseDay(text);
  if (!Number.isNaN(day)) return day;
  if (typeof text === "string" && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const [year, month, day] = [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8))];
    const why =
      month < 1 || month > 12
        ? `there is no month ${month}`
        : day === 0
          ? "there is no day 0"
          : `${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days`;
    throw new RangeError(`${name} ${text} does not exist (${why})`);
  }
  throw new RangeError(`${name} must be an ISO calendar day YYYY-MM-DD, got ${show(text)}`);
}

const MONTH_NAMES = [
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

/** A `RangeError` unless `n` is a safe integer; names the argument. */
export function integerOrThrow(n: unknown, name: string): number {
  if (typeof n !== "number" || !Number.isSafeInteger(n)) {
    throw new RangeError(`${name} must be an integer, got ${show(n)}`);
  }
  return n;
}

/** A `RangeError` unless `dayNumber` is within years 0000–9999. */
export function checkWritable(dayNumber: number, what: string): number {
  if (!(dayNumber >= MIN_DAY && dayNumber <= MAX_DAY)) {
    throw new RangeError(`${what} falls outside the years 0000–9999 that YYYY-MM-DD can write`);
  }
  return dayNumber;
}
