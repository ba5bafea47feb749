/**
 * A guard: a condition a transition checks before it is taken, written as data so a definition
 * stays JSON and a council's own definition can be stored. A pure interpreter evaluates it
 * against the enquiry and the event; a guard that fails refuses the event with its own code
 * ({@link GuardCode}).
 *
 * - `names-original`: the event names the enquiry this one duplicates (`duplicateOf`), and it is
 *   not this enquiry. Fails with `original_not_named`.
 * - `names-handler`: the event names a handler (`handler`). Fails with `handler_not_named`.
 * - `handler-differs`: the event names a handler who has not handled the enquiry in any of the
 *   `from` states (a stage 2 complaint goes to someone other than the stage 1 handler). Fails
 *   with `handler_not_named` or `same_handler`.
 * - `names-referral`: the event names where the enquiry is referred (`referredTo`). Fails with
 *   `referral_not_named`.
 * - `customer-notified`: the customer already knows the outcome (the event says `told`, as when
 *   the enquiry is resolved at first contact), or a recorded reason says why they are not told
 *   (`noNotify`: anonymous, opted out). Fails with `customer_not_notified`.
 * - `within-days-of-closure`: the event falls no more than `days` London calendar days after the
 *   day the enquiry was closed (a reopen window). Fails with `outside_reopen_window`.
 *
 * @example
 * ```ts
 * import type { GuardSpec } from "council-contact/enquiry";
 * const window: GuardSpec = { kind: "within-days-of-closure", days: 28 };
 * window.kind //=> "within-days-of-closure"
 * ```
 */
export type GuardSpec =
  | {
      /** The event names the original enquiry (`duplicateOf`). */
      readonly kind: "names-original";
    }
  | {
      /** The event names a handler (`handler`). */
      readonly kind: "names-handler";
    }
  | {
      /** The event names a handler who did not handle the enquiry in the `from` states. */
      readonly kind: "handler-differs";
      /** The states whose handlers may not take this transition's handler role. */
      readonly from: readonly string[];
    }
  | {
      /** The event names where the enquiry goes (`referredTo`). */
      readonly kind: "names-referral";
    }
  | {
      /** The customer was told the outcome directly, or a recorded reason says why not. */
      readonly kind: "customer-notified";
    }
  | {
      /** The event falls within `days` London days of the enquiry's closure. */
      readonly kind: "within-days-of-closure";
      /** How many calendar days after the day of closure the event may fall; a positive integer. */
      readonly days: number;
    };

/**
 * The kind of a {@link GuardSpec}.
 *
 * @example
 * ```ts
 * import type { GuardKind } from "council-contact/enquiry";
 * const kind: GuardKind = "names-original";
 * kind //=> "names-original"
 * ```
 */
export type GuardKind = GuardSpec["kind"];
