import { show } from "../core/index.js";
import { type Division, divisionError } from "./Division.js";
import { holidayTable } from "./holidayTable.js";
import type { WorkingDayOptions } from "./WorkingDayOptions.js";
import { buildWorkingDayIndex, type WorkingDayIndex } from "./workingDayIndex.js";

// One index per division, built on first use: immutable tables derived from constants. Four
// named slots rather than a Map keep the lookup on the hot path to a string switch.
let englandAndWales: WorkingDayIndex | undefined;
let scotland: WorkingDayIndex | undefined;
let northernIreland: WorkingDayIndex | undefined;
let unitedKingdom: WorkingDayIndex | undefined;

const build = (division: Division) => buildWorkingDayIndex(new Set(holidayTable(division).days));

/** The memoised working-day index (bank holidays only) for `options.division`, validating the options. */
export function workingDayIndexFor(options: WorkingDayOptions): WorkingDayIndex {
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
