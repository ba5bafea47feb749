import type { Enquiry, EnquiryEvent } from "./Enquiry.js";
import type { GuardSpec } from "./GuardSpec.js";
import { londonDayNumber } from "./londonDay.js";
import { refusal } from "./refusal.js";
import type { GuardCode, TransitionError } from "./TransitionResult.js";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

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
          if (enquiry.handlers[state]?.includes(handler)) return fail("same_handler", enquiry, event, handler);
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
        if (
          closedAt === null ||
          (at - closedAt >= guard.days * DAY_MS - HOUR_MS &&
            londonDayNumber(at) - londonDayNumber(closedAt) > guard.days)
        ) {
          return fail("outside_reopen_window", enquiry, event, String(guard.days));
        }
        break;
      }
    }
  }
  return null;
}

function fail(code: GuardCode, enquiry: Enquiry, event: EnquiryEvent, detail?: string): TransitionError {
  return refusal(code, enquiry.state, event.type, detail);
}

function named(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}
