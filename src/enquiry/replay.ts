import { messages } from "../core/index.js";
import { advance, begin, versions } from "./advance.js";
import { compiledOf } from "./compile.js";
import type { Enquiry, EnquiryEvent, EnquiryHistory } from "./Enquiry.js";
import type { Lifecycle } from "./Lifecycle.js";
import { refusal } from "./refusal.js";
import type { ReplayResult } from "./TransitionResult.js";

/**
 * Rebuild an enquiry from its history: the first event starts it, every later one is applied in
 * order, exactly as {@link startEnquiry} and {@link transition} would (without building effects,
 * which were performed when the events happened). Replaying the first k events gives the state
 * after k live transitions. A saved {@link EnquiryHistory} names the definition it was recorded
 * under, and replaying it under another id or version is refused.
 *
 * @param definition - the lifecycle the history follows.
 * @param history - the events, oldest first, or a saved history with its definition id and version.
 * @returns `{ ok: true, state }`, or `{ ok: false, error, index }` for the first event refused.
 * @throws RangeError if `definition` was not made by {@link defineLifecycle}.
 *
 * @example
 * ```ts
 * import { replay, serviceRequest } from "council-contact/enquiry";
 * const events = [
 *   { type: "submit", at: "2025-03-03T08:00:00Z", id: "FMS-2001" },
 *   { type: "log", at: "2025-03-03T09:00:00Z" },
 *   { type: "fix", at: "2025-03-10T15:00:00Z" },
 * ] as const;
 * const result = replay(serviceRequest, events);
 * result.ok && [result.state.state, result.state.outcome, result.state.notice] //=> ["fixed", "fixed", "notified"]
 * const old = replay(serviceRequest, { lifecycle: "service-request", version: 0, events });
 * old.ok ? null : old.error.code //=> "wrong_definition"
 * ```
 */
export function replay<S extends string>(
  definition: Lifecycle<S>,
  history: EnquiryHistory | readonly EnquiryEvent[],
): ReplayResult<S> {
  const compiled = compiledOf(definition);
  let events: readonly EnquiryEvent[];
  if (Array.isArray(history)) {
    events = history;
  } else {
    const saved = history as Partial<Record<keyof EnquiryHistory, unknown>> | null;
    if (
      typeof saved !== "object" ||
      saved === null ||
      typeof saved.lifecycle !== "string" ||
      !Number.isSafeInteger(saved.version) ||
      !Array.isArray(saved.events)
    ) {
      const why = messages.mustBe("history", "a list of events or { lifecycle, version, events }", saved);
      return { ok: false, error: refusal("invalid_history", null, null, why), index: -1 };
    }
    if (saved.lifecycle !== definition.id || saved.version !== definition.version) {
      return {
        ok: false,
        error: refusal("wrong_definition", null, null, versions(saved as EnquiryHistory, definition)),
        index: -1,
      };
    }
    events = saved.events;
  }
  if (events.length === 0) return { ok: false, error: refusal("empty_history", null, null), index: -1 };
  let result = begin(definition, compiled, events[0]!, false);
  for (let i = 1; result.ok && i < events.length; i++) {
    const next = advance(definition, compiled, result.state, events[i]!, false);
    if (!next.ok) return { ok: false, error: next.error, index: i };
    result = next;
  }
  return result.ok ? { ok: true, state: result.state as Enquiry<S> } : { ok: false, error: result.error, index: 0 };
}
