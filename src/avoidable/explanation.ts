import type { Contact } from "../schema/index.js";
import { ENQUIRY_OUTCOMES } from "../taxonomy/index.js";
import type { AvoidableRule } from "./avoidableRules.js";
import type { TextLabel } from "./text/index.js";

/** What an explanation is built from: the decision's facts, read from the engine or from the compact arrays. */
export interface Facts {
  readonly firstId: string | undefined;
  readonly secondId: string | undefined;
  readonly enquiryId: string | undefined;
  readonly days: number;
  /** Closure outcome code (position in ENQUIRY_OUTCOMES plus one), for failure to deliver. */
  readonly outcome: number;
  readonly probability: number;
  /** The contact's place, for the location rules. */
  readonly place: string | undefined;
}

/** "the same day", "1 day", "12 days". */
function span(days: number): string {
  return days === 0 ? "the same day" : days === 1 ? "1 day" : `${days} days`;
}

/** When, before the contact: "the same day", "1 day earlier", "12 days earlier". */
function earlier(days: number): string {
  return days === 0 ? "the same day" : `${span(days)} earlier`;
}

/** The enquiry a decision rests on, with when it was opened and by which contact. */
function enquiry(f: Facts): string {
  if (f.enquiryId === undefined) return `the enquiry contact ${f.firstId ?? "?"} opened ${earlier(f.days)}`;
  return `enquiry ${f.enquiryId} (opened ${f.firstId === undefined ? "" : `by contact ${f.firstId} `}${earlier(f.days)})`;
}

/** The enquiry a failure rests on, named without its opening (the days count from its closure). */
function closedEnquiry(f: Facts): string {
  return f.enquiryId !== undefined ? `enquiry ${f.enquiryId}` : `the enquiry contact ${f.firstId ?? "?"} opened`;
}

function closed(f: Facts): string {
  const outcome = ENQUIRY_OUTCOMES[f.outcome - 1] ?? "done";
  return `closed as ${outcome} ${f.days === 0 ? "the same day" : `${span(f.days)} before`}${f.secondId === undefined ? "" : ` (notice ${f.secondId})`}`;
}

/**
 * The decision in words (`label` is the text model's, for `text-note`), naming what it rests on. Only facts fixed when the decision was made are used (the
 * contact's own service and place, the enquiry's id and the days apart), so the words never change afterwards.
 */
export function explanation(rule: AvoidableRule, c: Contact, f: Facts, label: TextLabel | undefined): string {
  const service = c.serviceId ?? "this service";
  switch (rule) {
    case "chase-interaction":
      return f.firstId === undefined && f.enquiryId === undefined
        ? "Progress chasing: recorded as a chase."
        : `Progress chasing: recorded as a chase, about ${enquiry(f)}.`;
    case "chase-open-enquiry":
      return `Progress chasing: about ${enquiry(f)}, still open.`;
    case "chase-customer-service":
      return `Progress chasing: the customer already has ${enquiry(f)} open about ${service}.`;
    case "repeat-customer":
      return `Repeat: the customer reported ${service} again while ${enquiry(f)} is still open.`;
    case "repeat-location":
      return `Repeat: ${service} at ${f.place ?? "this place"} reported again while ${enquiry(f)} is still open.`;
    case "failure-reopen":
      return `Failure to deliver: reopens ${closedEnquiry(f)}, ${closed(f)}.`;
    case "failure-customer":
      return `Failure to deliver: the customer's ${closedEnquiry(f)} about ${service} was ${closed(f)}.`;
    case "failure-location":
      return `Failure to deliver: ${closedEnquiry(f)} about ${service} at ${f.place ?? "this place"} was ${closed(f)}.`;
    case "clarification-interaction":
      return f.firstId === undefined
        ? "Clarification: recorded as asking what something the council sent or said means."
        : `Clarification: recorded as asking what something the council sent means; letter ${f.firstId} about ${service} went ${span(f.days)} before.`;
    case "clarification-after-outbound":
      return `Clarification: about ${service}, ${f.days === 0 ? "the same day as" : `${span(f.days)} after`} letter ${f.firstId ?? "?"} about it.`;
    case "misdirected-transferred":
      return "Misdirected: transferred during the contact, having reached the wrong place.";
    case "misdirected-other-tier":
      return `Misdirected: ${service} is provided by the other tier of local government.`;
    case "info-published":
      return `Information not available: asks for information about ${service}, which the council publishes for self-service.`;
    case "nugatory-outcome":
      return `Nugatory: the contact ended ${c.outcome ?? "without outcome"}, of no value to anyone.`;
    case "text-note":
      return `${label === "value" ? "Value demand" : "Avoidable"}: no rule fired; the note reads as ${label ?? "?"} (naive Bayes, probability ${f.probability.toFixed(2)}).`;
    case "no-rule":
      return "Value demand: no avoidable-contact rule fired.";
    case "outbound":
      return "Outbound from the council: not customer demand, left out of NI 14.";
    default:
      return unknownRule(rule);
  }
}

function unknownRule(rule: never): never {
  throw new RangeError(`unknown rule ${JSON.stringify(rule)}`);
}
