import { show } from "../core/index.js";
import { type Division, divisionOrThrow } from "./Division.js";
import { holidayTable } from "./holidayTable.js";
import { FIRST_DAY, supportedDayOrThrow } from "./supportedDayOrThrow.js";
import {
  addWorkingDaysIn,
  buildWorkingDayIndex,
  indexOfDate,
  indexOfDayNumber,
  isWorkingAt,
  stepFrom,
  stepOutside,
  type WorkingDayIndex,
  workingBetween,
} from "./workingDayIndex.js";

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
  if (!Array.isArray(closures))
    throw new RangeError(`closures must be an array of days or { from, to } runs, got ${show(closures)}`);
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
    if (to < from)
      throw new RangeError(`closures[${i}].to ${String(run.to)} is before closures[${i}].from ${String(run.from)}`);
    for (let day = from; day <= to; day++) closed.add(day);
  });
  return closed;
}

/** The plain functions of a {@link WorkingCalendar} over a built index. */
function calendarOver(division: Division, index: WorkingDayIndex): WorkingCalendar {
  const addWorkingDays = (date: string, n: number): string => addWorkingDaysIn(index, date, n);
  return Object.freeze({
    division,
    isWorkingDay: (date: string) => isWorkingAt(index, indexOfDate(date, "date")),
    addWorkingDays,
    workingDaysBetween: (start: string, end: string) =>
      workingBetween(index, indexOfDate(start, "start"), indexOfDate(end, "end")),
    nextWorkingDay: (date: string) => addWorkingDays(date, 1),
    previousWorkingDay: (date: string) => addWorkingDays(date, -1),
    isWorkingDayNumber: (day: number) => isWorkingAt(index, indexOfDayNumber(day, "day")),
    addWorkingDaysToDayNumber: (day: number, n: number) => {
      const i = indexOfDayNumber(day, "day");
      const j = n === 0 ? i : stepFrom(index, i, n);
      if (j < 0) throw stepOutside(day, n);
      return FIRST_DAY + j;
    },
    workingDaysBetweenDayNumbers: (start: number, end: number) =>
      workingBetween(index, indexOfDayNumber(start, "start"), indexOfDayNumber(end, "end")),
  });
}

/**
 * Build a working-day calendar for a division, with the council's own closure days if it has
 * any. Building an index over 2000–2100 takes about a millisecond (the module's first use also
 * computes every year's bank holidays, a few tens of milliseconds), so build once and reuse. The
 * top-level `isWorkingDay`, `addWorkingDays` and `workingDaysBetween` use a memoised index per
 * division, without closures.
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
  for (const day of holidayTable(division).days) closed.add(day);
  return calendarOver(division, buildWorkingDayIndex(closed));
}
