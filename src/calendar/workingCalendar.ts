import { divisionOrThrow, type Division } from "./Division.js";
import { formatDay } from "./formatDay.js";
import { holidayTable } from "./holidayTable.js";
import { dayOrThrow, integerOrThrow, parseDay, show, weekdayOf } from "./isoDay.js";
import { FIRST_DAY, LAST_DAY, outsideYears, SUPPORTED_DAYS, supportedDayOrThrow } from "./supportedYears.js";

/**
 * A day (`YYYY-MM-DD`) or a run of days (`from` and `to` both included) on which a council is
 * closed although it is not a weekend or bank holiday, such as the days between Christmas and New
 * Year.
 *
 * @example
 * ```ts
 * import type { Closure } from "council-contact/calendar";
 * const christmasShutdown: Closure = { from: "2025-12-29", to: "2025-12-31" };
 * christmasShutdown.to //=> "2025-12-31"
 * ```
 */
export type Closure =
  | string
  | {
      /** The first closed day, `YYYY-MM-DD`. */
      readonly from: string;
      /** The last closed day, `YYYY-MM-DD`, not before `from`. */
      readonly to: string;
    };

/**
 * Options for {@link workingCalendar}.
 *
 * @example
 * ```ts
 * import type { WorkingCalendarOptions } from "council-contact/calendar";
 * const options: WorkingCalendarOptions = { division: "scotland", closures: ["2025-12-24"] };
 * options.division //=> "scotland"
 * ```
 */
export interface WorkingCalendarOptions {
  /** Whose bank holidays are non-working days; `united-kingdom` for any division's. */
  readonly division: Division;
  /** The council's own closure days, also non-working. Default: none. */
  readonly closures?: readonly Closure[];
}

/**
 * Working-day arithmetic over one precomputed calendar: Monday to Friday, less the division's bank
 * holidays and any closures. Every function is plain (safe to destructure) and runs in constant
 * time. The `…DayNumber` variants take and return epoch-day numbers (see `dayNumber`) for hot loops.
 *
 * @example
 * ```ts
 * import { workingCalendar } from "council-contact/calendar";
 * const { addWorkingDays, isWorkingDay } = workingCalendar({ division: "england-and-wales" });
 * isWorkingDay("2025-12-26") //=> false
 * addWorkingDays("2025-12-24", 1) //=> "2025-12-29"
 * ```
 */
export interface WorkingCalendar {
  /** The division whose bank holidays this calendar skips. */
  readonly division: Division;
  /** Whether `date` is a working day. */
  readonly isWorkingDay: (date: string) => boolean;
  /** The day `n` working days after `date` (before it when `n` is negative); `date` itself when `n` is 0. */
  readonly addWorkingDays: (date: string, n: number) => string;
  /** Working days after `start` up to and including `end`; negative when `end` is before `start`. */
  readonly workingDaysBetween: (start: string, end: string) => number;
  /** The first working day after `date`. */
  readonly nextWorkingDay: (date: string) => string;
  /** The last working day before `date`. */
  readonly previousWorkingDay: (date: string) => string;
  /** {@link WorkingCalendar.isWorkingDay} on an epoch-day number. */
  readonly isWorkingDayNumber: (day: number) => boolean;
  /** {@link WorkingCalendar.addWorkingDays} on an epoch-day number. */
  readonly addWorkingDaysToDayNumber: (day: number, n: number) => number;
  /** {@link WorkingCalendar.workingDaysBetween} on epoch-day numbers. */
  readonly workingDaysBetweenDayNumbers: (start: number, end: number) => number;
}

function closedDays(closures: readonly Closure[] | undefined): Set<number> {
  const closed = new Set<number>();
  if (closures === undefined) return closed;
  if (!Array.isArray(closures)) throw new RangeError(`closures must be an array of days or { from, to } runs, got ${show(closures)}`);
  closures.forEach((closure: unknown, i) => {
    if (typeof closure === "string") {
      closed.add(supportedDayOrThrow(closure, `closures[${i}]`));
      return;
    }
    if (typeof closure !== "object" || closure === null) {
      throw new RangeError(`closures[${i}] must be a YYYY-MM-DD day or { from, to }, got ${show(closure)}`);
    }
    const run = closure as { from?: unknown; to?: unknown };
    const from = supportedDayOrThrow(run.from, `closures[${i}].from`);
    const to = supportedDayOrThrow(run.to, `closures[${i}].to`);
    if (to < from) throw new RangeError(`closures[${i}].to ${String(run.to)} is before closures[${i}].from ${String(run.from)}`);
    for (let day = from; day <= to; day++) closed.add(day);
  });
  return closed;
}

/**
 * Build a working-day calendar for a division, with the council's own closure days if it has
 * any. Building takes about a millisecond (an index over 2000–2100); build once and reuse. The
 * top-level `isWorkingDay`, `addWorkingDays` and `workingDaysBetween` use a memoised calendar per
 * division without closures.
 *
 * Conventions: `addWorkingDays(date, n)` steps `n` working days from `date`, so from a Saturday
 * `+1` is the next working day and `−1` the last one before it; `n = 0` returns `date` unchanged.
 * `workingDaysBetween(start, end)` counts the working days after `start` up to and including `end`
 * (negated when `end` is earlier: the working days from `end` up to but excluding `start`), so
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every day `d`.
 *
 * @param options - the division, and optional closures.
 * @returns plain functions over the precomputed index.
 * @throws RangeError if the division is unknown or a closure is not a real day in 2000–2100.
 *
 * @example
 * ```ts
 * import { workingCalendar } from "council-contact/calendar";
 * const council = workingCalendar({ division: "england-and-wales", closures: [{ from: "2025-12-29", to: "2025-12-31" }] });
 * council.addWorkingDays("2025-12-24", 1) //=> "2026-01-02"
 * council.workingDaysBetween("2025-12-19", "2026-01-09") //=> 9
 * council.addWorkingDays("2025-12-27", 1) //=> "2026-01-02"
 * council.addWorkingDays("2025-12-27", -1) //=> "2025-12-24"
 * ```
 */
export function workingCalendar(options: WorkingCalendarOptions): WorkingCalendar {
  if (typeof options !== "object" || options === null) {
    throw new RangeError(`options must be { division, closures? }, got ${show(options)}`);
  }
  const division = divisionOrThrow(options.division);
  const closed = closedDays(options.closures);
  const holidays = new Set(holidayTable(division).days);
  // cumulative[i]: working days in [FIRST_DAY, FIRST_DAY + i); working[k]: the k-th working day.
  const cumulative = new Int32Array(SUPPORTED_DAYS + 1);
  const workingDays: number[] = [];
  for (let i = 0; i < SUPPORTED_DAYS; i++) {
    const day = FIRST_DAY + i;
    const weekday = weekdayOf(day);
    const works = weekday !== 0 && weekday !== 6 && !holidays.has(day) && !closed.has(day);
    if (works) workingDays.push(day);
    cumulative[i + 1] = cumulative[i]! + (works ? 1 : 0);
  }
  const working = Int32Array.from(workingDays);
  const count = working.length;

  // Index into the tables of a day number (number API) or of a parsed date (string API).
  const dayIndex = (day: number, name: string): number => {
    const i = day - FIRST_DAY;
    if (i >= 0 && i < SUPPORTED_DAYS && Number.isInteger(i)) return i;
    throw new RangeError(`${name} must be an integer day number from ${FIRST_DAY} to ${LAST_DAY}, got ${show(day)}`);
  };
  const dateIndex = (date: string, name: string): number => {
    const i = parseDay(date) - FIRST_DAY;
    if (i >= 0 && i < SUPPORTED_DAYS) return i;
    throw outsideYears(name, date, dayOrThrow(date, name));
  };
  const step = (i: number, n: number, describe: () => string): number => {
    if (!Number.isSafeInteger(n)) integerOrThrow(n, "n");
    const k = n > 0 ? cumulative[i + 1]! + n - 1 : cumulative[i]! + n;
    if (k < 0 || k >= count) throw new RangeError(`${describe()} falls outside the supported years 2000–2100`);
    return working[k]!;
  };
  const between = (s: number, e: number): number =>
    e >= s ? cumulative[e + 1]! - cumulative[s + 1]! : cumulative[e]! - cumulative[s]!;

  const isWorkingDayNumber = (day: number): boolean => {
    const i = dayIndex(day, "day");
    return cumulative[i + 1] !== cumulative[i];
  };
  const addWorkingDaysToDayNumber = (day: number, n: number): number =>
    n === 0 ? FIRST_DAY + dayIndex(day, "day") : step(dayIndex(day, "day"), n, () => `day ${day} + ${n} working days`);
  const workingDaysBetweenDayNumbers = (start: number, end: number): number =>
    between(dayIndex(start, "start"), dayIndex(end, "end"));

  const isWorkingDay = (date: string): boolean => {
    const i = dateIndex(date, "date");
    return cumulative[i + 1] !== cumulative[i];
  };
  const addWorkingDays = (date: string, n: number): string => {
    const i = dateIndex(date, "date");
    if (n === 0) return date;
    return formatDay(step(i, n, () => `${date} + ${n} working days`));
  };
  const workingDaysBetween = (start: string, end: string): number =>
    between(dateIndex(start, "start"), dateIndex(end, "end"));

  return Object.freeze({
    division,
    isWorkingDay,
    addWorkingDays,
    workingDaysBetween,
    nextWorkingDay: (date: string) => addWorkingDays(date, 1),
    previousWorkingDay: (date: string) => addWorkingDays(date, -1),
    isWorkingDayNumber,
    addWorkingDaysToDayNumber,
    workingDaysBetweenDayNumbers,
  });
}
