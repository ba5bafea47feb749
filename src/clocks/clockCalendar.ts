import { type Closure, type Division, type WorkingCalendar, workingCalendar } from "../calendar/index.js";
import { parseDay, rangeError, SUPPORTED_RANGE, show } from "../core/index.js";
import { outsideSupportedDays } from "./moment.js";

/** Working-day arithmetic on epoch-day numbers for one clock: its division, less its closures. */
export interface DayCalendar {
  /** Whether `day` is a working day. */
  readonly isWorking: (day: number) => boolean;
  /** The day `n ≥ 0` working days after `day` (`day` itself when `n` is 0). */
  readonly add: (day: number, n: number) => number;
  /** Working days after `start` up to and including `end`; negative when `end` is earlier. */
  readonly between: (start: number, end: number) => number;
}

// One calendar per division, built on first use: immutable tables derived from constants.
const bases: Partial<Record<Division, WorkingCalendar>> = {};

function base(division: Division): WorkingCalendar {
  return (bases[division] ??= workingCalendar({ division }));
}

/** A closure day's number, or a `RangeError` naming where it is. */
function closureDay(text: unknown, name: string): number {
  const day = parseDay(text);
  if (Number.isNaN(day)) throw rangeError(name, "a YYYY-MM-DD day that exists", text);
  if (day < SUPPORTED_RANGE.firstDay || day > SUPPORTED_RANGE.lastDay) throw outsideSupportedDays(name, text);
  return day;
}

/** Every closed day of `closures`, as sorted unique day numbers; a `RangeError` names a bad entry. */
export function closureDays(closures: readonly Closure[]): number[] {
  if (!Array.isArray(closures)) throw rangeError("closures", "an array of days or { from, to } runs", closures);
  const days = new Set<number>();
  closures.forEach((closure: unknown, i) => {
    if (typeof closure === "string") {
      days.add(closureDay(closure, `closures[${i}]`));
      return;
    }
    if (typeof closure !== "object" || closure === null)
      throw new RangeError(`closures[${i}] must be a YYYY-MM-DD day or { from, to }, got ${show(closure)}`);
    const run = closure as { from?: unknown; to?: unknown };
    const from = closureDay(run.from, `closures[${i}].from`);
    const to = closureDay(run.to, `closures[${i}].to`);
    if (to < from)
      throw new RangeError(`closures[${i}].to ${show(run.to)} is before closures[${i}].from ${show(run.from)}`);
    for (let day = from; day <= to; day++) days.add(day);
  });
  return [...days].sort((a, b) => a - b);
}

/** How many of the sorted `days` are in (`start`, `end`]. */
function countIn(days: readonly number[], start: number, end: number): number {
  const firstAfter = (x: number) => {
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (days[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return firstAfter(end) - firstAfter(start);
}

/**
 * The working-day calendar of a clock: the division's (memoised), and when the council has
 * closures, those left out too by counting them in each span (closures are few, so this is cheap
 * and needs no index of its own).
 */
export function dayCalendar(division: Division, closures: readonly Closure[]): DayCalendar {
  const cal = base(division);
  const plain: DayCalendar = {
    isWorking: cal.isWorkingDayNumber,
    add: cal.addWorkingDaysToDayNumber,
    between: cal.workingDaysBetweenDayNumbers,
  };
  if (closures.length === 0) return plain;
  const closed = closureDays(closures).filter((day) => cal.isWorkingDayNumber(day));
  const between = (start: number, end: number): number =>
    start <= end ? cal.workingDaysBetweenDayNumbers(start, end) - countIn(closed, start, end) : -between(end, start);
  return {
    isWorking: (day) => cal.isWorkingDayNumber(day) && countIn(closed, day - 1, day) === 0,
    add(day, n) {
      let from = day;
      let target = cal.addWorkingDaysToDayNumber(day, n);
      for (let skipped = countIn(closed, from, target); skipped > 0; skipped = countIn(closed, from, target)) {
        from = target;
        target = cal.addWorkingDaysToDayNumber(target, skipped);
      }
      return target;
    },
    between,
  };
}
