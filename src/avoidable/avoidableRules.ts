import type { AvoidableReason } from "../taxonomy/index.js";

/**
 * Every rule the classifier can decide by, in a fixed order: grouped by the reason they give, in the default
 * precedence, then the text fallback and the two that are not avoidable.
 *
 * @example
 * ```ts
 * import { AVOIDABLE_RULE_IDS } from "council-contact/avoidable";
 * AVOIDABLE_RULE_IDS.length //=> 17
 * AVOIDABLE_RULE_IDS[0] //=> "chase-interaction"
 * ```
 */
export const AVOIDABLE_RULE_IDS = [
  "chase-interaction",
  "chase-open-enquiry",
  "chase-customer-service",
  "repeat-customer",
  "repeat-location",
  "failure-reopen",
  "failure-customer",
  "failure-location",
  "clarification-interaction",
  "clarification-after-outbound",
  "misdirected-transferred",
  "misdirected-other-tier",
  "info-published",
  "nugatory-outcome",
  "text-note",
  "no-rule",
  "outbound",
] as const;

/**
 * The id of a classification rule: one of {@link AVOIDABLE_RULE_IDS}.
 *
 * @example
 * ```ts
 * import type { AvoidableRule } from "council-contact/avoidable";
 * const rule: AvoidableRule = "repeat-location";
 * rule //=> "repeat-location"
 * ```
 */
export type AvoidableRule = (typeof AVOIDABLE_RULE_IDS)[number];

/**
 * What a rule checks and the reason it gives.
 *
 * @example
 * ```ts
 * import { AVOIDABLE_RULES, type AvoidableRuleInfo } from "council-contact/avoidable";
 * const info: AvoidableRuleInfo = AVOIDABLE_RULES["failure-reopen"];
 * info.reason //=> "failure-to-deliver"
 * ```
 */
export interface AvoidableRuleInfo {
  /** The avoidable reason the rule gives; `null` for `no-rule` and `outbound`, and for `text-note`, whose reason comes from the text model. */
  readonly reason: AvoidableReason | null;
  /** When the rule fires, in words. */
  readonly when: string;
}

/**
 * The classification rules, each with the condition it checks. The official wording each reason implements is in
 * the taxonomy's `AVOIDABLE_REASONS[reason].wording`; the guide (`docs/avoidable-contact.md`) quotes it beside each rule.
 *
 * @example
 * ```ts
 * import { AVOIDABLE_RULES } from "council-contact/avoidable";
 * AVOIDABLE_RULES["misdirected-transferred"].when //=> "the contact's outcome is transferred: it reached the wrong place and was passed on"
 * ```
 */
export const AVOIDABLE_RULES: Readonly<Record<AvoidableRule, AvoidableRuleInfo>> = {
  "chase-interaction": { reason: "progress-chasing", when: "the contact's interaction is chase" },
  "chase-open-enquiry": {
    reason: "progress-chasing",
    when: "the contact names an enquiry that an earlier contact or update opened and that is still open",
  },
  "chase-customer-service": {
    reason: "progress-chasing",
    when: "the customer has an enquiry open about the same service, and the contact is neither a new report nor a stand-alone transaction",
  },
  "repeat-customer": {
    reason: "repeat",
    when: "a report or request by a customer who already has an enquiry open about the same service",
  },
  "repeat-location": {
    reason: "repeat",
    when: "a report or request about a service at a place where an enquiry about that service is open",
  },
  "failure-reopen": {
    reason: "failure-to-deliver",
    when: "the contact names an enquiry closed as done within the failure window, reopening it",
  },
  "failure-customer": {
    reason: "failure-to-deliver",
    when: "the customer contacts about a service within the failure window after an enquiry of theirs about it was closed as done",
  },
  "failure-location": {
    reason: "failure-to-deliver",
    when: "a contact about a service at a place within the failure window after an enquiry about it there was closed as done",
  },
  "clarification-interaction": { reason: "clarification", when: "the contact's interaction is clarification" },
  "clarification-after-outbound": {
    reason: "clarification",
    when: "the customer contacts about a service within the clarification window after the council sent them (or their address) a letter, bill or notice about it",
  },
  "misdirected-transferred": {
    reason: "misdirected",
    when: "the contact's outcome is transferred: it reached the wrong place and was passed on",
  },
  "misdirected-other-tier": {
    reason: "misdirected",
    when: "the contact is about a service the other tier of local government provides",
  },
  "info-published": {
    reason: "info-not-available",
    when: "an information contact about a service whose answers are published for self-service",
  },
  "nugatory-outcome": {
    reason: "nugatory",
    when: "the contact ended with an outcome the council counts as of no value to anyone",
  },
  "text-note": { reason: null, when: "no rule fired and the text model reads the contact's note confidently enough" },
  "no-rule": { reason: null, when: "no rule fired: value demand" },
  outbound: { reason: null, when: "an outbound letter, bill or notice from the council: not customer demand" },
} as const satisfies Record<AvoidableRule, AvoidableRuleInfo>;
