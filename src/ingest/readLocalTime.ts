import { readInstant, type TimeZone } from "../core/index.js";

const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?\s*([AaPp][Mm])?)?$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?$/;

/** The instant of wall-time fields in a zone, or undefined when they name no real time. */
function wall(zone: TimeZone, fields: readonly number[]): number | undefined {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millisecond = 0] = fields;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  try {
    const ms = zone.instantOf({ year, month, day, hour, minute, second, millisecond });
    return Number.isFinite(ms) ? ms : undefined;
  } catch {
    return undefined;
  }
}

const num = (text: string | undefined): number => (text === undefined ? 0 : Number(text));

/**
 * Reads a time as exports write it: an ISO 8601 instant with an offset (kept as written), an ISO local time
 * `YYYY-MM-DD[ T]HH:MM[:SS[.fff]]` or a day `YYYY-MM-DD`, or a US time `MM/DD/YYYY hh:mm:ss AM` (12- or
 * 24-hour); times without an offset are read in `zone`, across its clock changes.
 *
 * @param text - the cell, already trimmed and not empty.
 * @param zone - the zone of local times.
 * @returns epoch milliseconds, or undefined when the text is no real time.
 */
export function readLocalTime(text: string, zone: TimeZone): number | undefined {
  const us = US.exec(text);
  if (us !== null) {
    let hour = num(us[4]);
    const meridiem = us[8]?.toUpperCase();
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (meridiem === "PM" ? 12 : 0);
    }
    return wall(zone, [num(us[3]), num(us[1]), num(us[2]), hour, num(us[5]), num(us[6]), num(us[7]?.padEnd(3, "0"))]);
  }
  const local = ISO_LOCAL.exec(text);
  if (local !== null) {
    const fraction = num(local[7]?.slice(0, 3).padEnd(3, "0"));
    return wall(zone, [
      num(local[1]),
      num(local[2]),
      num(local[3]),
      num(local[4]),
      num(local[5]),
      num(local[6]),
      fraction,
    ]);
  }
  const instant = readInstant(text, "time");
  return typeof instant === "number" ? instant : undefined;
}
