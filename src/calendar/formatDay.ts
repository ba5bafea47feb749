import { formatDayNumber } from "../core/index.js";
import { FIRST_DAY, SUPPORTED_DAYS } from "./supportedDayOrThrow.js";

// The ISO string of every supported day, built once on first use (an immutable table derived from
// constants: memoising it is not observable). Formatting a working-day result is then one lookup.
let table: readonly string[] | undefined;

function buildTable(): readonly string[] {
  const strings = new Array<string>(SUPPORTED_DAYS);
  for (let i = 0; i < SUPPORTED_DAYS; i++) strings[i] = formatDayNumber(FIRST_DAY + i);
  return Object.freeze(strings);
}

/** `YYYY-MM-DD` of the `i`-th supported day (0 for 2000-01-01); `i` must be in range. */
export function dateOfSupportedIndex(i: number): string {
  return (table ??= buildTable())[i]!;
}

/** `YYYY-MM-DD` of a day number: a table lookup within the supported years, computed outside them. */
export function formatDay(dayNumber: number): string {
  const i = dayNumber - FIRST_DAY;
  if (i >= 0 && i < SUPPORTED_DAYS) return (table ??= buildTable())[i]!;
  return formatDayNumber(dayNumber);
}
