import { formatInstant, readInstant } from "../core/index.js";
import type { CompiledLifecycle } from "./compile.js";
import type { Enquiry, EnquiryEvent } from "./Enquiry.js";
import type { Lifecycle } from "./Lifecycle.js";
import { refusal } from "./refusal.js";
import { step } from "./step.js";
import type { TransitionError, TransitionResult } from "./TransitionResult.js";

/** Apply one event to an enquiry: the shared core of `transition` and `replay`. */
export function advance(
  definition: Lifecycle,
  compiled: CompiledLifecycle,
  enquiry: Enquiry,
  event: EnquiryEvent,
  build: boolean,
): TransitionResult {
  if (enquiry.lifecycle !== definition.id || enquiry.version !== definition.version) {
    return refused(refusal("wrong_definition", enquiry.state, eventType(event), versions(enquiry, definition)));
  }
  const state = compiled.states.get(enquiry.state);
  if (state === undefined)
    return refused(
      refusal("unknown_state", enquiry.state, eventType(event), `'${definition.id}' v${definition.version}`),
    );
  const at = timeOf(event, enquiry.state);
  if (typeof at !== "number") return refused(at);
  const bad = checkEvent(event, at, enquiry);
  if (bad !== null) return refused(bad);
  const list = state.on.get(event.type);
  if (list === undefined) return refused(refusal("invalid_transition", enquiry.state, event.type));
  return step(enquiry, state, list, event, at, build);
}

/** Begin an enquiry with its first event: the shared core of `startEnquiry` and `replay`. */
export function begin(
  definition: Lifecycle,
  compiled: CompiledLifecycle,
  event: EnquiryEvent,
  build: boolean,
): TransitionResult {
  const at = timeOf(event, null);
  if (typeof at !== "number") return refused(at);
  const bad = checkEvent(event, at, null);
  if (bad !== null) return refused(bad);
  if (event.type !== definition.initial.event)
    return refused(refusal("invalid_transition", null, event.type, definition.initial.event));
  if (typeof event.id !== "string" || event.id.length === 0) {
    return refused(refusal("invalid_event", null, event.type, "the first event must carry the enquiry's id"));
  }
  const before: Enquiry = {
    id: event.id,
    lifecycle: definition.id,
    version: definition.version,
    state: "",
    status: "open",
    outcome: null,
    receivedAt: at,
    updatedAt: at,
    closedAt: null,
    events: 0,
    handler: null,
    handlers: {},
    duplicateOf: null,
    referredTo: null,
    noNotify: null,
    notice: null,
  };
  return step(before, null, compiled.initial, event, at, build);
}

/**
 * Check what every event needs before any transition is looked at: a type, a time (`at`, already
 * read by `timeOf`) no earlier than the enquiry's latest event, and a known `noNotify` reason.
 */
function checkEvent(event: EnquiryEvent, at: number, from: Enquiry | null): TransitionError | null {
  const state = from === null ? null : from.state;
  if (event.noNotify !== undefined && event.noNotify !== "anonymous" && event.noNotify !== "opted-out") {
    return refusal("invalid_event", state, event.type, "noNotify must be 'anonymous' or 'opted-out'");
  }
  if (from !== null && at < from.updatedAt) return refusal("out_of_order", state, event.type, formatInstant(at));
  return null;
}

/** The description of a version mismatch, for `wrong_definition`. */
export function versions(
  recorded: { readonly lifecycle: string; readonly version: number },
  definition: Lifecycle,
): string {
  return `'${recorded.lifecycle}' v${recorded.version}, but the definition given is '${definition.id}' v${definition.version}`;
}

function refused(error: TransitionError): TransitionResult {
  return { ok: false, error };
}

/**
 * The time of an event as epoch milliseconds (core's one instant grammar: an ISO 8601 string with
 * an offset, integer epoch milliseconds or a `Date`), or the refusal of an event that has no
 * string type or no such time.
 */
function timeOf(event: EnquiryEvent, state: string | null): number | TransitionError {
  if (typeof event !== "object" || event === null || typeof event.type !== "string") {
    return refusal("invalid_event", state, null, "an event is an object with a string type");
  }
  const at = readInstant(event.at, "at");
  return typeof at === "number" ? at : refusal("invalid_event", state, event.type, at.message);
}

/** The type of an event, or `null` when it has none. */
export function eventType(event: unknown): string | null {
  if (typeof event !== "object" || event === null) return null;
  const type = (event as { readonly type?: unknown }).type;
  return typeof type === "string" ? type : null;
}
