import type { Contact } from "../schema/index.js";

/**
 * The decisions of a compact classification, one entry per contact in typed arrays that the garbage collector
 * never traces: what {@link CompactClassification} (from objects) and `ColumnClassification` (from columns) share.
 *
 * @example
 * ```ts
 * import { AVOIDABLE_RULE_IDS, classifyContactsCompact, type CompactDecisions } from "council-contact/avoidable";
 * import { parseContacts } from "council-contact/schema";
 * const decisions: CompactDecisions = classifyContactsCompact(parseContacts([{ id: "c-1", at: "2024-05-01T09:00:00Z", channel: "letter", direction: "outbound" }]));
 * AVOIDABLE_RULE_IDS[decisions.rules[0]!] //=> "outbound"
 * ```
 */
export interface CompactDecisions {
  /** Each contact's rule: its position in `AVOIDABLE_RULE_IDS`. */
  readonly rules: Uint8Array;
  /** Each contact's reason: its position in `AVOIDABLE_REASON_CODES` plus one; 0 when not avoidable. */
  readonly reasons: Uint8Array;
  /** Two evidence contacts per contact (entries 2i and 2i + 1): positions of contacts (rows), -1 for none. */
  readonly evidence: Int32Array;
  /** Days from the evidence (the enquiry's opening or closure, the letter) to the contact. */
  readonly days: Int32Array;
  /** For failure to deliver: how the enquiry closed, its position in `ENQUIRY_OUTCOMES` plus one; 0 otherwise. */
  readonly outcomes: Uint8Array;
  /** The text model's probability, for `text-note`; 0 otherwise (empty when no text model was given). */
  readonly probabilities: Float64Array;
}

/**
 * The classification of a history in columns rather than objects: one entry per contact, in input order, in typed
 * arrays that the garbage collector never traces. What `classifyContacts` builds its objects from; use it directly
 * for the largest histories, and `compactResult` for the object of one contact. Holds the contacts it was made from.
 *
 * @example
 * ```ts
 * import { AVOIDABLE_RULE_IDS, classifyContactsCompact } from "council-contact/avoidable";
 * import { parseContacts } from "council-contact/schema";
 * const compact = classifyContactsCompact(parseContacts([{ id: "c-1", at: "2024-05-01T09:00:00Z", channel: "telephone", outcome: "transferred" }]));
 * AVOIDABLE_RULE_IDS[compact.rules[0]!] //=> "misdirected-transferred"
 * ```
 */
export interface CompactClassification extends CompactDecisions {
  /** The contacts classified, as given. */
  readonly contacts: readonly Contact[];
  /** The enquiry each decision rests on: a position in `enquiryIds`; -1 for none, or for one a referred contact implied (it has no id). */
  readonly enquiries: Int32Array;
  /** The ids of the enquiries decisions rest on, each once. */
  readonly enquiryIds: readonly string[];
  /** The contact's place, by position, for the contacts a location rule classified. */
  readonly places: ReadonlyMap<number, string>;
}
