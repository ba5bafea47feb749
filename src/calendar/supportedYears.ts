import { civilFromDays, dayOrThrow, daysFromCivil, MS_PER_DAY, show } from "./isoDay.js";

/**
 * The years for which bank holidays, working days and London days are computed: 2000 to 2100
 * inclusive. The rules (and the UK summer-time rule behind London days) have been checked for
 * these years; a date outside them is refused with a `RangeError` naming the year, never guessed.
 *
 * @example
 * ```ts
 * import { SUPPORTED_YEARS } from "council-contact/calendar";
 * SUPPORTED_YEARS //=> { from: 2000, to: 2100 }
 * ```
 */
export const SUPPORTED_YEARS: {
  /** The first supported year. */
  readonly from: 2000;
  /** The last supported year. */
  readonly to: 2100;
} = Object.freeze({ from: 2000, to: 2100 });

/** Day number of 2000-01-01, the first supported day. */
export const FIRST_DAY = daysFromCivil(SUPPORTED_YEARS.from, 1, 1);
/** Day number of 2100-12-31, the last supported day. */
export const LAST_DAY = daysFromCivil(SUPPORTED_YEARS.to, 12, 31);
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

/** The first and last instants (epoch ms, exclusive end) whose London day is supported. */
export const FIRST_MS = FIRST_DAY * MS_PER_DAY;
export const END_MS = (LAST_DAY + 1) * MS_PER_DAY;
