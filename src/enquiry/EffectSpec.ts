import type { ClockAction, RegimeName } from "../clocks/index.js";

/**
 * An effect a transition emits, as written in a lifecycle definition. The interpreter fills in
 * the rest from the event (its time, the handler or referral it names) to make an `Effect`.
 *
 * - `notify-customer`: tell the customer the new state, and the outcome when it is closed.
 * - `start-clock`, `pause-clock`, `resume-clock`, `extend-clock`, `acknowledge-clock`, `stop-clock`:
 *   act on the named clock (`regime`: a statutory regime or a council's own service level; see
 *   `council-contact/clocks`).
 * - `assign`: give the enquiry to a handler, `to` or else the one the event names.
 * - `refer`: send the enquiry elsewhere, `to` or else where the event names.
 * - `schedule-follow-up`: ask the customer again after `afterDays` days (FixMyStreet's "has it
 *   been fixed?" questionnaire goes 4 weeks after a report is sent).
 *
 * @example
 * ```ts
 * import type { EffectSpec } from "council-contact/enquiry";
 * const effects: EffectSpec[] = [{ type: "stop-clock", regime: "foi" }, { type: "notify-customer" }];
 * effects.map((effect) => effect.type) //=> ["stop-clock", "notify-customer"]
 * ```
 */
export type EffectSpec =
  | {
      /** Tell the customer the new state and, when closed, the outcome. */
      readonly type: "notify-customer";
    }
  | {
      /** Act on a clock. */
      readonly type: ClockAction;
      /** Which clock: a statutory regime (`foi`, `sar`, …) or the name of a council's own service level. */
      readonly regime: RegimeName;
    }
  | {
      /** Give the enquiry to a handler. */
      readonly type: "assign";
      /** A fixed handler or team; without it, the handler the event names. */
      readonly to?: string;
    }
  | {
      /** Send the enquiry elsewhere. */
      readonly type: "refer";
      /** A fixed destination; without it, the one the event names (`referredTo`). */
      readonly to?: string;
    }
  | {
      /** Ask the customer again later. */
      readonly type: "schedule-follow-up";
      /** What the follow-up is, e.g. `"has-it-been-fixed"`. */
      readonly name: string;
      /** Days after the event (whole 24-hour days); a positive integer. */
      readonly afterDays: number;
    };
