import type { ClockAction, RegimeName } from "../clocks/index.js";
import type { EnquiryOutcome } from "../taxonomy/index.js";

/**
 * Something the app must do because of a transition, as data: `transition` never does it.
 * Every effect carries `at`, the time of the event that caused it (epoch milliseconds).
 *
 * - `notify-customer`: tell the customer the enquiry is now in `state`; `outcome` is set when that
 *   state is closed. Not emitted when the enquiry records a reason not to notify (anonymous,
 *   opted out).
 * - `start-clock` / `pause-clock` / `resume-clock` / `extend-clock` / `acknowledge-clock` /
 *   `stop-clock`: act on the `regime` clock as of `at`; `applyClockEffects` from
 *   `council-contact/clocks` performs them on a case's clocks.
 * - `assign`: the enquiry is now `handler`'s.
 * - `refer`: send the enquiry `to` another team or organisation.
 * - `schedule-follow-up`: ask the customer `name` (e.g. "has it been fixed?") at `due`. Not
 *   emitted when the enquiry records a reason not to contact the customer.
 *
 * @example
 * ```ts
 * import type { Effect } from "council-contact/enquiry";
 * const effect: Effect = { type: "notify-customer", state: "fixed", outcome: "fixed", at: 1760000000000 };
 * effect.type === "notify-customer" ? effect.outcome : null //=> "fixed"
 * ```
 */
export type Effect =
  | {
      /** Tell the customer. */
      readonly type: "notify-customer";
      /** The state the enquiry is now in. */
      readonly state: string;
      /** The outcome, when that state is closed; otherwise `null`. */
      readonly outcome: EnquiryOutcome | null;
      /** When (epoch ms). */
      readonly at: number;
    }
  | {
      /** Act on a clock. */
      readonly type: ClockAction;
      /** Which clock: a statutory regime or the name of a council's own service level. */
      readonly regime: RegimeName;
      /** When (epoch ms): the clock's receipt, pause, resumption, extension, acknowledgement or stop. */
      readonly at: number;
    }
  | {
      /** Give the enquiry to a handler. */
      readonly type: "assign";
      /** Who. */
      readonly handler: string;
      /** When (epoch ms). */
      readonly at: number;
    }
  | {
      /** Send the enquiry elsewhere. */
      readonly type: "refer";
      /** Where. */
      readonly to: string;
      /** When (epoch ms). */
      readonly at: number;
    }
  | {
      /** Ask the customer again later. */
      readonly type: "schedule-follow-up";
      /** What the follow-up is, e.g. `"has-it-been-fixed"`. */
      readonly name: string;
      /** When it is due (epoch ms): `at` plus the definition's whole days. */
      readonly due: number;
      /** When it was scheduled (epoch ms). */
      readonly at: number;
    };
