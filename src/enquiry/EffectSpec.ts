/**
 * The statutory clocks an enquiry lifecycle can start, pause, resume, extend and stop: FOI (FOIA
 * s.10), FOISA, EIR (reg 5), UK GDPR subject access, and the two stages of the complaint handling
 * codes. The clocks module computes their due dates; the lifecycle only says when each starts and
 * stops.
 *
 * @example
 * ```ts
 * import type { StatutoryClock } from "council-contact/enquiry";
 * const clock: StatutoryClock = "complaint-stage-2";
 * clock //=> "complaint-stage-2"
 * ```
 */
export type StatutoryClock = "foi" | "foisa" | "eir" | "sar" | "complaint-stage-1" | "complaint-stage-2";

/**
 * The clock an effect acts on: a {@link StatutoryClock} or the name of a council's own service
 * level (`"missed-bin-2-working-days"`). Owned here until the clocks module owns the regime type.
 *
 * @example
 * ```ts
 * import type { EnquiryClockRegime } from "council-contact/enquiry";
 * const regimes: EnquiryClockRegime[] = ["foi", "missed-bin-2-working-days"];
 * regimes.length //=> 2
 * ```
 */
export type EnquiryClockRegime = StatutoryClock | (string & {});

/**
 * What can be done to a running clock.
 *
 * @example
 * ```ts
 * import type { ClockAction } from "council-contact/enquiry";
 * const action: ClockAction = "pause-clock";
 * action //=> "pause-clock"
 * ```
 */
export type ClockAction = "start-clock" | "pause-clock" | "resume-clock" | "extend-clock" | "stop-clock";

/**
 * An effect a transition emits, as written in a lifecycle definition. The interpreter fills in
 * the rest from the event (its time, the handler or referral it names) to make an `Effect`.
 *
 * - `notify-customer`: tell the customer the new state, and the outcome when it is closed.
 * - `start-clock` … `stop-clock`: act on the named clock (`regime`).
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
      /** Which clock. */
      readonly regime: EnquiryClockRegime;
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
