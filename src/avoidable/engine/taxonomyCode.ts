import { CONTACT_OUTCOME_CODES, DIRECTION_CODES, ENQUIRY_OUTCOMES, INTERACTION_CODES } from "../../taxonomy/index.js";

/** Codes as the engine reads a contact's or update's taxonomy values: position in the taxonomy's list plus one, 0 for none. */
const codesOf = (codes: readonly string[]): ReadonlyMap<string | undefined, number> =>
  new Map(codes.map((code, i) => [code, i + 1]));

/** A contact's interaction code (0 for none). */
export const INTERACTION_CODE: ReadonlyMap<string | undefined, number> = codesOf(INTERACTION_CODES);
/** A contact's outcome code (0 for none). */
export const CONTACT_OUTCOME_CODE: ReadonlyMap<string | undefined, number> = codesOf(CONTACT_OUTCOME_CODES);
/** A contact's direction code (0 for none, which is inbound). */
export const DIRECTION_CODE: ReadonlyMap<string | undefined, number> = codesOf(DIRECTION_CODES);
/** An enquiry outcome's code (0 for none). */
export const ENQUIRY_OUTCOME_CODE: ReadonlyMap<string | undefined, number> = codesOf(ENQUIRY_OUTCOMES);
