import type { Contact, ContactId } from "../schema/index.js";
import { AVOIDABLE_REASON_CODES } from "../taxonomy/index.js";
import type { AvoidableDemand, AvoidableResult } from "./AvoidableResult.js";
import { AVOIDABLE_RULE_IDS } from "./avoidableRules.js";
import { RULE_CODE } from "./engine/index.js";
import { explanation, type Facts } from "./explanation.js";

const NO_EVIDENCE: readonly ContactId[] = Object.freeze([]);

/** What the result object needs besides the contact: the rule and reason codes, and the facts for its evidence and words. */
export interface Coded extends Facts {
  readonly rule: number;
  readonly reason: number;
}

/** The demand a rule and reason code mean. */
export function demandOf(rule: number, reason: number): AvoidableDemand {
  return rule === RULE_CODE.outbound ? "none" : reason > 0 ? "avoidable" : "value";
}

/** The result object for a contact and its decision. */
export function toResult(c: Contact, coded: Coded): AvoidableResult {
  const rule = AVOIDABLE_RULE_IDS[coded.rule]!;
  const reason = coded.reason > 0 ? AVOIDABLE_REASON_CODES[coded.reason - 1] : undefined;
  const label = rule === "text-note" ? (reason ?? "value") : undefined;
  const evidence =
    coded.firstId === undefined
      ? coded.secondId === undefined
        ? NO_EVIDENCE
        : [coded.secondId as ContactId]
      : coded.secondId === undefined
        ? [coded.firstId as ContactId]
        : [coded.firstId as ContactId, coded.secondId as ContactId];
  const out: { -readonly [K in keyof AvoidableResult]: AvoidableResult[K] } = {
    contactId: c.id,
    demand: demandOf(coded.rule, coded.reason),
    rule,
    evidence,
    explanation: explanation(rule, c, coded, label),
    at: c.at,
    channel: c.channel,
  };
  if (reason !== undefined) out.reason = reason;
  if (c.serviceId !== undefined) out.serviceId = c.serviceId;
  return out;
}
