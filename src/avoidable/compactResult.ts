import { columnContact } from "../contact/index.js";
import type { AvoidableResult } from "./AvoidableResult.js";
import type { ColumnClassification } from "./classifyColumns.js";
import { RULE } from "./codes.js";
import type { CompactClassification } from "./compact.js";
import { toResult } from "./toResult.js";

/**
 * The result object of one contact of a compact classification: what `classifyContacts` returns for that contact.
 * Takes the classification of contact objects (`classifyContactsCompact`) or of columns (`classifyColumns`).
 *
 * @param compact - from `classifyContactsCompact` or `classifyColumns`.
 * @param i - the contact's position (its row, for columns).
 * @returns its result, with evidence ids and the explanation in words.
 * @throws {RangeError} if `i` is not a position in the classification.
 * @example
 * ```ts
 * import { classifyContactsCompact, compactResult } from "council-contact/avoidable";
 * import { parseContacts } from "council-contact/schema";
 * const compact = classifyContactsCompact(parseContacts([{ id: "c-1", at: "2024-05-01T09:00:00Z", channel: "email", interaction: "payment" }]));
 * compactResult(compact, 0).demand //=> "value"
 * compactResult(compact, 1) //=> throws RangeError
 * ```
 */
export function compactResult(compact: CompactClassification | ColumnClassification, i: number): AvoidableResult {
  const n = compact.rules.length;
  if (!Number.isSafeInteger(i) || i < 0 || i >= n) throw new RangeError(`i must be a position in 0–${n - 1}, got ${String(i)}`);
  const [first, second] = [compact.evidence[2 * i]!, compact.evidence[2 * i + 1]!];
  const rule = compact.rules[i]!;
  const located = rule === RULE["repeat-location"] || rule === RULE["failure-location"];
  const facts = { rule, reason: compact.reasons[i]!, days: compact.days[i]!, outcome: compact.outcomes[i]!, probability: compact.probabilities[i] ?? 0 };
  const code = compact.enquiries[i]!;
  if ("contacts" in compact) {
    const { contacts } = compact;
    const ids = { firstId: contacts[first]?.id, secondId: contacts[second]?.id };
    return toResult(contacts[i]!, { ...facts, ...ids, enquiryId: compact.enquiryIds[code], place: located ? compact.places.get(i) : undefined });
  }
  const { columns, updateEnquiries } = compact;
  const { enquiry, place } = columns;
  const enquiryId = code < 0 ? undefined : code < enquiry.values.length ? enquiry.values[code] : updateEnquiries[code - enquiry.values.length];
  return toResult(columnContact(columns, i), { ...facts, firstId: columns.id[first], secondId: columns.id[second], enquiryId, place: located ? place.values[place.codes[i]!] : undefined });
}
