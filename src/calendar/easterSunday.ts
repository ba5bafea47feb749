import { daysFromCivil, integerOrThrow } from "../core/index.js";
import { formatDay } from "./formatDay.js";

/**
 * The day number of Easter Sunday in a Gregorian year, by the "Anonymous Gregorian algorithm"
 * (Meeus/Jones/Butcher, as in Meeus, *Astronomical Algorithms*, ch. 8). Private: callers validate.
 */
export function easterDayNumber(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}

/**
 * Easter Sunday of a year in the Gregorian calendar (Western Easter), by the computus. Good Friday
 * is two days before it and Easter Monday the day after.
 *
 * @param year - an integer year from 1583 (the first full Gregorian year) to 9999.
 * @returns Easter Sunday as `YYYY-MM-DD`: always between 22 March and 25 April.
 * @throws RangeError if `year` is not an integer from 1583 to 9999.
 *
 * @example
 * ```ts
 * import { easterSunday } from "council-contact/calendar";
 * easterSunday(2024) //=> "2024-03-31"
 * easterSunday(2038) //=> "2038-04-25"
 * easterSunday(1066) //=> throws RangeError
 * ```
 */
export function easterSunday(year: number): string {
  integerOrThrow(year, "year");
  if (year < 1583 || year > 9999) {
    throw new RangeError(`year must be from 1583 (the first full Gregorian year) to 9999, got ${year}`);
  }
  return formatDay(easterDayNumber(year));
}
