/**
 * The vocabulary every other module shares, at the bottom of the layers: how values read in error
 * messages and the messages themselves, the one `ValidationError` with its typed issues, calendar
 * days as day numbers, the one grammar for instants, London time, and other IANA zones for reading
 * local times at ingest.
 *
 * Most users meet these names through the modules that re-export them (`parseInstant` and
 * `ValidationError` from `council-contact/schema`, `londonDayNumber` from
 * `council-contact/calendar`); import them from here to work with days and instants directly.
 *
 * @module core
 */
export {
  checkWritable,
  civilFromDays,
  dayOrThrow,
  daysFromCivil,
  daysInMonth,
  formatDayNumber,
  integerOrThrow,
  isLeapYear,
  isoFields,
  MAX_DAY,
  MIN_DAY,
  MONTH_NAMES,
  MS_PER_DAY,
  MS_PER_HOUR,
  parseDay,
  weekdayOf,
  whyNotDay,
} from "./days.js";
export type { InstantProblem } from "./instant.js";
export { formatInstant, INSTANT_EXAMPLE, instantOrThrow, parseInstant, readInstant } from "./instant.js";
export { londonDayNumber, londonDayStart, londonOffsetMs, SUPPORTED_RANGE, SUPPORTED_YEARS } from "./london.js";
export { messages, rangeError, refuse } from "./messages.js";
export { show } from "./show.js";
export type { Disambiguation, TimeZone, WallTime } from "./timeZone.js";
export { timeZone } from "./timeZone.js";
export type { IssueCode, IssuePath, SafeParseResult, ValidationIssue } from "./ValidationError.js";
export { ValidationError } from "./ValidationError.js";
