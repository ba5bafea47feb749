import { rangeError } from "../core/index.js";

/** Checks a window in London calendar days: a whole number ≥ 0, or `Infinity` for no limit. */
export function checkWindowDays(option: string, value: unknown): number {
  if (value === Number.POSITIVE_INFINITY || (typeof value === "number" && Number.isSafeInteger(value) && value >= 0))
    return value;
  throw rangeError(option, "a whole number of days ≥ 0 (or Infinity)", value);
}
