const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * The Europe/London calendar day of an instant, as a count of days since 1970-01-01. British
 * Summer Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
 * October (the Summer Time Order 2002; the same dates since 1996). Integer arithmetic only: this
 * runs inside guards on the transition path.
 */
export function londonDayNumber(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  // The year to within a day: near 1 January either neighbour's summer is months away.
  const year = Math.floor(1970 + day / 365.2425);
  const summer = ms >= lastSundayAtOneUtc(year, 3) && ms < lastSundayAtOneUtc(year, 10);
  return summer ? Math.floor((ms + HOUR_MS) / DAY_MS) : day;
}

/** Epoch ms of 01:00 UTC on the last Sunday of a month (1-based) that has 31 days. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const last = dayNumber(year, month, 31);
  const weekday = (((last + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; Sunday is 0
  return (last - weekday) * DAY_MS + HOUR_MS;
}

/**
 * Days since 1970-01-01 of a date from March to December (month 1-based), by H. Hinnant's
 * days_from_civil, which counts years from 1 March so that a leap day ends the year.
 */
function dayNumber(year: number, month: number, day: number): number {
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month - 3) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
