import { type Closure, DIVISIONS, type Division, dateOfDayNumber } from "../calendar/index.js";
import { messages, show } from "../core/index.js";
import type { Clock, ClockEvent } from "./Clock.js";
import { ClockError } from "./ClockError.js";
import { closureDays } from "./clockCalendar.js";
import { DEFAULT_DIVISION, DEFAULT_SAR_DIVISION } from "./defaults.js";
import { defineRegime } from "./defineRegime.js";
import { momentOf } from "./moment.js";
import type { PauseReason, Regime } from "./Regime.js";
import { regimeName, ruleOf } from "./ruleOf.js";

/**
 * Options for {@link startClock}.
 *
 * @example
 * ```ts
 * import type { StartClockOptions } from "council-contact/clocks";
 * const options: StartClockOptions = { division: "scotland", awaiting: "identity" };
 * options.awaiting //=> "identity"
 * ```
 */
export interface StartClockOptions {
  /**
   * Whose bank holidays are non-working days. Fixed by law for `foi` and `eir` (`united-kingdom`)
   * and `foisa` (`scotland`): another value is refused. Default for a SAR
   * `DEFAULT_SAR_DIVISION`, for complaints and service levels `DEFAULT_DIVISION` (both
   * `england-and-wales`).
   */
  readonly division?: Division;
  /**
   * The council's own closure days, non-working for complaint and service-level clocks. Refused
   * for FOI, FOISA, EIR and SAR clocks: their working days are set by law (an office closure day
   * still counts). Default: none.
   */
  readonly closures?: readonly Closure[];
  /**
   * Start the clock paused, waiting for this (a SAR's `identity` or `fee`): the count begins when
   * `resumeClock` records its arrival. Default: the clock runs from receipt.
   */
  readonly awaiting?: PauseReason;
}

/**
 * Start a response clock for a request received on a day or at an instant (an instant counts
 * from its Europe/London day: a request at 23:30 UTC on a Sunday in June arrived on Monday).
 *
 * How each regime counts (see `STATUTORY_REGIMES` for the sources):
 * - `foi`, `eir`: due on the 20th working day after receipt (day 1 is the first working day after
 *   it), where a bank holiday anywhere in the UK is not a working day; `foisa` the same with
 *   Scotland's holidays;
 * - `sar`: one calendar month from the day of receipt (3 September → 3 October; 31 January → 28 or
 *   29 February), moved to the next working day when that is a weekend or bank holiday;
 * - `complaint-stage-1` / `-2`: acknowledge within 5 working days, respond within 10 / 20 working
 *   days of the acknowledgement;
 * - a custom regime: its limit in working days, calendar days (day 1 is the day after receipt) or
 *   elapsed hours (received must then be an instant).
 *
 * @param regime - a statutory regime's name, or a council's own service level.
 * @param received - when the request arrived: a `YYYY-MM-DD` day, or an instant (ISO 8601 with
 * an offset, epoch ms or a `Date`), in 2000–2100.
 * @param options - the division and closure days, and whether the clock waits for something first.
 * @returns a new clock with no events (or one pause, when it starts awaiting something).
 * @throws RangeError naming the argument when the regime is unknown or malformed, `received` is not
 * a day or instant (or not an instant for an hours clock), the division is unknown or not the one
 * the law fixes, or closures are given to a statutory clock or are malformed.
 * @throws ClockError `pause_not_allowed` when the regime has no such pause as `awaiting`.
 *
 * @example
 * ```ts
 * import { startClock, dueDate } from "council-contact/clocks";
 * dueDate(startClock("foi", "2024-12-20")) //=> "2025-01-23"
 * dueDate(startClock("foi", "2025-04-17")) //=> "2025-05-20"
 * dueDate(startClock("foisa", "2025-04-17")) //=> "2025-05-19"
 * dueDate(startClock("sar", "2025-09-03")) //=> "2025-10-03"
 * dueDate(startClock("sar", "2024-01-31")) //=> "2024-02-29"
 * dueDate(startClock("foi", "2024-06-16T23:30:00Z")) //=> "2024-07-16"
 * dueDate(startClock({ name: "missed-bin", unit: "working-days", limit: 2 }, "2025-05-02")) //=> "2025-05-07"
 * dueDate(startClock("sar", "2025-01-31", { awaiting: "identity" })) //=> null
 * startClock("foi", "2025-01-06", { division: "scotland" }) //=> throws RangeError
 * ```
 */
export function startClock(regime: Regime, received: string | number | Date, options: StartClockOptions = {}): Clock {
  const rule = ruleOf(regime);
  const name = regimeName(regime);
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  const { division: asked, closures = [], awaiting } = options;
  if (asked !== undefined && !(DIVISIONS as readonly unknown[]).includes(asked)) {
    throw new RangeError(messages.oneOf("division", DIVISIONS, asked));
  }
  if (rule.division !== null && asked !== undefined && asked !== rule.division) {
    throw new RangeError(`division for ${name} is fixed by law as "${rule.division}", got ${show(asked)}`);
  }
  const division = rule.division ?? asked ?? (name === "sar" ? DEFAULT_SAR_DIVISION : DEFAULT_DIVISION);
  if (closureDays(closures).length > 0 && !rule.closures) {
    throw new RangeError(
      `closures do not apply to a ${name} clock: its working days are set by law, got ${show(closures)}`,
    );
  }
  const moment = momentOf(received, "received");
  if (rule.unit === "hours" && moment.at === undefined) {
    throw new RangeError(`received must be an instant for an hours clock (${name}), got ${show(received)}`);
  }
  const on = dateOfDayNumber(moment.day);
  const stamp = moment.at === undefined ? { on } : { on, at: moment.at };
  const events: ClockEvent[] = [];
  if (awaiting !== undefined) {
    if (typeof awaiting !== "string") {
      throw new RangeError(messages.oneOf("awaiting", ["clarification", "identity", "fee", "other"], awaiting));
    }
    if (!Object.hasOwn(rule.pauses, awaiting)) {
      throw new ClockError(
        "pause_not_allowed",
        name,
        `cannot start awaiting ${show(awaiting)}: the regime allows ${Object.keys(rule.pauses).join(", ")}`,
      );
    }
    events.push({ type: "pause", ...stamp, reason: awaiting });
  }
  return {
    regime: typeof regime === "string" ? regime : defineRegime(regime),
    division,
    closures: [...closures],
    received: on,
    ...(moment.at === undefined ? {} : { receivedAt: moment.at }),
    events,
  };
}
