import { messages, rangeError } from "../core/index.js";
import { appendEvent, showTime, type When } from "./appendEvent.js";
import type { Clock } from "./Clock.js";
import { ClockError } from "./ClockError.js";
import { calendarOf, deadlinesOf } from "./deadlines.js";

/**
 * Options for {@link extendClock}.
 *
 * @example
 * ```ts
 * import type { ExtendClockOptions } from "council-contact/clocks";
 * const options: ExtendClockOptions = { by: 10 };
 * options.by //=> 10
 * ```
 */
export interface ExtendClockOptions {
  /**
   * How many units to add: working days (FOI, EIR, complaints), months (SAR) or the service
   * level's unit; a positive integer. Default: all the extension the regime has left (20 working
   * days for FOI and EIR, 2 months for a SAR, 10 / 20 working days for complaint stages 1 / 2).
   */
  readonly by?: number;
}

/**
 * Extend a clock's time, as its regime allows: FOI's public interest extension (the ICO expects
 * no more than 20 further working days), EIR's to 40 working days for complex and voluminous
 * requests, a SAR's two further months (counted from the start: three months in all), a
 * complaint's 10 (stage 1) or 20 (stage 2) working days, or a service level's `maxExtension`.
 * Several extensions may add up to the cap. An extension moves the due date later, never earlier.
 * It must be made by the due date: afterwards the deadline has already been missed.
 *
 * @param clock - a clock that has not stopped.
 * @param when - the day (or instant) of the extension: not after the current due date.
 * @param options - how much to extend by.
 * @returns a new clock, extended.
 * @throws RangeError if `when` is not a day or instant or `by` is not a positive integer.
 * @throws ClockError `not_extendable` (FOISA; a service level without `maxExtension`),
 * `extension_over_cap`, `extension_after_due`, `clock_stopped`, `before_receipt` or `out_of_order`.
 *
 * @example
 * ```ts
 * import { startClock, extendClock, dueDate } from "council-contact/clocks";
 * dueDate(extendClock(startClock("sar", "2025-01-31"), "2025-02-10")) //=> "2025-04-30"
 * dueDate(extendClock(startClock("eir", "2025-06-02"), "2025-06-20")) //=> "2025-07-29"
 * extendClock(startClock("foi", "2025-06-02"), "2025-06-20", { by: 21 }) //=> throws ClockError
 * extendClock(startClock("foisa", "2025-06-02"), "2025-06-20") //=> throws ClockError
 * extendClock(startClock("foi", "2025-06-02"), "2025-07-01") //=> throws ClockError
 * ```
 */
export function extendClock(clock: Clock, when: When, options: ExtendClockOptions = {}): Clock {
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  return appendEvent(clock, when, ({ timeline, time, stamp }) => {
    const { maxExtension } = timeline.rule;
    const left = maxExtension - timeline.extension;
    const asked: unknown = options.by;
    if (asked !== undefined && (typeof asked !== "number" || !Number.isInteger(asked) || asked < 1)) {
      throw rangeError("by", "a positive integer", asked);
    }
    const by = (asked as number | undefined) ?? left;
    if (maxExtension === 0) throw new ClockError("not_extendable", timeline.name, "the regime has no extension");
    if (left === 0) {
      throw new ClockError(
        "extension_over_cap",
        timeline.name,
        `already extended by the full ${maxExtension} the regime allows (0 left)`,
      );
    }
    if (by > left) {
      throw new ClockError(
        "extension_over_cap",
        timeline.name,
        `extending by ${by} would make ${timeline.extension + by}, more than the ${maxExtension} the regime allows (${left} left)`,
      );
    }
    if (timeline.paused === null) {
      const due = deadlinesOf(timeline, calendarOf(clock)).response;
      if (time > due) {
        throw new ClockError(
          "extension_after_due",
          timeline.name,
          `${showTime(timeline, time)} is after the due date ${showTime(timeline, due)}: extend by then`,
        );
      }
    }
    return { type: "extend", ...stamp, by };
  });
}
