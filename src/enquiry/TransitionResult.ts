import type { Effect } from "./Effect.js";
import type { Enquiry } from "./Enquiry.js";

/**
 * The codes a failing guard refuses an event with, one per guard kind (see {@link GuardSpec}).
 *
 * @example
 * ```ts
 * import type { GuardCode } from "council-contact/enquiry";
 * const code: GuardCode = "same_handler";
 * code //=> "same_handler"
 * ```
 */
export type GuardCode =
  | "original_not_named"
  | "handler_not_named"
  | "same_handler"
  | "referral_not_named"
  | "customer_not_notified"
  | "outside_reopen_window";

/**
 * Why an event was refused:
 *
 * - `invalid_transition`: the state has no transition for the event (or the event is not the
 *   lifecycle's first event when starting);
 * - a {@link GuardCode}: a guard did not hold;
 * - `wrong_definition`: the enquiry or history follows another definition id or version;
 * - `unknown_state`: the enquiry is in a state its definition does not have;
 * - `invalid_event`: the event is malformed (no type, a time that is not an instant in the
 *   library's grammar, no id on the first event, an unknown `noNotify` reason), or its reopen
 *   window would need London days outside the supported years 2000–2100;
 * - `invalid_enquiry`: the enquiry given to `transition` is not one (`null`, a field missing or
 *   of the wrong type: what {@link parseEnquiry} refuses);
 * - `invalid_history`: the history given to `replay` is neither a list of events nor a saved
 *   history `{ lifecycle, version, events }`;
 * - `out_of_order`: the event is earlier than the enquiry's latest event (histories only grow);
 * - `empty_history`: there is nothing to replay.
 *
 * @example
 * ```ts
 * import type { TransitionErrorCode } from "council-contact/enquiry";
 * const code: TransitionErrorCode = "invalid_transition";
 * code //=> "invalid_transition"
 * ```
 */
export type TransitionErrorCode =
  | "invalid_transition"
  | GuardCode
  | "wrong_definition"
  | "unknown_state"
  | "invalid_event"
  | "out_of_order"
  | "empty_history"
  | "invalid_enquiry"
  | "invalid_history";

/**
 * Why an event was refused, as data: a code to branch on, the words for people, and where.
 *
 * @example
 * ```ts
 * import { serviceRequest, startEnquiry, transition } from "council-contact/enquiry";
 * const started = startEnquiry(serviceRequest, { type: "submit", at: 0, id: "R1" });
 * const result = started.ok ? transition(serviceRequest, started.state, { type: "reopen", at: 1 }) : started;
 * result.ok ? null : result.error.code //=> "invalid_transition"
 * ```
 */
export interface TransitionError {
  /** What kind of refusal. */
  readonly code: TransitionErrorCode;
  /** The refusal in words, built from the other fields. */
  readonly message: string;
  /** The state the enquiry was in (`null` before it started). */
  readonly state: string | null;
  /** The type of the refused event (`null` when there was no event). */
  readonly event: string | null;
}

/**
 * What {@link transition} and {@link startEnquiry} return: the new state and the effects to
 * perform, or the refusal (the enquiry passed in is untouched either way).
 *
 * @typeParam S - the state names of the lifecycle.
 *
 * @example
 * ```ts
 * import { serviceRequest, startEnquiry } from "council-contact/enquiry";
 * const result = startEnquiry(serviceRequest, { type: "submit", at: 0, id: "R1" });
 * result.ok ? result.effects : result.error //=> []
 * ```
 */
export type TransitionResult<S extends string = string> =
  | {
      /** The event was accepted. */
      readonly ok: true;
      /** The enquiry after the event. */
      readonly state: Enquiry<S>;
      /** What the app must now do, in order. */
      readonly effects: readonly Effect[];
    }
  | {
      /** The event was refused. */
      readonly ok: false;
      /** Why. */
      readonly error: TransitionError;
    };

/**
 * What {@link replay} returns: the state the history leads to, or the first refusal with the
 * index of the event refused (`-1` when the history as a whole is refused).
 *
 * @typeParam S - the state names of the lifecycle.
 *
 * @example
 * ```ts
 * import { replay, serviceRequest } from "council-contact/enquiry";
 * const result = replay(serviceRequest, []);
 * result.ok ? null : [result.error.code, result.index] //=> ["empty_history", -1]
 * ```
 */
export type ReplayResult<S extends string = string> =
  | {
      /** Every event was accepted. */
      readonly ok: true;
      /** The enquiry after the last event. */
      readonly state: Enquiry<S>;
    }
  | {
      /** An event was refused. */
      readonly ok: false;
      /** Why. */
      readonly error: TransitionError;
      /** The index of the refused event, or `-1` when the whole history is refused. */
      readonly index: number;
    };
