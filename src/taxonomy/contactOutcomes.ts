/**
 * The directions a contact can go: `inbound` from the customer, `outbound` from the council (a letter, bill or notice it sent).
 *
 * @example
 * ```ts
 * import { DIRECTION_CODES } from "council-contact/taxonomy";
 * DIRECTION_CODES //=> ["inbound", "outbound"]
 * ```
 */
export const DIRECTION_CODES = ["inbound", "outbound"] as const;

/**
 * Which way a contact went. A contact without a direction is inbound.
 *
 * @example
 * ```ts
 * import type { Direction } from "council-contact/taxonomy";
 * const direction: Direction = "outbound";
 * direction //=> "outbound"
 * ```
 */
export type Direction = (typeof DIRECTION_CODES)[number];

/**
 * Every contact outcome code, in a fixed order.
 *
 * @example
 * ```ts
 * import { CONTACT_OUTCOME_CODES } from "council-contact/taxonomy";
 * CONTACT_OUTCOME_CODES.length //=> 6
 * ```
 */
export const CONTACT_OUTCOME_CODES = [
  "resolved",
  "referred",
  "transferred",
  "abandoned",
  "callback",
  "unresolved",
] as const;

/**
 * How a contact ended.
 *
 * @example
 * ```ts
 * import type { ContactOutcome } from "council-contact/taxonomy";
 * const outcome: ContactOutcome = "transferred";
 * outcome //=> "transferred"
 * ```
 */
export type ContactOutcome = (typeof CONTACT_OUTCOME_CODES)[number];

/**
 * What an outcome code means.
 *
 * @example
 * ```ts
 * import { CONTACT_OUTCOMES, type OutcomeInfo } from "council-contact/taxonomy";
 * const info: OutcomeInfo = CONTACT_OUTCOMES.abandoned;
 * info.label //=> "Abandoned"
 * ```
 */
export interface OutcomeInfo {
  /** A short label for people. */
  readonly label: string;
  /** What the outcome means. */
  readonly meaning: string;
}

/**
 * What each outcome means. First contact resolution counts `resolved` contacts; a transfer, callback or
 * referral is not resolution at first contact (first contact resolution as the WFM Labs wiki defines it: "no
 * re-contact, transfer, escalation or callback").
 *
 * @example
 * ```ts
 * import { CONTACT_OUTCOMES } from "council-contact/taxonomy";
 * CONTACT_OUTCOMES.referred.meaning //=> "passed to a back office or another team to fulfil; an enquiry stays open"
 * ```
 */
export const CONTACT_OUTCOMES: Readonly<Record<ContactOutcome, OutcomeInfo>> = {
  resolved: { label: "Resolved", meaning: "the customer's need was met during the contact" },
  referred: { label: "Referred", meaning: "passed to a back office or another team to fulfil; an enquiry stays open" },
  transferred: { label: "Transferred", meaning: "passed on during the contact because it reached the wrong place" },
  abandoned: { label: "Abandoned", meaning: "the customer gave up before being answered" },
  callback: { label: "Callback", meaning: "the council promised to call back" },
  unresolved: { label: "Unresolved", meaning: "ended without meeting the need and without a referral" },
} as const satisfies Record<ContactOutcome, OutcomeInfo>;
