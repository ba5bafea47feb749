import {
  AVOIDABLE_REASON_CODES,
  type AvoidableReason,
  CONTACT_OUTCOME_CODES,
  DIRECTION_CODES,
  ENQUIRY_OUTCOMES,
  INTERACTION_CODES,
} from "../taxonomy/index.js";
import { AVOIDABLE_RULE_IDS, type AvoidableRule } from "./avoidableRules.js";

// The small integer codes of the engine and the compact forms: a code's position in its list (rules), or its
// position plus one with 0 for none (reasons, outcomes, interactions, directions).

/** Each rule's position in `AVOIDABLE_RULE_IDS`: the code the compact form stores. */
export const RULE = Object.fromEntries(AVOIDABLE_RULE_IDS.map((rule, i) => [rule, i])) as Readonly<
  Record<AvoidableRule, number>
>;
/** Each reason's code in the compact form: its position in `AVOIDABLE_REASON_CODES` plus one (0: not avoidable). */
export const REASON = Object.fromEntries(AVOIDABLE_REASON_CODES.map((reason, i) => [reason, i + 1])) as Readonly<
  Record<AvoidableReason, number>
>;
/** An enquiry outcome's code: its position in `ENQUIRY_OUTCOMES` plus one (0: none). */
export const OUTCOME = Object.fromEntries(ENQUIRY_OUTCOMES.map((outcome, i) => [outcome, i + 1])) as Readonly<
  Record<(typeof ENQUIRY_OUTCOMES)[number], number>
>;

const codesOf = (codes: readonly string[]): ReadonlyMap<string | undefined, number> =>
  new Map(codes.map((code, i) => [code, i + 1]));
/** A contact's interaction code (0 for none). */
export const INTERACTION: ReadonlyMap<string | undefined, number> = codesOf(INTERACTION_CODES);
/** A contact's outcome code (0 for none). */
export const CONTACT_OUTCOME: ReadonlyMap<string | undefined, number> = codesOf(CONTACT_OUTCOME_CODES);
/** A contact's direction code (0 for none, which is inbound). */
export const DIRECTION: ReadonlyMap<string | undefined, number> = codesOf(DIRECTION_CODES);
/** An update's enquiry outcome code (0 for none), as {@link OUTCOME}. */
export const ENQUIRY_OUTCOME: ReadonlyMap<string | undefined, number> = codesOf(ENQUIRY_OUTCOMES);
