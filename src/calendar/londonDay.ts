import { formatDay } from "./formatDay.js";
import { daysFromCivil, daysInMonth, MS_PER_DAY, show } from "./isoDay.js";
import { londonDayNumber } from "./londonDayNumber.js";

// An ISO 8601 instant: date, `T`, hours and minutes, optional seconds and fraction, and a
// mandatory offset (`Z`, `±HH:MM`, `±HHMM` or `±HH`).
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** Epoch milliseconds of an ISO 8601 instant with an offset, or a `RangeError` naming `instant`. */
function parseInstant(text: string): number {
  const match = INSTANT.exec(text);
  const bad = (why: string) =>
    new RangeError(`instant must be an ISO 8601 date-time with an offset or Z, ${why}, got ${show(text)}`);
  if (!match) {
    const local = /^\d{4}-\d{2}-\d{2}(T[\d:.,]+)?$/.test(text);
    throw bad(
      local
        ? "such as 2024-06-16T23:30:00Z (a local time without offset is ambiguous)"
        : "such as 2024-06-16T23:30:00Z",
    );
  }
  const [, y, mo, d, h, mi, s = "0", fraction = "", zulu, sign, oh = "0", om = "0"] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw bad("with a date that exists");
  if (hour > 23 || minute > 59 || second > 59) throw bad("with a time from 00:00:00 to 23:59:59");
  if (!zulu && (Number(oh) > 23 || Number(om) > 59)) throw bad("with an offset from -23:59 to +23:59");
  const offsetMinutes = zulu ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const millis = Number(fraction.slice(0, 3).padEnd(3, "0"));
  return (
    daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis
  );
}

/**
 * The Europe/London calendar day of an instant: the day every day-based rule (working days,
 * statutory clocks, daily volumes) uses. A contact received on Sunday 16 June 2024 at 23:30 UTC
 * arrived at 00:30 on Monday in London, so its day is Monday 17 June.
 *
 * @param instant - an ISO 8601 date-time with an offset or `Z` (`2024-06-16T23:30:00Z`,
 * `2024-06-17T00:30+01:00`), epoch milliseconds, or a `Date`; within 2000–2100.
 * @returns the London day, `YYYY-MM-DD`.
 * @throws RangeError if the string has no offset or is not a real date-time, the number is not
 * finite, the `Date` is invalid, or the London day is outside 2000–2100.
 *
 * @example
 * ```ts
 * import { londonDay } from "council-contact/calendar";
 * londonDay("2024-06-16T23:30:00Z") //=> "2024-06-17"
 * londonDay("2024-12-15T23:30:00Z") //=> "2024-12-15"
 * londonDay("2024-06-17T00:30:00+01:00") //=> "2024-06-17"
 * londonDay(Date.UTC(2024, 2, 31, 0, 59)) //=> "2024-03-31"
 * londonDay(new Date("2024-10-26T23:00:00Z")) //=> "2024-10-27"
 * londonDay("2024-06-16T23:30:00") //=> throws RangeError
 * ```
 */
export function londonDay(instant: string | number | Date): string {
  let epochMs: number;
  if (typeof instant === "string") epochMs = parseInstant(instant);
  else if (typeof instant === "number") epochMs = instant;
  else if (instant instanceof Date) {
    epochMs = instant.getTime();
    if (Number.isNaN(epochMs)) throw new RangeError("instant is an invalid Date");
  } else {
    throw new RangeError(
      `instant must be an ISO 8601 string with an offset, epoch milliseconds or a Date, got ${show(instant)}`,
    );
  }
  return formatDay(londonDayNumber(epochMs));
}
