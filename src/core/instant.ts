import { daysFromCivil, fieldsOfLocalMs, MS_PER_DAY, whyNotDay } from "./days.js";
import { show } from "./show.js";
import { type IssueCode, ValidationError } from "./ValidationError.js";

// The one grammar for instants, everywhere in the library (ISO 8601 extended form, as RFC 3339 with
// a few forms ISO also allows):
//
//   instant = date "T" time offset
//   date    = YYYY "-" MM "-" DD
//   time    = HH ":" MM [ ":" SS [ ("." | ",") 1*9 digits ] ]
//   offset  = "Z" | ("+" | "-") HH [ [ ":" ] MM ]
//
// The offset is required: a local time names two instants an hour apart for half the UK's year.
// Digits past the millisecond are dropped. An instant may also be given as integer epoch
// milliseconds or a valid `Date`.
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)$/;
const DATE = /^(\d{4}-\d{2}-\d{2})/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?/;
const OFFSET = /^(?:Z|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * An example of the grammar, for messages.
 *
 * @example
 * ```ts
 * import { INSTANT_EXAMPLE } from "council-contact/core";
 * INSTANT_EXAMPLE //=> "2024-06-17T09:30:00+01:00 or 2024-06-17T08:30:00Z"
 * ```
 */
export const INSTANT_EXAMPLE = "2024-06-17T09:30:00+01:00 or 2024-06-17T08:30:00Z";

/** 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the instants a four-digit year can write. */
const MIN_MS = -62_167_219_200_000;
const MAX_MS = 253_402_300_799_999;

/**
 * Why a value is not an instant: an issue code and a message that says which part is wrong and what
 * would be accepted.
 *
 * @example
 * ```ts
 * import { type InstantProblem, readInstant } from "council-contact/core";
 * const problem = readInstant("2025-06-04 10:00", "at") as InstantProblem;
 * problem.code //=> "invalid_format"
 * ```
 */
export interface InstantProblem {
  /** The issue code, from the library's one union. */
  readonly code: IssueCode;
  /** The problem in words, naming the input. */
  readonly message: string;
}

/**
 * Reads an instant as epoch milliseconds, or says why it is not one; never throws, never builds a
 * `Date`. Accepted everywhere in the library:
 * - an ISO 8601 string `YYYY-MM-DDTHH:MM[:SS[.fraction]]` with an offset `Z`, `±HH:MM`, `±HHMM` or
 *   `±HH` (a comma may stand for the decimal point; digits past the millisecond are dropped);
 * - an integer number of epoch milliseconds;
 * - a valid `Date`.
 *
 * Each within the years 0000–9999.
 *
 * @param value - the input.
 * @param name - its name, for the message (default `"instant"`).
 * @returns epoch milliseconds, or an {@link InstantProblem}.
 *
 * @example
 * ```ts
 * import { readInstant } from "council-contact/core";
 * readInstant("2024-07-01T10:00:00+01:00") //=> 1719824400000
 * readInstant("2024-07-01T10:00+0100") //=> 1719824400000
 * readInstant(new Date(1719824400000)) //=> 1719824400000
 * readInstant("2025-13-45T10:00:00+01:00", "at") //=> { code: "invalid_date", message: "at \"2025-13-45T10:00:00+01:00\" is not a real date: there is no month 13" }
 * readInstant("2025-06-04T10:00", "at") //=> { code: "invalid_format", message: "at \"2025-06-04T10:00\" has no offset: add Z or ±HH:MM (a local time is ambiguous: an hour apart in British Summer Time)" }
 * ```
 */
export function readInstant(value: unknown, name = "instant"): number | InstantProblem {
  if (typeof value === "string") {
    const match = INSTANT.exec(value);
    return match === null ? diagnose(value, name) : fromFields(match, value, name);
  }
  if (typeof value === "number") {
    if (!Number.isInteger(value)) {
      return {
        code: "invalid_value",
        message: `${name} must be a whole number of epoch milliseconds, got ${show(value)}`,
      };
    }
    return inRange(value, value, name);
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return { code: "invalid_date", message: `${name} is an invalid Date` };
    return inRange(ms, value, name);
  }
  return {
    code: "invalid_type",
    message: `${name} must be an ISO 8601 instant (${INSTANT_EXAMPLE}), epoch milliseconds or a Date, got ${show(value)}`,
  };
}

function fromFields(match: RegExpExecArray, value: string, name: string): number | InstantProblem {
  const [, y, mo, d, h, mi, s = "0", fraction = "", zulu, sign, oh = "0", om = "0"] = match as unknown as string[];
  const why = whyNotDay(`${y}-${mo}-${d}`);
  if (why !== undefined) return { code: "invalid_date", message: `${name} ${show(value)} is not a real date: ${why}` };
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (hour > 23 || minute > 59 || second > 59) {
    return {
      code: "invalid_date",
      message: `${name} ${show(value)} is not a time of day: ${h}:${mi}${match[6] ? `:${s}` : ""} (expected 00:00 to 23:59:59)`,
    };
  }
  let offsetMinutes = 0;
  if (zulu === undefined) {
    if (Number(oh) > 23 || Number(om) > 59) {
      return {
        code: "invalid_format",
        message: `${name} ${show(value)} has an offset out of range (expected Z or -23:59 to +23:59)`,
      };
    }
    offsetMinutes = (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om));
  }
  const millis = Number(fraction.slice(0, 3).padEnd(3, "0"));
  const ms =
    daysFromCivil(Number(y), Number(mo), Number(d)) * MS_PER_DAY +
    ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 +
    millis;
  return inRange(ms, value, name);
}

/** Which part of a string that failed the grammar is wrong, and what would be accepted. */
function diagnose(value: string, name: string): InstantProblem {
  const date = DATE.exec(value);
  const got = `${name} ${show(value)}`;
  if (date === null) {
    return {
      code: "invalid_format",
      message: `${got} is not a date-time: expected an ISO 8601 instant such as ${INSTANT_EXAMPLE}`,
    };
  }
  const why = whyNotDay(date[1]);
  if (why !== undefined) return { code: "invalid_date", message: `${got} is not a real date: ${why}` };
  const rest = value.slice(10);
  if (rest === "") {
    return {
      code: "invalid_format",
      message: `${got} is a day, not an instant: add a time and an offset, such as ${value}T09:30:00Z`,
    };
  }
  if (rest[0] !== "T") {
    return {
      code: "invalid_format",
      message: `${got} needs T between the date and the time, and an offset (such as ${INSTANT_EXAMPLE})`,
    };
  }
  const time = TIME.exec(rest.slice(1));
  if (time === null) {
    return {
      code: "invalid_format",
      message: `${got} has no time HH:MM[:SS[.sss]] after the T (such as ${INSTANT_EXAMPLE})`,
    };
  }
  if ((time[4]?.length ?? 0) > 9) {
    return {
      code: "invalid_format",
      message: `${got} has more than 9 digits after the decimal point of its seconds`,
    };
  }
  const offset = rest.slice(1 + time[0].length);
  if (offset === "") {
    return {
      code: "invalid_format",
      message: `${got} has no offset: add Z or ±HH:MM (a local time is ambiguous: an hour apart in British Summer Time)`,
    };
  }
  if (!OFFSET.test(offset)) {
    return {
      code: "invalid_format",
      message: `${got} has an offset ${show(offset)} that is not Z, ±HH:MM, ±HHMM or ±HH`,
    };
  }
  return { code: "invalid_format", message: `${got} is not an ISO 8601 instant such as ${INSTANT_EXAMPLE}` };
}

function inRange(ms: number, value: unknown, name: string): number | InstantProblem {
  if (ms < MIN_MS) return { code: "too_small", message: `${name} ${show(value)} is before 0000-01-01T00:00:00Z` };
  if (ms > MAX_MS) return { code: "too_big", message: `${name} ${show(value)} is after 9999-12-31T23:59:59.999Z` };
  return ms;
}

/**
 * Reads an instant as epoch milliseconds (the grammar of {@link readInstant}), or throws one
 * `ValidationError` whose issue says which part is wrong.
 *
 * @param value - an ISO 8601 string with an offset, integer epoch milliseconds or a `Date`.
 * @returns milliseconds since 1970-01-01T00:00:00Z.
 * @throws {ValidationError} with code `invalid_format` (no offset, wrong shape), `invalid_date` (a
 * day or time that does not exist), `invalid_type`, `invalid_value` (a fractional number) or
 * `too_small`/`too_big` (outside the years 0000–9999).
 *
 * @example
 * ```ts
 * import { parseInstant } from "council-contact/core";
 * parseInstant("2024-07-01T10:00:00+01:00") //=> 1719824400000
 * parseInstant("2024-07-01T09:00:00Z") //=> 1719824400000
 * parseInstant("2024-07-01T10:00:00") //=> throws ValidationError
 * parseInstant("2023-02-29T10:00:00Z") //=> throws ValidationError
 * ```
 */
export function parseInstant(value: string | number | Date): number {
  const read = readInstant(value);
  if (typeof read === "number") return read;
  throw new ValidationError([{ code: read.code, path: [], message: read.message, input: value }], "Instant");
}

/**
 * Reads an instant as epoch milliseconds (the grammar of {@link readInstant}), or throws a
 * `RangeError` naming the input: for calculators, whose bad inputs are `RangeError`s.
 *
 * @param value - an ISO 8601 string with an offset, integer epoch milliseconds or a `Date`.
 * @param name - the input's name, for the message.
 * @returns milliseconds since 1970-01-01T00:00:00Z.
 * @throws RangeError with the message of {@link readInstant}'s problem.
 *
 * @example
 * ```ts
 * import { instantOrThrow } from "council-contact/core";
 * instantOrThrow("1970-01-01T01:00:00+01:00", "received") //=> 0
 * instantOrThrow("yesterday", "received") //=> throws RangeError
 * ```
 */
export function instantOrThrow(value: unknown, name: string): number {
  const read = readInstant(value, name);
  if (typeof read === "number") return read;
  throw new RangeError(read.message);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * Writes epoch milliseconds as an ISO 8601 instant with an offset, `YYYY-MM-DDTHH:MM:SS.sss±HH:MM`
 * (`Z` for a zero offset: the form of `Date.prototype.toISOString`), without building a `Date`.
 *
 * @param ms - an integer number of milliseconds since 1970-01-01T00:00:00Z, within the years 0000–9999.
 * @param offsetMinutes - the offset to write the local time in (default 0, UTC).
 * @returns the instant as an ISO string.
 * @throws {RangeError} if `ms` is not an integer or is outside the years 0000–9999.
 *
 * @example
 * ```ts
 * import { formatInstant } from "council-contact/core";
 * formatInstant(1719824400000) //=> "2024-07-01T09:00:00.000Z"
 * formatInstant(1719824400000, 60) //=> "2024-07-01T10:00:00.000+01:00"
 * formatInstant(0.5) //=> throws RangeError
 * ```
 */
export function formatInstant(ms: number, offsetMinutes = 0): string {
  if (!Number.isInteger(ms) || ms < MIN_MS || ms > MAX_MS) {
    throw new RangeError(`ms must be an integer number of epoch milliseconds within years 0000–9999, got ${show(ms)}`);
  }
  if (!Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > 23 * 60 + 59) {
    throw new RangeError(`offsetMinutes must be a whole number from -1439 to 1439, got ${show(offsetMinutes)}`);
  }
  const { year, month, day, hour, minute, second, millisecond } = fieldsOfLocalMs(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const offset = offsetMinutes === 0 ? "Z" : `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(millisecond, 3)}${offset}`;
}
