/**
 * Every avoidable-contact reason code, in a fixed order.
 *
 * @example
 * ```ts
 * import { AVOIDABLE_REASON_CODES } from "council-contact/taxonomy";
 * AVOIDABLE_REASON_CODES.length //=> 7
 * AVOIDABLE_REASON_CODES[0] //=> "progress-chasing"
 * ```
 */
export const AVOIDABLE_REASON_CODES = [
  "progress-chasing",
  "repeat",
  "failure-to-deliver",
  "clarification",
  "misdirected",
  "info-not-available",
  "nugatory",
] as const;

/**
 * Why a contact is avoidable (failure demand): one of {@link AVOIDABLE_REASON_CODES}.
 *
 * @example
 * ```ts
 * import type { AvoidableReason } from "council-contact/taxonomy";
 * const reason: AvoidableReason = "repeat";
 * reason //=> "repeat"
 * ```
 */
export type AvoidableReason = (typeof AVOIDABLE_REASON_CODES)[number];

/**
 * A sentence from an official text, quoted exactly, with where it was published.
 *
 * @example
 * ```ts
 * import type { OfficialWording } from "council-contact/taxonomy";
 * const varney: OfficialWording = { text: "nugatory", source: "Varney review, Service Transformation, Dec 2006" };
 * varney.text //=> "nugatory"
 * ```
 */
export interface OfficialWording {
  /** The words quoted. */
  readonly text: string;
  /** The document, its date and where the quotation was read. */
  readonly source: string;
}

/**
 * An avoidable-contact reason: its meaning and the official wording it is traced to.
 *
 * @example
 * ```ts
 * import { AVOIDABLE_REASONS, type AvoidableReasonInfo } from "council-contact/taxonomy";
 * const info: AvoidableReasonInfo = AVOIDABLE_REASONS.misdirected;
 * info.label //=> "Misdirected"
 * ```
 */
export interface AvoidableReasonInfo {
  /** A short label for people. */
  readonly label: string;
  /** What makes a contact fall under this reason. */
  readonly meaning: string;
  /** The official words the reason is traced to (at least one). */
  readonly wording: readonly OfficialWording[];
}

const HANDBOOK = "National Indicators Handbook of Definitions, NI 14 (CLG, Feb 2008), via GovMetric";
const STA = "Service Transformation Agreement (HM Treasury, Oct 2007) para 1.5";
const VARNEY = "Varney review, Service Transformation (Dec 2006), quoted in the STA para 2.12 footnote";
const SEDDON =
  "John Seddon, failure demand (I Want You to Cheat, 1992; Freedom from Command and Control, 2003), via Wikipedia and beyondcommandandcontrol.com";

/**
 * The avoidable-contact reasons a classifier assigns. NI 14's guide lists categories on p.20 that could not be
 * read, so this list is derived, not official (no official enumerated list was found): each reason is traced to wording that is
 * confirmed, quoted in `wording`.
 *
 * @example
 * ```ts
 * import { AVOIDABLE_REASONS } from "council-contact/taxonomy";
 * AVOIDABLE_REASONS.nugatory.wording[0]?.text //=> "avoidable as a contact which is duplicate, made in error or nugatory"
 * ```
 */
export const AVOIDABLE_REASONS: Readonly<Record<AvoidableReason, AvoidableReasonInfo>> = {
  "progress-chasing": {
    label: "Progress chasing",
    meaning: "the customer chases a service or case that is under way",
    wording: [
      { text: "chasing the delivery of a service", source: HANDBOOK },
      { text: "need to check on progress", source: STA },
    ],
  },
  repeat: {
    label: "Repeat contact",
    meaning: "a duplicate of an earlier contact about the same thing",
    wording: [
      { text: "avoidable as a contact which is duplicate, made in error or nugatory", source: VARNEY },
      { text: "pass on information they have already given to other parts of the public sector", source: STA },
    ],
  },
  "failure-to-deliver": {
    label: "Failure to deliver",
    meaning: "contact caused by an earlier failure: the service was not done, or not done right first time",
    wording: [
      {
        text: "This is contact that would not be necessary if the public sector could get things right first time.",
        source: STA,
      },
      { text: "demand caused by a failure to do something or do something right for the customer", source: SEDDON },
    ],
  },
  clarification: {
    label: "Seeking clarification",
    meaning: "the customer asks what a letter, bill or message from the council means",
    wording: [
      { text: "clarification of a document or e-mail which is badly worded", source: HANDBOOK },
      { text: "customers initiating contact because they are confused", source: STA },
    ],
  },
  misdirected: {
    label: "Misdirected",
    meaning: "wrong number, wrong department or wrong channel: the contact has to be passed on",
    wording: [
      { text: "ringing the wrong number because contact points are not clearly advertised", source: HANDBOOK },
      { text: "avoidable as a contact which is duplicate, made in error or nugatory", source: VARNEY },
    ],
  },
  "info-not-available": {
    label: "Information not available",
    meaning: "the customer asks for information they should have found for themselves",
    wording: [{ text: "requesting information that should be available on the council's website", source: HANDBOOK }],
  },
  nugatory: {
    label: "Nugatory",
    meaning: "of no value to anyone",
    wording: [{ text: "avoidable as a contact which is duplicate, made in error or nugatory", source: VARNEY }],
  },
} as const satisfies Record<AvoidableReason, AvoidableReasonInfo>;

/**
 * Whether a value is one of the avoidable-contact reason codes.
 *
 * @param value - anything.
 * @returns true when `value` is a reason code, narrowing its type.
 * @example
 * ```ts
 * import { isAvoidableReason } from "council-contact/taxonomy";
 * isAvoidableReason("repeat") //=> true
 * isAvoidableReason("REPEAT") //=> false
 * ```
 */
export function isAvoidableReason(value: unknown): value is AvoidableReason {
  return typeof value === "string" && Object.hasOwn(AVOIDABLE_REASONS, value);
}
