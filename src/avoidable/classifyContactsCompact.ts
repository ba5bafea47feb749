import type { Contact } from "../schema/index.js";
import type { ClassifyContactsOptions } from "./ClassifyContactsOptions.js";
import type { CompactClassification } from "./CompactClassification.js";
import { classifyContacts } from "./classifyContacts.js";

/**
 * Classifies every contact of a history into the compact form: the same as
 * `classifyContacts(contacts, { ...options, form: "compact" })`.
 *
 * @deprecated Use `classifyContacts(contacts, { ...options, form: "compact" })`; this alias will go in a later release.
 * @param contacts - the history, in any order; ids unique.
 * @param options - as for `classifyContacts` (its `form` is ignored).
 * @returns the compact classification.
 * @throws {ValidationError} as `classifyContacts` does.
 * @throws {RangeError} for an option out of range, naming it and the value.
 * @example
 * ```ts
 * import { classifyContactsCompact, compactResult } from "council-contact/avoidable";
 * import { parseContacts } from "council-contact/schema";
 * const compact = classifyContactsCompact(parseContacts([
 *   { id: "c-1", at: "2024-05-01T09:00:00Z", channel: "letter", direction: "outbound", customerId: "cust-1", serviceId: "council-tax" },
 *   { id: "c-2", at: "2024-05-03T10:00:00Z", channel: "telephone", customerId: "cust-1", serviceId: "council-tax", interaction: "information" },
 * ]));
 * compactResult(compact, 1).explanation //=> "Clarification: about council-tax, 2 days after letter c-1 about it."
 * Array.from(compact.evidence.subarray(2, 4)) //=> [0, -1]
 * ```
 */
export function classifyContactsCompact(
  contacts: readonly Contact[],
  options: ClassifyContactsOptions = {},
): CompactClassification {
  return classifyContacts(contacts, { ...options, form: "compact" });
}
