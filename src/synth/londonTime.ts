import { formatInstant, parseInstant } from "../schema/index.js";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Epoch ms of 00:00 UTC on a calendar day `YYYY-MM-DD` (through the schema's exact instant reader). */
function utcMidnight(day: string): number {
  return parseInstant(`${day}T00:00:00Z`);
}

/** Monday = 0 … Sunday = 6 for a count of days since 1970-01-01 (a Thursday). */
export function weekdayOfDays(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/**
 * British Summer Time in a year, as [start, end) epoch ms: from 01:00 UTC on the last Sunday of March to
 * 01:00 UTC on the last Sunday of October (Summer Time Order 2002, the rule since 1981 for the start and
 * 1996 for the end; applied to every year here).
 */
export function britishSummerTime(year: number): readonly [number, number] {
  const lastSunday = (month: "03" | "10"): number => {
    const day31 = utcMidnight(`${String(year).padStart(4, "0")}-${month}-31`) / DAY_MS;
    return day31 - ((weekdayOfDays(day31) + 1) % 7);
  };
  return [lastSunday("03") * DAY_MS + HOUR_MS, lastSunday("10") * DAY_MS + HOUR_MS];
}

/** The instant a UTC year begins. */
export function yearStart(year: number): number {
  return utcMidnight(`${String(year).padStart(4, "0")}-01-01`);
}

/** The UTC year of an instant. */
export function utcYear(ms: number): number {
  return Number(formatInstant(ms).slice(0, 4));
}

/** The offset of London time from UTC at an instant: 0 in winter (GMT), one hour in summer (BST). */
export function londonOffsetMs(ms: number): number {
  const [start, end] = britishSummerTime(utcYear(ms));
  return ms >= start && ms < end ? HOUR_MS : 0;
}

/** The instant London's calendar day `YYYY-MM-DD` begins (00:00 GMT or 00:00 BST, which is 23:00 UTC the day before). */
export function londonDayStart(day: string): number {
  const midnight = utcMidnight(day);
  const ifSummer = midnight - HOUR_MS;
  return londonOffsetMs(ifSummer) === HOUR_MS ? ifSummer : midnight;
}
