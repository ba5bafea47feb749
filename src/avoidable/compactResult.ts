import { columnContact } from "../contact/index.js";
import { rangeError } from "../core/index.js";
import type { AvoidableResult } from "./AvoidableResult.js";
import type { CompactClassification } from "./CompactClassification.js";
import type { ColumnClassification } from "./classifyColumns.js";
import { RULE_CODE } from "./engine/index.js";
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
  if (!Number.isSafeInteger(i) || i < 0 || i >= n) throw rangeError("i", `a position in 0–${n - 1}`, i);
  return resultAt(compact, i);
}

/** The result of position `i`, which must be a position of the classification. */
export function resultAt(compact: CompactClassification | ColumnClassification, i: number): AvoidableResult {
  return "contacts" in compact ? objectResult(compact, i) : columnResult(compact, i);
}

/** Whether a rule names the contact's place. */
const located = (rule: number): boolean =>
  rule === RULE_CODE["repeat-location"] || rule === RULE_CODE["failure-location"];

/** The result of contact `i` of a classification of contact objects (one object built: this runs a million times). */
function objectResult(compact: CompactClassification, i: number): AvoidableResult {
  const { contacts, evidence } = compact;
  const first = evidence[2 * i]!;
  const second = evidence[2 * i + 1]!;
  const rule = compact.rules[i]!;
  const code = compact.enquiries[i]!;
  return toResult(contacts[i]!, {
    rule,
    reason: compact.reasons[i]!,
    firstId: first < 0 ? undefined : contacts[first]!.id,
    secondId: second < 0 ? undefined : contacts[second]!.id,
    enquiryId: code < 0 ? undefined : compact.enquiryIds[code],
    days: compact.days[i]!,
    outcome: compact.outcomes[i]!,
    probability: compact.probabilities.length === 0 ? 0 : compact.probabilities[i]!,
    place: located(rule) ? compact.places.get(i) : undefined,
  });
}

/** The result of row `i` of a classification of columns. */
function columnResult(compact: ColumnClassification, i: number): AvoidableResult {
  const { columns, evidence, updateEnquiries } = compact;
  const { enquiry, place, id } = columns;
  const first = evidence[2 * i]!;
  const second = evidence[2 * i + 1]!;
  const rule = compact.rules[i]!;
  const code = compact.enquiries[i]!;
  return toResult(columnContact(columns, i), {
    rule,
    reason: compact.reasons[i]!,
    firstId: first < 0 ? undefined : id[first],
    secondId: second < 0 ? undefined : id[second],
    enquiryId:
      code < 0
        ? undefined
        : code < enquiry.values.length
          ? enquiry.values[code]
          : updateEnquiries[code - enquiry.values.length],
    days: compact.days[i]!,
    outcome: compact.outcomes[i]!,
    probability: compact.probabilities.length === 0 ? 0 : compact.probabilities[i]!,
    place: located(rule) ? place.values[place.codes[i]!] : undefined,
  });
}
