import { divisionOrThrow, type Division } from "./Division.js";
import { holidayTable } from "./holidayTable.js";
import { show } from "./isoDay.js";
import { buildWorkingDayIndex, type WorkingDayIndex } from "./workingDayIndex.js";

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

// One index per division, built on first use: immutable tables derived from constants.
const indexes = new Map<unknown, WorkingDayIndex>();

/** The memoised working-day index (bank holidays only) for `options.division`, validating the options. */
export function indexFor(options: WorkingDayOptions): WorkingDayIndex {
  const division: unknown = typeof options === "object" && options !== null ? options.division : undefined;
  const found = indexes.get(division);
  if (found !== undefined) return found;
  if (typeof options !== "object" || options === null) {
    throw new RangeError(`options must be { division }, got ${show(options)}`);
  }
  const index = buildWorkingDayIndex(new Set(holidayTable(divisionOrThrow(division)).days));
  indexes.set(division as Division, index);
  return index;
}
