// Private: the working-day index and the constant-time operations on it, shared by
// `workingCalendar` and the top-level `isWorkingDay` / `addWorkingDays` / `workingDaysBetween`.
//
// Days are indexes into the supported days (0 for 2000-01-01). `cumulative[i]` is the number of
// working days in [0, i); `working[k]` is the index of the k-th working day. Then
// - day i is a working day  ⇔ cumulative[i + 1] ≠ cumulative[i];
// - n > 0 working days after i is working[cumulative[i + 1] + n − 1] (skip the working days ≤ i);
// - n < 0 working days before i is working[cumulative[i] + n] (count back from those < i);
// - working days in (s, e] are cumulative[e + 1] − cumulative[s + 1], and in [e, s) are
//   cumulative[s] − cumulative[e].

import { dayOrThrow, formatDayNumber, integerOrThrow, MAX_DAY, MIN_DAY, messages, weekdayOf } from "../core/index.js";
import { dateOfSupportedIndex } from "./formatDay.js";
import { supportedDayIndex } from "./supportedDayIndex.js";
import { FIRST_DAY, LAST_DAY, outsideYears, SUPPORTED_DAYS } from "./supportedDayOrThrow.js";

/** The precomputed tables of one calendar. */
export interface WorkingDayIndex {
  readonly cumulative: Int32Array;
  readonly working: Int32Array;
}

/** Build the index: Monday to Friday, less `closed` (day numbers of holidays and closures). */
export function buildWorkingDayIndex(closed: ReadonlySet<number>): WorkingDayIndex {
  const cumulative = new Int32Array(SUPPORTED_DAYS + 1);
  const working = new Int32Array(SUPPORTED_DAYS);
  let count = 0;
  for (let i = 0; i < SUPPORTED_DAYS; i++) {
    const day = FIRST_DAY + i;
    const weekday = weekdayOf(day);
    if (weekday !== 0 && weekday !== 6 && !closed.has(day)) working[count++] = i;
    cumulative[i + 1] = count;
  }
  return Object.freeze({ cumulative, working: working.slice(0, count) });
}

/** The index of a date argument, or the `RangeError` that names it (malformed, impossible, out of range). */
export function indexOfDate(date: string, name: string): number {
  const i = supportedDayIndex(date);
  if (i >= 0) return i;
  throw outsideYears(name, date, dayOrThrow(date, name));
}

/** The index of a day-number argument, or a `RangeError` naming it. */
export function indexOfDayNumber(day: number, name: string): number {
  const i = typeof day === "number" ? day - FIRST_DAY : Number.NaN;
  if (i >= 0 && i < SUPPORTED_DAYS && Number.isInteger(i)) return i;
  const date = Number.isSafeInteger(day) && day >= MIN_DAY && day <= MAX_DAY ? ` (${formatDayNumber(day)})` : "";
  throw new RangeError(
    `${messages.mustBe(name, `an integer day number from ${FIRST_DAY} (2000-01-01) to ${LAST_DAY} (2100-12-31)`, day)}${date}`,
  );
}

/** Whether the day at index `i` is a working day. */
export function isWorkingAt(index: WorkingDayIndex, i: number): boolean {
  return index.cumulative[i + 1] !== index.cumulative[i];
}

/**
 * The index `n` working days from index `i` (n ≠ 0), or −1 when that leaves the supported years.
 * Throws a `RangeError` naming `n` unless it is an integer.
 */
export function stepFrom(index: WorkingDayIndex, i: number, n: number): number {
  if (!Number.isSafeInteger(n)) integerOrThrow(n, "n");
  const k = n > 0 ? index.cumulative[i + 1]! + n - 1 : index.cumulative[i]! + n;
  return k >= 0 && k < index.working.length ? index.working[k]! : -1;
}

/** The `RangeError` for a step that leaves the supported years. */
export function stepOutside(from: string | number, n: number): RangeError {
  const start = typeof from === "number" ? formatDayNumber(from) : from;
  return new RangeError(
    `${start} ${n < 0 ? "-" : "+"} ${Math.abs(n)} working days falls outside the supported days 2000-01-01 to 2100-12-31`,
  );
}

/** Working days after index `s` up to and including `e`, negated (and mirrored) when `e < s`. */
export function workingBetween(index: WorkingDayIndex, s: number, e: number): number {
  const { cumulative } = index;
  return e >= s ? cumulative[e + 1]! - cumulative[s + 1]! : cumulative[e]! - cumulative[s]!;
}

/** `addWorkingDays` on ISO dates: the hot path, so `indexOfDate` and `stepFrom` are written out. */
export function addWorkingDaysIn(index: WorkingDayIndex, date: string, n: number): string {
  const i = supportedDayIndex(date);
  if (i < 0) indexOfDate(date, "date"); // throws the RangeError that names the problem
  if (n === 0) return date;
  if (!Number.isSafeInteger(n)) integerOrThrow(n, "n");
  const { cumulative, working } = index;
  const k = n > 0 ? cumulative[i + 1]! + n - 1 : cumulative[i]! + n;
  if (k < 0 || k >= working.length) throw stepOutside(date, n);
  return dateOfSupportedIndex(working[k]!);
}
