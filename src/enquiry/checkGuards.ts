import { londonDayNumber, MS_PER_DAY, MS_PER_HOUR, SUPPORTED_RANGE, SUPPORTED_YEARS } from "../core/index.js";
import type { Enquiry, EnquiryEvent } from "./Enquiry.js";
import type { GuardSpec } from "./GuardSpec.js";
import { refusal } from "./refusal.js";
import type { GuardCode, TransitionError } from "./TransitionResult.js";

/** Evaluate guards in order: `null` when all hold, else the refusal of the first that fails. */
export function checkGuards(
  guards: readonly GuardSpec[],
  enquiry: Enquiry,
  event: EnquiryEvent,
  at: number,
): TransitionError | null {
  for (let i = 0; i < guards.length; i++) {
    const guard = guards[i]!;
    switch (guard.kind) {
      case "names-original":
        if (!named(event.duplicateOf) || event.duplicateOf === enquiry.id)
          return fail("original_not_named", enquiry, event);
        break;
      case "names-handler":
        if (!named(event.handler)) return fail("handler_not_named", enquiry, event);
        break;
      case "handler-differs": {
        const handler = event.handler;
        if (!named(handler)) return fail("handler_not_named", enquiry, event);
        for (const state of guard.from)
          if (handledIn(enquiry, state, handler)) return fail("same_handler", enquiry, event, handler);
        break;
      }
      case "names-referral":
        if (!named(event.referredTo)) return fail("referral_not_named", enquiry, event);
        break;
      case "customer-notified":
        if (event.told !== true && event.noNotify === undefined && enquiry.noNotify === null)
          return fail("customer_not_notified", enquiry, event);
        break;
      case "within-days-of-closure": {
        const closedAt = enquiry.closedAt;
        // Less than `days` × 24 h − 1 h apart, the London days are at most `days` apart whatever
        // the clocks did in between, so the day arithmetic is needed only near the edge.
        if (closedAt === null) return fail("outside_reopen_window", enquiry, event, String(guard.days));
        if (at - closedAt >= guard.days * MS_PER_DAY - MS_PER_HOUR) {
          if (!londonDays(at) || !londonDays(closedAt)) {
            return refusal("invalid_event", enquiry.state, event.type, OUTSIDE_LONDON_DAYS);
          }
          if (londonDayNumber(at) - londonDayNumber(closedAt) > guard.days) {
            return fail("outside_reopen_window", enquiry, event, String(guard.days));
          }
        }
        break;
      }
    }
  }
  return null;
}

const OUTSIDE_LONDON_DAYS = `the reopen window counts London days, known for ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}: the event or the closure is outside them`;

/** Whether the London day of an instant is known (within the supported years). */
function londonDays(ms: number): boolean {
  return ms >= SUPPORTED_RANGE.firstMs && ms < SUPPORTED_RANGE.endMs;
}

/** Whether `handler` has handled the enquiry in `state`. */
function handledIn(enquiry: Enquiry, state: string, handler: string): boolean {
  const list = Object.hasOwn(enquiry.handlers, state) ? enquiry.handlers[state] : undefined;
  return Array.isArray(list) && list.includes(handler);
}

function fail(code: GuardCode, enquiry: Enquiry, event: EnquiryEvent, detail?: string): TransitionError {
  return refusal(code, enquiry.state, event.type, detail);
}

function named(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}
