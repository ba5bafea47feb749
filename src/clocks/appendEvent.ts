import { dateOfDayNumber } from "../calendar/index.js";
import { formatInstant, show } from "../core/index.js";
import type { Clock, ClockEvent } from "./Clock.js";
import { ClockError } from "./ClockError.js";
import { clockOrThrow } from "./clockShapeIssues.js";
import { momentOf } from "./moment.js";
import { type Timeline, timelineOf } from "./timeline.js";

/**
 * When something happened to a clock: a London calendar day `YYYY-MM-DD`, or an instant (an ISO
 * 8601 string with an offset, epoch milliseconds or a `Date`), which counts from its London day.
 *
 * @example
 * ```ts
 * import type { When } from "council-contact/clocks";
 * const times: When[] = ["2025-03-03", "2025-03-03T09:30:00Z", 1740994200000];
 * times.length //=> 3
 * ```
 */
export type When = string | number | Date;

/** What an operation checks and records, given the clock's timeline and the event's time. */
export interface EventContext {
  readonly timeline: Timeline;
  /** The event's time on the clock's scale (day number, or ms on an hours clock). */
  readonly time: number;
  /** `on` and, for an instant, `at`, ready to spread into the event. */
  readonly stamp: { readonly on: string; readonly at?: number };
}

/** A time on a clock's scale, for messages. */
export function showTime(timeline: Timeline, time: number): string {
  return timeline.hours ? formatInstant(time) : dateOfDayNumber(time);
}

/**
 * The clock with one more event, after the checks every operation shares (the clock has not
 * stopped; the event is not before receipt or before the last event; an hours clock is given an
 * instant) and the operation's own (`build` throws a `ClockError` or returns the event).
 */
export function appendEvent(clock: Clock, when: unknown, build: (context: EventContext) => ClockEvent): Clock {
  clockOrThrow(clock);
  const timeline = timelineOf(clock);
  const moment = momentOf(when, "when");
  if (timeline.hours && moment.at === undefined) {
    throw new RangeError(`when must be an instant for an hours clock (${timeline.name}), got ${show(when)}`);
  }
  const time = timeline.hours ? moment.at! : moment.day;
  if (timeline.stopped !== null) {
    throw new ClockError(
      "clock_stopped",
      timeline.name,
      `the clock stopped on ${showTime(timeline, timeline.stopped)}; nothing can happen to it after that`,
    );
  }
  if (time < timeline.received) {
    throw new ClockError(
      "before_receipt",
      timeline.name,
      `${showTime(timeline, time)} is before the request was received on ${showTime(timeline, timeline.received)}`,
    );
  }
  if (time < timeline.last) {
    throw new ClockError(
      "out_of_order",
      timeline.name,
      `${showTime(timeline, time)} is before the clock's last event on ${showTime(timeline, timeline.last)}`,
    );
  }
  const stamp =
    moment.at === undefined ? { on: dateOfDayNumber(moment.day) } : { on: dateOfDayNumber(moment.day), at: moment.at };
  return { ...clock, events: [...clock.events, build({ timeline, time, stamp })] };
}
