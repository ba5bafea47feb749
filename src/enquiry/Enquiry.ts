import type { EnquiryOutcome } from "../taxonomy/index.js";

/**
 * Why a customer is not told an outcome: they reported anonymously (no contact details), or they
 * opted out of updates. Recorded on the enquiry, it stands in for notification at closure.
 *
 * @example
 * ```ts
 * import type { NoNotifyReason } from "council-contact/enquiry";
 * const reason: NoNotifyReason = "anonymous";
 * reason //=> "anonymous"
 * ```
 */
export type NoNotifyReason = "anonymous" | "opted-out";

/**
 * How the customer learnt the outcome of a closure: `notified` (the closing transition emitted a
 * `notify-customer` effect), `told` (the event says they were told directly, as when an enquiry
 * is resolved at first contact), or the recorded reason they were not told.
 *
 * @example
 * ```ts
 * import type { ClosureNotice } from "council-contact/enquiry";
 * const notices: ClosureNotice[] = ["notified", "told", "anonymous", "opted-out"];
 * notices.length //=> 4
 * ```
 */
export type ClosureNotice = "notified" | "told" | NoNotifyReason;

/**
 * One thing that happened to an enquiry. Events carry their own time (`transition` never reads
 * the clock) and the details their guards and effects need. A history is the list of them, in
 * time order, append-only.
 *
 * @typeParam E - the event names of the lifecycle.
 *
 * @example
 * ```ts
 * import type { EnquiryEvent } from "council-contact/enquiry";
 * const event: EnquiryEvent = { type: "mark-duplicate", at: "2025-03-04T09:30:00+00:00", duplicateOf: "FMS-1041" };
 * event.duplicateOf //=> "FMS-1041"
 * ```
 */
export interface EnquiryEvent<E extends string = string> {
  /** What happened: one of the lifecycle's event names. */
  readonly type: E;
  /**
   * When: an ISO 8601 instant with an offset (`2025-03-04T09:30:00Z`, `2025-03-04T09:30+00:00`),
   * integer epoch milliseconds, or a valid `Date`: the one instant grammar of the library, as
   * `parseInstant` in `council-contact/core` reads it. Every function of this module that takes an
   * event takes these three forms.
   */
  readonly at: number | string | Date;
  /** The enquiry's own reference; required on the first event, ignored after. */
  readonly id?: string;
  /** The handler the event assigns. */
  readonly handler?: string;
  /** The enquiry this one duplicates. */
  readonly duplicateOf?: string;
  /** Where the enquiry is referred. */
  readonly referredTo?: string;
  /** The customer was told the outcome directly (resolution at first contact). */
  readonly told?: boolean;
  /** A reason not to notify the customer, recorded on the enquiry from this event on. */
  readonly noNotify?: NoNotifyReason;
  /** Free text for the audit trail; `transition` ignores it. */
  readonly note?: string;
}

/**
 * A saved history: the events of one enquiry with the definition they were recorded under, so
 * that replaying it under another version is refused.
 *
 * @typeParam E - the event names of the lifecycle.
 *
 * @example
 * ```ts
 * import type { EnquiryHistory } from "council-contact/enquiry";
 * const history: EnquiryHistory = { lifecycle: "service-request", version: 1, events: [{ type: "submit", at: 0, id: "R1" }] };
 * history.events.length //=> 1
 * ```
 */
export interface EnquiryHistory<E extends string = string> {
  /** The id of the definition the events were recorded under. */
  readonly lifecycle: string;
  /** Its version. */
  readonly version: number;
  /** The events, oldest first. */
  readonly events: readonly EnquiryEvent<E>[];
}

/**
 * The state of one enquiry: plain JSON data, so it saves and loads without loss. It carries its
 * definition's id and version; a transition under another version is refused. Instants are epoch
 * milliseconds; absent values are `null`.
 *
 * @typeParam S - the state names of the lifecycle.
 *
 * @example
 * ```ts
 * import { serviceRequest, startEnquiry } from "council-contact/enquiry";
 * const result = startEnquiry(serviceRequest, { type: "submit", at: "2025-03-03T08:00:00Z", id: "FMS-2001" });
 * result.ok && [result.state.state, result.state.status, result.state.version] //=> ["received", "open", 1]
 * ```
 */
export interface Enquiry<S extends string = string> {
  /** The enquiry's reference, from its first event. */
  readonly id: string;
  /** The id of the lifecycle definition it follows. */
  readonly lifecycle: string;
  /** The version of that definition. */
  readonly version: number;
  /** The state it is in. */
  readonly state: S;
  /** Whether that state is open or closed. */
  readonly status: "open" | "closed";
  /** The outcome when closed; otherwise `null`. */
  readonly outcome: EnquiryOutcome | null;
  /** When it was received: the time of its first event (epoch ms). */
  readonly receivedAt: number;
  /** The time of its latest event (epoch ms). */
  readonly updatedAt: number;
  /** When it was closed, while it is closed (epoch ms); otherwise `null`. */
  readonly closedAt: number | null;
  /** How many events it has taken: the length of its history. */
  readonly events: number;
  /** Who has it now; `null` before anyone is assigned. */
  readonly handler: string | null;
  /** Everyone who has handled it in the states a `handler-differs` guard names, by state. */
  readonly handlers: { readonly [state: string]: readonly string[] };
  /** The enquiry it duplicates, once named. */
  readonly duplicateOf: string | null;
  /** Where it was last referred. */
  readonly referredTo: string | null;
  /** A recorded reason not to notify the customer. */
  readonly noNotify: NoNotifyReason | null;
  /** How the customer learnt the outcome, while it is closed; otherwise `null`. */
  readonly notice: ClosureNotice | null;
}
