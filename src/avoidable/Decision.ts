import { ENQUIRY_OUTCOMES } from "../enquiry/index.js";
import { AVOIDABLE_REASON_CODES, type AvoidableReason } from "../taxonomy/index.js";
import { AVOIDABLE_RULE_IDS, type AvoidableRule } from "./avoidableRules.js";

/** Each rule's position in `AVOIDABLE_RULE_IDS`: the code the compact form stores. */
export const RULE = Object.fromEntries(AVOIDABLE_RULE_IDS.map((rule, i) => [rule, i])) as Readonly<Record<AvoidableRule, number>>;
/** Each reason's code in the compact form: its position in `AVOIDABLE_REASON_CODES` plus one (0: not avoidable). */
export const REASON = Object.fromEntries(AVOIDABLE_REASON_CODES.map((reason, i) => [reason, i + 1])) as Readonly<Record<AvoidableReason, number>>;
/** An enquiry outcome's code: its position in `ENQUIRY_OUTCOMES` plus one (0: none). */
export const OUTCOME = Object.fromEntries(ENQUIRY_OUTCOMES.map((outcome, i) => [outcome, i + 1])) as Readonly<Record<(typeof ENQUIRY_OUTCOMES)[number], number>>;

/**
 * The decision about one contact, as numbers and references (no allocation): written by the engine, read into a
 * result object or the compact arrays. Evidence is given both as contact positions (for the compact form) and ids.
 */
export class Decision {
  rule = RULE["no-rule"];
  reason = 0;
  /** The first and second evidence contacts: positions in the input (or the stream), -1 for none. */
  first = -1;
  second = -1;
  firstId: string | undefined = undefined;
  secondId: string | undefined = undefined;
  /** The enquiry the decision names, if it has an id, and its record in the store (-1 for none). */
  enquiryId: string | undefined = undefined;
  enquiry = -1;
  /** Days from the evidence (opening, closure, letter) to the contact. */
  days = 0;
  /** The closure outcome code, for failure to deliver. */
  outcome = 0;
  /** The text model's probability, for `text-note`. */
  probability = 0;
  /** The text model's label is value demand (for `text-note`). */
  textValue = false;
  /** The contact's place (set after every decision). */
  place: string | undefined = undefined;

  set(rule: number, reason: number): true {
    this.rule = rule;
    this.reason = reason;
    this.first = this.second = -1;
    this.firstId = this.secondId = this.enquiryId = undefined;
    this.enquiry = -1;
    this.days = this.outcome = this.probability = 0;
    this.textValue = false;
    return true;
  }
}
