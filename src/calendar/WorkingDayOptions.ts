import { divisionOrThrow, type Division } from "./Division.js";
import { show } from "./isoDay.js";
import { workingCalendar, type WorkingCalendar } from "./workingCalendar.js";

/**
 * Options for {@link isWorkingDay}, {@link addWorkingDays}, {@link workingDaysBetween},
 * {@link nextWorkingDay} and {@link previousWorkingDay}. There is no default division: a Scottish
 * council and an FOI clock count different days.
 *
 * @example
 * ```ts
 * import type { WorkingDayOptions } from "council-contact/calendar";
 * const foi: WorkingDayOptions = { division: "united-kingdom" };
 * foi.division //=> "united-kingdom"
 * ```
 */
export interface WorkingDayOptions {
  /** Whose bank holidays are non-working days; `united-kingdom` for a bank holiday anywhere (FOIA, EIR). */
  readonly division: Division;
}

// One calendar per division, built on first use: immutable tables derived from constants.
const defaults = new Map<Division, WorkingCalendar>();

/** The memoised calendar (without closures) for `options.division`, validating the options. */
export function calendarFor(options: WorkingDayOptions): WorkingCalendar {
  const division = typeof options === "object" && options !== null ? options.division : undefined;
  const found = defaults.get(division as Division);
  if (found) return found;
  if (typeof options !== "object" || options === null) {
    throw new RangeError(`options must be { division }, got ${show(options)}`);
  }
  const calendar = workingCalendar({ division: divisionOrThrow(division) });
  defaults.set(calendar.division, calendar);
  return calendar;
}
