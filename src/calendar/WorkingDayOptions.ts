import { show } from "../core/index.js";
import { type Division, divisionError } from "./Division.js";
import { holidayTable } from "./holidayTable.js";
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

// One index per division, built on first use: immutable tables derived from constants. Four
// named slots rather than a Map keep the lookup on the hot path to a string switch.
let englandAndWales: WorkingDayIndex | undefined;
let scotland: WorkingDayIndex | undefined;
let northernIreland: WorkingDayIndex | undefined;
let unitedKingdom: WorkingDayIndex | undefined;

const build = (division: Division) => buildWorkingDayIndex(new Set(holidayTable(division).days));

/** The memoised working-day index (bank holidays only) for `options.division`, validating the options. */
export function indexFor(options: WorkingDayOptions): WorkingDayIndex {
  switch (typeof options === "object" && options !== null ? options.division : undefined) {
    case "england-and-wales":
      return (englandAndWales ??= build("england-and-wales"));
    case "scotland":
      return (scotland ??= build("scotland"));
    case "northern-ireland":
      return (northernIreland ??= build("northern-ireland"));
    case "united-kingdom":
      return (unitedKingdom ??= build("united-kingdom"));
    default:
      if (typeof options !== "object" || options === null) {
        throw new RangeError(`options must be { division }, got ${show(options)}`);
      }
      throw divisionError(options.division);
  }
}
