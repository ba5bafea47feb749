// Private: the fast parser for the working-day hot path. It turns `YYYY-MM-DD` into an index into
// the supported days (0 for 2000-01-01) with a month-start table instead of calendar arithmetic:
// eight digit checks, two comparisons and three lookups, no division and no allocation.
import { daysFromCivil } from "./isoDay.js";
import { FIRST_DAY, SUPPORTED_YEARS } from "./supportedYears.js";

const MONTHS = (SUPPORTED_YEARS.to - SUPPORTED_YEARS.from + 1) * 12;

/** MONTH_START[k]: index of the first day of the k-th supported month; one extra entry at the end. */
const MONTH_START = /* @__PURE__ */ (() => {
  const starts = new Int32Array(MONTHS + 1);
  for (let k = 0; k <= MONTHS; k++) {
    starts[k] = daysFromCivil(SUPPORTED_YEARS.from + Math.floor(k / 12), (k % 12) + 1, 1) - FIRST_DAY;
  }
  return starts;
})();

/** The index of `text` among the supported days, or −1 if it is not a real day in 2000–2100. */
export function supportedDayIndex(text: unknown): number {
  if (typeof text !== "string" || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9) return -1;
  if (m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3 - SUPPORTED_YEARS.from;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 0 || year * 12 >= MONTHS || month < 1 || month > 12 || day < 1) return -1;
  const k = year * 12 + month - 1;
  const start = MONTH_START[k]!;
  return day > MONTH_START[k + 1]! - start ? -1 : start + day - 1;
}
