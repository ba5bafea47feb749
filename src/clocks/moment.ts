import { dayNumber, isValidDate, londonDay, SUPPORTED_YEARS } from "../calendar/index.js";

/** A point in a clock's history: its London day number and, when given as an instant, its epoch ms. */
export interface Moment {
  readonly day: number;
  readonly at: number | undefined;
}

const FIRST = dayNumber(`${SUPPORTED_YEARS.from}-01-01`);
const LAST = dayNumber(`${SUPPORTED_YEARS.to}-12-31`);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `value` for a message: strings quoted, everything else as JSON would show it. */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? "invalid" : value.toISOString()})`;
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  return value === undefined ? "undefined" : (JSON.stringify(value) ?? String(value));
}

/** Epoch ms of an ISO instant that `londonDay` has accepted (its offset forms normalised for `Date.parse`). */
function instantMs(text: string): number {
  const normal = text
    .replace(",", ".")
    .replace(/([+-]\d{2})(\d{2})$/, "$1:$2")
    .replace(/([+-]\d{2})$/, "$1:00");
  return Date.parse(normal);
}

/**
 * A calendar day (`YYYY-MM-DD`, taken as a London day) or an instant (ISO 8601 with an offset,
 * epoch ms or a `Date`, turned into its London day) as a {@link Moment}, within the supported years.
 */
export function momentOf(value: unknown, name: string): Moment {
  let day: number;
  let at: number | undefined;
  if (typeof value === "string" && DAY.test(value)) {
    if (!isValidDate(value)) throw new RangeError(`${name} must be a day that exists, got ${show(value)}`);
    day = dayNumber(value);
  } else if (typeof value === "string" || typeof value === "number" || value instanceof Date) {
    if (typeof value === "number" && !Number.isFinite(value))
      throw new RangeError(`${name} must be finite epoch milliseconds, got ${show(value)}`);
    let london: string;
    try {
      london = londonDay(value);
    } catch (error) {
      throw new RangeError(`${name}: ${(error as Error).message}`);
    }
    day = dayNumber(london);
    at = typeof value === "string" ? instantMs(value) : typeof value === "number" ? value : value.getTime();
  } else {
    throw new RangeError(
      `${name} must be a YYYY-MM-DD day or an instant (ISO 8601 with an offset, epoch ms or a Date), got ${show(value)}`,
    );
  }
  if (day < FIRST || day > LAST) {
    throw new RangeError(
      `${name} ${show(value)} is outside the supported years ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}`,
    );
  }
  return { day, at };
}
