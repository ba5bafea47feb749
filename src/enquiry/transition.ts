import { advance, eventType } from "./advance.js";
import { compiledOf } from "./compile.js";
import type { Enquiry, EnquiryEvent } from "./Enquiry.js";
import type { Lifecycle } from "./Lifecycle.js";
import { storedEnquiry } from "./storedEnquiry.js";
import type { TransitionResult } from "./TransitionResult.js";

/**
 * Apply one event to an enquiry: the next state and the effects the app must perform, or the
 * reason the event is refused. Pure: it reads no clock (the event carries its time), mutates
 * nothing, and a refused event leaves the enquiry as it was.
 *
 * The first transition listed for the event whose guards all hold is taken. Entering a closed
 * state always needs the customer notified of the outcome, told directly, or a recorded reason
 * not to (the closed loop): no event sequence closes an enquiry silently.
 *
 * @param definition - the lifecycle the enquiry follows, from {@link defineLifecycle} or built in.
 * @param enquiry - the enquiry now; it must carry the definition's id and version (a state loaded
 *   from storage, typed `Enquiry<string>`, is accepted and its state name checked at run time).
 *   Anything that is not an enquiry (`null`, a field missing or of the wrong type) is refused with
 *   `invalid_enquiry`, naming what {@link parseEnquiry} would report.
 * @param event - what happened, with its time.
 * @returns `{ ok: true, state, effects }`, or `{ ok: false, error }` with a code such as
 *   `invalid_transition`, a guard's code, `wrong_definition`, `out_of_order` or `invalid_enquiry`;
 *   a refused event leaves the enquiry exactly as it was.
 * @throws RangeError if `definition` was not made by {@link defineLifecycle}.
 *
 * @example
 * ```ts
 * import { serviceRequest, startEnquiry, transition } from "council-contact/enquiry";
 * const started = startEnquiry(serviceRequest, { type: "submit", at: "2025-03-03T08:00:00Z", id: "FMS-2001" });
 * if (!started.ok) throw new Error(started.error.message);
 * const logged = transition(serviceRequest, started.state, { type: "log", at: "2025-03-03T09:00:00Z" });
 * logged.ok && logged.state.state //=> "logged"
 * logged.ok && logged.effects.map((effect) => effect.type) //=> ["notify-customer", "schedule-follow-up"]
 * const dup = logged.ok ? transition(serviceRequest, logged.state, { type: "mark-duplicate", at: "2025-03-04T09:00:00Z" }) : logged;
 * dup.ok ? null : dup.error.code //=> "original_not_named"
 * ```
 */
export function transition<S extends string, E extends string>(
  definition: Lifecycle<S, E>,
  enquiry: Enquiry,
  event: EnquiryEvent<NoInfer<E>>,
): TransitionResult<S> {
  const compiled = compiledOf(definition);
  const checked = storedEnquiry(enquiry, eventType(event));
  if ("code" in checked) return { ok: false, error: checked };
  return advance(definition, compiled, checked, event, true) as TransitionResult<S>;
}
