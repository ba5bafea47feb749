import { londonDayNumber, parseDay, rangeError, readInstant, SUPPORTED_RANGE, show, whyNotDay } from "../core/index.js";

/** A point in a clock's history: its London day number and, when given as an instant, its epoch ms. */
export interface Moment {
  readonly day: number;
  readonly at: number | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The supported days in words, for messages. */
export const SUPPORTED_DAYS_TEXT = "the supported days 2000-01-01 to 2100-12-31";

/** The `RangeError` for an input whose day is outside the supported days, naming the input. */
export function outsideSupportedDays(name: string, value: unknown): RangeError {
  return new RangeError(`${name} ${show(value)} is outside ${SUPPORTED_DAYS_TEXT}`);
}

/**
 * A calendar day (`YYYY-MM-DD`, taken as a London day) or an instant (the library's one grammar:
 * ISO 8601 with an offset, integer epoch ms or a valid `Date`, turned into its London day) as a
 * {@link Moment}, within the supported days.
 */
export function momentOf(value: unknown, name: string): Moment {
  if (typeof value === "string" && DAY.test(value)) {
    const why = whyNotDay(value);
    if (why !== undefined) throw new RangeError(`${name} ${value} does not exist (${why})`);
    const day = parseDay(value);
    if (day < SUPPORTED_RANGE.firstDay || day > SUPPORTED_RANGE.lastDay) throw outsideSupportedDays(name, value);
    return { day, at: undefined };
  }
  const at = readInstant(value, name);
  if (typeof at !== "number") {
    if (at.code === "invalid_type") {
      throw rangeError(name, "a YYYY-MM-DD day or an instant (ISO 8601 with an offset, epoch ms or a Date)", value);
    }
    throw new RangeError(at.message);
  }
  // London keeps GMT at New Year, so the supported London days begin and end on these instants.
  if (at < SUPPORTED_RANGE.firstMs || at >= SUPPORTED_RANGE.endMs) throw outsideSupportedDays(name, value);
  return { day: londonDayNumber(at), at };
}
