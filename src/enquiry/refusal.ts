import type { TransitionError, TransitionErrorCode } from "./TransitionResult.js";

/**
 * Build a refusal. The message is made from the code and its context (`detail` fills the one
 * blank each wording has), so the wording lives here and nowhere else.
 */
export function refusal(
  code: TransitionErrorCode,
  state: string | null,
  event: string | null,
  detail = "",
): TransitionError {
  return { code, message: wording(code, state, event, detail), state, event };
}

function wording(code: TransitionErrorCode, state: string | null, event: string | null, detail: string): string {
  const on = `'${event}'`;
  switch (code) {
    case "invalid_transition":
      return state === null
        ? `an enquiry must begin with '${detail}', not ${on}`
        : `no transition on ${on} from state '${state}'`;
    case "original_not_named":
      return `${on} must name the original enquiry in duplicateOf, and not this one`;
    case "handler_not_named":
      return `${on} must name a handler`;
    case "same_handler":
      return `handler '${detail}' has already handled this enquiry at an earlier stage: ${on} needs someone else`;
    case "referral_not_named":
      return `${on} must name where the enquiry goes in referredTo`;
    case "customer_not_notified":
      return `${on} closes the enquiry, so the customer must have been told (told: true) or a reason recorded (noNotify)`;
    case "outside_reopen_window":
      return `${on} is more than ${detail} days after the enquiry was closed`;
    case "wrong_definition":
      return `recorded under ${detail}`;
    case "unknown_state":
      return `state '${state}' is not defined in ${detail}`;
    case "invalid_event":
      return `invalid event${event === null ? "" : ` ${on}`}: ${detail}`;
    case "out_of_order":
      return `${on} at ${detail} is earlier than the enquiry's latest event`;
    case "empty_history":
      return "the history has no events";
    case "invalid_enquiry":
      return `invalid enquiry: ${detail}`;
    case "invalid_history":
      return `invalid history: ${detail}`;
  }
}
