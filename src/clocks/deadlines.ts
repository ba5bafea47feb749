import { addCalendarMonths, dateOfDayNumber, dayNumber } from "../calendar/index.js";
import { formatDayNumber, formatInstant, MS_PER_HOUR, SUPPORTED_RANGE } from "../core/index.js";
import type { Clock } from "./Clock.js";
import { type DayCalendar, dayCalendar } from "./clockCalendar.js";
import type { Span, Timeline } from "./timeline.js";

/** A clock's deadlines: times on its own scale (day numbers, or ms on an hours clock). */
export interface Deadlines {
  /** When a complaint must be acknowledged; `null` for regimes without that step. */
  readonly acknowledgement: number | null;
  /** When the response is due. */
  readonly response: number;
}

/**
 * The end of a count of `amount` units from `start`, leaving out the spans that begin before the
 * end as it stands: each such span pushes the end on by the units it covers (so a span that
 * begins on or after the end does not move it). `floor` is the last time that does not count
 * (spans are clipped to begin no earlier).
 */
function countFrom(
  timeline: Timeline,
  cal: DayCalendar,
  start: number,
  amount: number,
  spans: readonly Span[],
): number {
  const { unit } = timeline.rule;
  const months = unit === "calendar-months";
  let end: number;
  if (unit === "working-days") end = cal.add(start, amount);
  else if (unit === "calendar-days") end = start + amount;
  else if (unit === "hours") end = start + amount * MS_PER_HOUR;
  else end = dayNumber(addCalendarMonths(dateOfDayNumber(start), amount));
  // Day 1 of a calendar-month count is the day of receipt itself; of every other count, the day after.
  const floor = months ? start - 1 : start;
  for (const span of spans) {
    const from = Math.max(span.from, floor);
    if (from >= span.to || from >= end) continue;
    end = unit === "working-days" ? cal.add(end, cal.between(from, span.to)) : end + (span.to - from);
  }
  // The ICO: a deadline on a weekend or public holiday moves to the next working day.
  return months && !cal.isWorking(end) ? cal.add(end, 1) : end;
}

/** The working-day calendar a clock counts by. */
export function calendarOf(clock: Clock): DayCalendar {
  return dayCalendar(clock.division, clock.closures);
}

/**
 * A clock's deadlines from its timeline (which must not be paused: resume it first with
 * `resumeAt`). A complaint's response time runs from its acknowledgement, or, before there is one,
 * from the last day it could be acknowledged on time.
 */
export function deadlinesOf(timeline: Timeline, cal: DayCalendar): Deadlines {
  let deadlines: Deadlines;
  try {
    deadlines = countDeadlines(timeline, cal);
  } catch (error) {
    // the calendar refuses a day past 2100-12-31: say which clock ran past it, in dates
    if (error instanceof RangeError) throw pastSupportedDays(timeline);
    throw error;
  }
  if (timeline.hours && deadlines.response >= SUPPORTED_RANGE.endMs) throw pastSupportedDays(timeline);
  return deadlines;
}

/** The `RangeError` for a clock whose deadline would fall after the last supported day. */
function pastSupportedDays(timeline: Timeline): RangeError {
  const received = timeline.hours ? formatInstant(timeline.received) : formatDayNumber(timeline.received);
  return new RangeError(
    `the ${timeline.name} clock received ${received} would fall due after 2100-12-31: the supported days are 2000-01-01 to 2100-12-31`,
  );
}

function countDeadlines(timeline: Timeline, cal: DayCalendar): Deadlines {
  const { rule, start, spans, extension } = timeline;
  if (rule.acknowledgeWithin === null) {
    return { acknowledgement: null, response: countFrom(timeline, cal, start, rule.limit + extension, spans) };
  }
  const acknowledgement = countFrom(timeline, cal, start, rule.acknowledgeWithin, spans);
  const responseFrom = timeline.acknowledged ?? acknowledgement;
  return { acknowledgement, response: countFrom(timeline, cal, responseFrom, rule.limit + extension, spans) };
}
