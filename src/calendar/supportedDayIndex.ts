// Private: the fast parser for the working-day hot path. It turns `YYYY-MM-DD` into an index into
// the supported days (0 for 2000-01-01) with a month-start table instead of calendar arithmetic:
// the shared field reader, shifts, a few comparisons and two lookups, no allocation.
import { daysFromCivil, isoFields, SUPPORTED_YEARS } from "../core/index.js";
import { FIRST_DAY } from "./supportedDayOrThrow.js";

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
  const fields = isoFields(text);
  const year = (fields >> 9) - SUPPORTED_YEARS.from; // negative when `fields` is −1
  if (year < 0 || year * 12 >= MONTHS) return -1;
  const k = year * 12 + ((fields >> 5) & 15) - 1;
  const start = MONTH_START[k]!;
  const day = fields & 31;
  return day > MONTH_START[k + 1]! - start ? -1 : start + day - 1;
}
