import { begin } from "./advance.js";
import { compiledOf } from "./compile.js";
import type { EnquiryEvent } from "./Enquiry.js";
import type { Lifecycle } from "./Lifecycle.js";
import type { TransitionResult } from "./TransitionResult.js";

/**
 * Begin an enquiry with its first event, which must be the definition's initial event and carry
 * the enquiry's reference (`id`). A report with no contact details records `noNotify:
 * "anonymous"` here, so it can later close without a notification.
 *
 * @param definition - the lifecycle the enquiry will follow.
 * @param event - the first event: the definition's `initial.event`, with `at` and `id`.
 * @returns `{ ok: true, state, effects }` with the enquiry in the initial state, or `{ ok: false, error }`.
 * @throws RangeError if `definition` was not made by {@link defineLifecycle}.
 *
 * @example
 * ```ts
 * import { informationRequest, startEnquiry } from "council-contact/enquiry";
 * const result = startEnquiry(informationRequest, { type: "receive", at: "2025-01-06T10:00:00Z", id: "FOI-88" });
 * result.ok && result.effects //=> [{ type: "start-clock", regime: "foi", at: 1736157600000 }]
 * startEnquiry(informationRequest, { type: "grant", at: 0, id: "FOI-89" }).ok //=> false
 * ```
 */
export function startEnquiry<S extends string, E extends string>(
  definition: Lifecycle<S, E>,
  event: EnquiryEvent<NoInfer<E>>,
): TransitionResult<S> {
  return begin(definition, compiledOf(definition), event, true) as TransitionResult<S>;
}
