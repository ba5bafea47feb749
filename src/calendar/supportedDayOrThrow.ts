// The supported days as the calendar's tables index them: 2000-01-01 to 2100-12-31 (the years of
// `SUPPORTED_YEARS`), from the one definition in core.
import { civilFromDays, dayOrThrow, SUPPORTED_RANGE, SUPPORTED_YEARS, show } from "../core/index.js";

/** Day number of 2000-01-01, the first supported day. */
export const FIRST_DAY = SUPPORTED_RANGE.firstDay;
/** Day number of 2100-12-31, the last supported day. */
export const LAST_DAY = SUPPORTED_RANGE.lastDay;
/** How many supported days there are. */
export const SUPPORTED_DAYS = LAST_DAY - FIRST_DAY + 1;

/** The `RangeError` for a day outside the supported years, naming the argument, value and year. */
export function outsideYears(name: string, value: unknown, dayNumber: number): RangeError {
  const year = civilFromDays(dayNumber)[0];
  return new RangeError(
    `${name} ${typeof value === "string" ? value : show(value)} is in ${year}, outside the supported years ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}`,
  );
}

/** The day number of `text`, which must be a real ISO day within the supported years. */
export function supportedDayOrThrow(text: unknown, name: string): number {
  const day = dayOrThrow(text, name);
  if (day < FIRST_DAY || day > LAST_DAY) throw outsideYears(name, text, day);
  return day;
}
