/**
 * Every interaction code, in a fixed order: what the customer (or the council) was doing in a contact.
 *
 * @example
 * ```ts
 * import { INTERACTION_CODES } from "council-contact/taxonomy";
 * INTERACTION_CODES.length //=> 12
 * INTERACTION_CODES.includes("chase") //=> true
 * ```
 */
export const INTERACTION_CODES = [
  "request",
  "information",
  "chase",
  "clarification",
  "complaint",
  "compliment",
  "payment",
  "application",
  "booking",
  "report",
  "change-of-circumstances",
  "other",
] as const;

/**
 * An interaction code: what a contact was for.
 *
 * @example
 * ```ts
 * import type { Interaction } from "council-contact/taxonomy";
 * const interaction: Interaction = "payment";
 * interaction //=> "payment"
 * ```
 */
export type Interaction = (typeof INTERACTION_CODES)[number];

/**
 * An entry of the Local Government Interaction List (LGIL): its number and label.
 *
 * @example
 * ```ts
 * import type { LgilEntry } from "council-contact/taxonomy";
 * const pay: LgilEntry = { code: 2, label: "Collecting revenue" };
 * pay.code //=> 2
 * ```
 */
export interface LgilEntry {
  /** The LGIL number. */
  readonly code: number;
  /** The LGIL label. */
  readonly label: string;
}

/**
 * What an interaction code means, and the LGIL entry it corresponds to where one fits.
 *
 * @example
 * ```ts
 * import { INTERACTIONS, type InteractionInfo } from "council-contact/taxonomy";
 * const info: InteractionInfo = INTERACTIONS.chase;
 * info.lgil?.label //=> "Status checking"
 * ```
 */
export interface InteractionInfo {
  /** A short label for people. */
  readonly label: string;
  /** What the code covers. */
  readonly meaning: string;
  /** The corresponding LGIL entry; absent where none fits. */
  readonly lgil?: LgilEntry;
  /** Where the mapping comes from. */
  readonly source: string;
}

const LGIL =
  "LGIL v1.00 (esd standards), code list from one public source, corroborated for 0, 2, 8, 30 by alphagov/local-links-manager and Local Directgov; codes 0–9 are the BVPI 157 types";

/**
 * The interaction types with their LGIL mapping. LGIL is deprecated on GOV.UK (alphagov/local-links-manager: "LGIL is deprecated concept") but still the
 * only published interaction list; `request` and `application` both map to LGIL 0, which does not tell them apart.
 *
 * @example
 * ```ts
 * import { INTERACTIONS } from "council-contact/taxonomy";
 * INTERACTIONS.information.lgil //=> { code: 8, label: "Providing information" }
 * INTERACTIONS.compliment.lgil //=> undefined
 * ```
 */
export const INTERACTIONS: Readonly<Record<Interaction, InteractionInfo>> = {
  request: {
    label: "Request",
    meaning: "asks the council to provide or do something (a new bin, a bulky collection)",
    lgil: { code: 0, label: "Applications for service" },
    source: LGIL,
  },
  information: {
    label: "Information",
    meaning: "asks for information (collection day, opening hours, how to apply)",
    lgil: { code: 8, label: "Providing information" },
    source:
      "LGIL v1.00 (esd standards), code list from one public source, corroborated for 0, 2, 8, 30 by alphagov/local-links-manager and Local Directgov; codes 0–9 are the BVPI 157 types; LGIL 8 also in alphagov/local-links-manager",
  },
  chase: {
    label: "Chase",
    meaning: "asks how an earlier request or case is progressing",
    lgil: { code: 12, label: "Status checking" },
    source: LGIL,
  },
  clarification: {
    label: "Clarification",
    meaning: "asks what something the council sent or said means",
    source:
      "LGIL v1.00 (esd standards), code list from one public source, corroborated for 0, 2, 8, 30 by alphagov/local-links-manager and Local Directgov; codes 0–9 are the BVPI 157 types: no entry fits (the nearest, 8 Providing information, hides the cause)",
  },
  complaint: {
    label: "Complaint",
    meaning: "expresses dissatisfaction that needs a response",
    lgil: { code: 13, label: "Complaining" },
    source: LGIL,
  },
  compliment: {
    label: "Compliment",
    meaning: "thanks or praises the council",
    source:
      "LGIL v1.00 (esd standards), code list from one public source, corroborated for 0, 2, 8, 30 by alphagov/local-links-manager and Local Directgov; codes 0–9 are the BVPI 157 types: no entry fits",
  },
  payment: {
    label: "Payment",
    meaning: "pays the council (council tax, a fine, a fee)",
    lgil: { code: 2, label: "Collecting revenue" },
    source:
      'LGIL v1.00 (esd standards), code list from one public source, corroborated for 0, 2, 8, 30 by alphagov/local-links-manager and Local Directgov; codes 0–9 are the BVPI 157 types; LGIL 2 "paying for something" per Local Directgov',
  },
  application: {
    label: "Application",
    meaning: "applies for a service, benefit, licence or permit",
    lgil: { code: 0, label: "Applications for service" },
    source:
      "LGIL v1.00 (esd standards), code list from one public source, corroborated for 0, 2, 8, 30 by alphagov/local-links-manager and Local Directgov; codes 0–9 are the BVPI 157 types; LGIL 0 also in alphagov/local-links-manager",
  },
  booking: {
    label: "Booking",
    meaning: "books a venue, resource, course or appointment",
    lgil: { code: 1, label: "Booking venues, resources and courses" },
    source: LGIL,
  },
  report: {
    label: "Report",
    meaning: "reports a problem or incident (a pothole, fly-tipping, a missed bin)",
    lgil: { code: 17, label: "Reporting" },
    source: LGIL,
  },
  "change-of-circumstances": {
    label: "Change of circumstances",
    meaning: "tells the council something has changed (address, household, income)",
    lgil: { code: 11, label: "Changing circumstances" },
    source: LGIL,
  },
  other: {
    label: "Other",
    meaning: "anything not covered above",
    source:
      "LGIL v1.00 (esd standards), code list from one public source, corroborated for 0, 2, 8, 30 by alphagov/local-links-manager and Local Directgov; codes 0–9 are the BVPI 157 types: no entry fits",
  },
} as const satisfies Record<Interaction, InteractionInfo>;

/**
 * Whether a value is one of the interaction codes.
 *
 * @param value - anything.
 * @returns true when `value` is an interaction code, narrowing its type.
 * @example
 * ```ts
 * import { isInteraction } from "council-contact/taxonomy";
 * isInteraction("complaint") //=> true
 * isInteraction("moan") //=> false
 * ```
 */
export function isInteraction(value: unknown): value is Interaction {
  return typeof value === "string" && Object.hasOwn(INTERACTIONS, value);
}
