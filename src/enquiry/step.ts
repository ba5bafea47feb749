import { checkGuards } from "./checkGuards.js";
import type { CompiledState, CompiledTransition } from "./compile.js";
import type { Effect } from "./Effect.js";
import type { EffectSpec } from "./EffectSpec.js";
import type { ClosureNotice, Enquiry, EnquiryEvent } from "./Enquiry.js";
import { refusal } from "./refusal.js";
import type { TransitionError, TransitionResult } from "./TransitionResult.js";

const DAY_MS = 86_400_000;
const NO_EFFECTS: readonly Effect[] = Object.freeze([]);

/**
 * Take the first transition in `list` whose guards all hold and build the next enquiry, with its
 * effects when `build` is set (replay skips them). The closed loop is enforced here whatever the
 * definition says: entering a closed state needs a notification, a customer told directly, or a
 * recorded reason.
 */
export function step(
  from: Enquiry,
  fromState: CompiledState | null,
  list: readonly CompiledTransition[],
  event: EnquiryEvent,
  at: number,
  build: boolean,
): TransitionResult {
  let chosen = list[0]!;
  if (list.length > 1 || chosen.guards.length > 0) {
    let refused: TransitionError | null = null;
    for (let i = 0; i < list.length; i++) {
      const failure = checkGuards(list[i]!.guards, from, event, at);
      if (failure === null) {
        chosen = list[i]!;
        refused = null;
        break;
      }
      refused ??= failure;
    }
    if (refused !== null) return { ok: false, error: refused };
  }

  const to = chosen.to ?? fromState!;
  const closing = to.closed && chosen.to !== null;
  const noNotify = event.noNotify ?? from.noNotify;
  let notice: ClosureNotice | null = to.closed ? from.notice : null;
  if (closing) {
    notice = noNotify ?? (chosen.notifies ? "notified" : event.told === true ? "told" : null);
    if (notice === null) return { ok: false, error: refusal("customer_not_notified", from.state, event.type) };
  }

  const handler = chosen.assigns === null ? from.handler : (chosen.assigns.to ?? event.handler!);
  const referredTo = chosen.refers === null ? from.referredTo : (chosen.refers.to ?? event.referredTo!);
  let effects = NO_EFFECTS;
  const specs = chosen.effects;
  if (build && specs.length > 0) {
    if (noNotify !== null) {
      effects = specs
        .filter((spec) => spec.type !== "notify-customer" && spec.type !== "schedule-follow-up")
        .map((spec) => effectOf(spec, to, at, handler, referredTo));
    } else if (specs.length === 1) {
      // Array literals of the exact length: a growing array would allocate a 17-slot store.
      effects = [effectOf(specs[0]!, to, at, handler, referredTo)];
    } else if (specs.length === 2) {
      effects = [effectOf(specs[0]!, to, at, handler, referredTo), effectOf(specs[1]!, to, at, handler, referredTo)];
    } else {
      effects = specs.map((spec) => effectOf(spec, to, at, handler, referredTo));
    }
  }

  let handlers = from.handlers;
  if (to.tracked && handler !== null) {
    const earlier = Object.hasOwn(handlers, to.name) ? handlers[to.name] : undefined;
    const list = Array.isArray(earlier) ? earlier : [];
    if (!list.includes(handler)) handlers = { ...handlers, [to.name]: [...list, handler] };
  }

  const state: Enquiry = {
    id: from.id,
    lifecycle: from.lifecycle,
    version: from.version,
    state: to.name,
    status: to.closed ? "closed" : "open",
    outcome: to.outcome,
    receivedAt: from.receivedAt,
    updatedAt: at,
    closedAt: closing ? at : to.closed ? from.closedAt : null,
    events: from.events + 1,
    handler,
    handlers,
    duplicateOf: chosen.recordsDuplicate ? event.duplicateOf! : from.duplicateOf,
    referredTo,
    noNotify,
    notice,
  };
  return { ok: true, state, effects };
}

/** The effect a spec emits on a transition into `to` at `at`. */
function effectOf(
  spec: EffectSpec,
  to: CompiledState,
  at: number,
  handler: string | null,
  referredTo: string | null,
): Effect {
  switch (spec.type) {
    case "notify-customer":
      return { type: spec.type, state: to.name, outcome: to.outcome, at };
    case "assign":
      return { type: spec.type, handler: handler!, at };
    case "refer":
      return { type: spec.type, to: referredTo!, at };
    case "schedule-follow-up":
      return { type: spec.type, name: spec.name, due: at + spec.afterDays * DAY_MS, at };
    default:
      return { type: spec.type, regime: spec.regime, at };
  }
}
