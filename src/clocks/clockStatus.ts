import { dateOfDayNumber, londonDayNumber } from "../calendar/index.js";
import { MS_PER_HOUR, messages, rangeError, show } from "../core/index.js";
import type { When } from "./appendEvent.js";
import type { Clock } from "./Clock.js";
import type { ClockState, ClockStatus, ClockStatusBase } from "./ClockState.js";
import { clockOrThrow } from "./clockShapeIssues.js";
import { calendarOf, deadlinesOf } from "./deadlines.js";
import { DUE_SOON_HOURS, DUE_SOON_WORKING_DAYS } from "./defaults.js";
import { momentOf } from "./moment.js";
import { regimeName, ruleOf } from "./ruleOf.js";
import { resumeAt, timelineOf } from "./timeline.js";

/** A status being built: the common fields, then the counts its state has. */
type Draft = ClockStatusBase & {
  status: ClockState;
  workingDaysLeft?: number;
  daysLeft?: number;
  workingDaysLate?: number;
  daysLate?: number;
};

/**
 * Options for {@link clockStatus}.
 *
 * @example
 * ```ts
 * import type { ClockStatusOptions } from "council-contact/clocks";
 * const options: ClockStatusOptions = { dueSoonWorkingDays: 3 };
 * options.dueSoonWorkingDays //=> 3
 * ```
 */
export interface ClockStatusOptions {
  /** A day clock is `due-soon` when this many working days or fewer are left. Default `DUE_SOON_WORKING_DAYS` (5). */
  readonly dueSoonWorkingDays?: number;
  /** An hours clock is `due-soon` when this many hours or fewer are left. Default `DUE_SOON_HOURS` (4). */
  readonly dueSoonHours?: number;
}

/** `value` if it is a finite number ≥ 0, else a `RangeError` naming the option. */
function margin(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
    throw rangeError(name, "a finite number ≥ 0", value);
  return value;
}

/**
 * Where a clock stands on a day: `running`, `due-soon`, `overdue`, `paused`, `met` or `missed`,
 * with the due date and the working days left or late. The clock is read as it stood at the end
 * of `today` (events dated later are not counted yet), so the result is a pure function of the
 * clock and the day: the same inputs always give the same status, and neither is changed.
 *
 * A complaint's status is about its acknowledgement until it is acknowledged, then about its
 * response (`deadline` says which). A paused clock's `dueDate` is the day it would be due if it
 * resumed today. Days left count the working days after today up to and including the due date,
 * so a clock due today has 0 left and is `due-soon`; it is `overdue` from the next day.
 *
 * @param clock - any clock.
 * @param today - the day to judge it on (`YYYY-MM-DD`), or an instant (its London day). An hours
 * clock needs an instant, and is overdue once that instant is past its due instant.
 * @param options - the due-soon margins.
 * @returns the status, a union on `status`.
 * @throws RangeError if the clock is malformed or would fall due after 2100-12-31, `today` is not
 * a day or instant (an instant, for an hours clock) or is before the request was received,
 * `options` is not an object, or a margin is negative.
 *
 * @example
 * ```ts
 * import { startClock, stopClock, clockStatus } from "council-contact/clocks";
 * const foi = startClock("foi", "2025-03-03");
 * clockStatus(foi, "2025-03-10").status //=> "running"
 * clockStatus(foi, "2025-03-26") //=> { regime: "foi", today: "2025-03-26", deadline: "response", dueDate: "2025-04-01", dueAt: null, acknowledgement: null, pausedSince: null, awaiting: null, stoppedOn: null, status: "due-soon", workingDaysLeft: 4, daysLeft: 6 }
 * clockStatus(foi, "2025-04-03").status //=> "overdue"
 * clockStatus(stopClock(foi, "2025-04-02"), "2025-05-01").status //=> "missed"
 * clockStatus(startClock("complaint-stage-1", "2025-06-02"), "2025-06-10").deadline //=> "acknowledgement"
 * clockStatus(foi, "2025-03-01") //=> throws RangeError
 * ```
 */
export function clockStatus(clock: Clock, today: When, options: ClockStatusOptions = {}): ClockStatus {
  clockOrThrow(clock);
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  const dueSoonDays = margin(options.dueSoonWorkingDays, DUE_SOON_WORKING_DAYS, "dueSoonWorkingDays");
  const dueSoonHours = margin(options.dueSoonHours, DUE_SOON_HOURS, "dueSoonHours");
  const rule = ruleOf(clock.regime);
  const hours = rule.unit === "hours";
  const moment = momentOf(today, "today");
  if (hours && moment.at === undefined)
    throw new RangeError(
      `today must be an instant for an hours clock (${regimeName(clock.regime)}), got ${show(today)}`,
    );
  const now = hours ? moment.at! : moment.day;
  const asOf = timelineOf(clock, now, rule);
  if (now < asOf.received)
    throw new RangeError(`today ${show(today)} is before the request was received on ${clock.received}`);

  const cal = calendarOf(clock);
  const deadlines = deadlinesOf(resumeAt(asOf, now), cal);
  const dayOf = (time: number) => (hours ? londonDayNumber(time) : time);
  const acknowledging = deadlines.acknowledgement !== null && asOf.acknowledged === null && asOf.stopped === null;
  const due = acknowledging ? deadlines.acknowledgement! : deadlines.response;
  const dueDay = dayOf(due);
  const stopped = asOf.stopped !== null;
  const at = stopped ? asOf.stopped! : now;
  const atDay = dayOf(at);
  const late = at > due;
  const status: ClockState =
    asOf.paused !== null ? "paused" : late ? (stopped ? "missed" : "overdue") : stopped ? "met" : "running";
  // Built as one literal and then completed in place: spreading a base object into each variant
  // was most of the cost of a call.
  const result: Draft = {
    regime: asOf.name,
    today: typeof today === "string" && today.length === 10 ? today : dateOfDayNumber(moment.day),
    deadline: acknowledging ? "acknowledgement" : "response",
    dueDate: dateOfDayNumber(dueDay),
    dueAt: hours ? due : null,
    acknowledgement:
      deadlines.acknowledgement === null
        ? null
        : {
            due: dateOfDayNumber(dayOf(deadlines.acknowledgement)),
            on: asOf.acknowledged === null ? null : dateOfDayNumber(dayOf(asOf.acknowledged)),
          },
    pausedSince: asOf.paused === null ? null : dateOfDayNumber(asOf.paused.sinceDay),
    awaiting: asOf.paused?.reason ?? null,
    stoppedOn: stopped ? dateOfDayNumber(dayOf(at)) : null,
    status,
  };
  if (status === "paused") return result as ClockStatus;
  if (late) {
    result.workingDaysLate = cal.between(dueDay, atDay);
    result.daysLate = atDay - dueDay;
    return result as ClockStatus;
  }
  result.workingDaysLeft = cal.between(atDay, dueDay);
  result.daysLeft = dueDay - atDay;
  if (!stopped && (hours ? due - at <= dueSoonHours * MS_PER_HOUR : result.workingDaysLeft <= dueSoonDays))
    result.status = "due-soon";
  return result as ClockStatus;
}
