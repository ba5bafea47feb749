import { compareContacts, contactDays, inContactOrder } from "../contact/index.js";
import { ValidationError, type ValidationIssue } from "../core/index.js";
import type { Contact } from "../schema/index.js";
import { resolveClassifierOptions } from "./AvoidableClassifierOptions.js";
import type { ClassifyContactsOptions } from "./ClassifyContactsOptions.js";
import { classifyRows, type Decisions, RULE_CODE } from "./engine/index.js";
import { internContacts } from "./internContacts.js";

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

/**
 * Classifies every contact of a history, as `classifyContacts` does, into typed arrays instead of objects (see the
 * guide for figures; for the largest histories, `classifyColumns` on a history in columns is several times faster).
 *
 * @param contacts - the history, in any order; ids unique.
 * @param options - as for `classifyContacts`.
 * @returns the columns.
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
  const resolved = resolveClassifierOptions(options);
  const days = contactDays(contacts);
  const order = inContactOrder(contacts) ? undefined : sortedOrder(contacts);
  const { rows, updateRows, names, places, enquiries } = internContacts(
    contacts,
    days,
    options.enquiryUpdates ?? [],
    resolved.locationOf,
  );
  const decisions = classifyRows(contacts.length, rows, order, updateRows, undefined, names, resolved);
  return {
    contacts,
    ...decisions,
    ...cite(decisions, enquiries),
    places: locationPlaces(decisions.rules, rows.place, places),
  };
}

/** The enquiry keys of the decisions as positions in a list of their ids, each listed once, on its first citation. */
function cite(decisions: Decisions, ids: readonly string[]): { enquiries: Int32Array; enquiryIds: string[] } {
  const keys = decisions.enquiries;
  const position = new Int32Array(ids.length).fill(-1);
  const enquiryIds: string[] = [];
  const enquiries = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key >= 0 && position[key] === -1) position[key] = enquiryIds.push(ids[key]!) - 1;
    enquiries[i] = key < 0 ? -1 : position[key]!;
  }
  return { enquiries, enquiryIds };
}

/** The place of each contact a location rule classified, by position. */
function locationPlaces(rules: Uint8Array, place: Int32Array, names: readonly string[]): Map<number, string> {
  const places = new Map<number, string>();
  for (let i = 0; i < rules.length; i++)
    if ((rules[i] === RULE_CODE["repeat-location"] || rules[i] === RULE_CODE["failure-location"]) && place[i]! >= 0)
      places.set(i, names[place[i]!]!);
  return places;
}

/** The positions of the contacts in the library's order; two contacts with the same time and id are refused. */
function sortedOrder(contacts: readonly Contact[]): Uint32Array {
  const order = Uint32Array.from(contacts, (_, i) => i).sort((i, j) => compareContacts(contacts[i]!, contacts[j]!));
  const issues: ValidationIssue[] = [];
  for (let k = 1; k < order.length; k++) {
    const b = contacts[order[k]!]!;
    if (compareContacts(contacts[order[k - 1]!]!, b) === 0) {
      issues.push({
        code: "duplicate",
        path: [order[k]!, "id"],
        message: `contact ${b.id} appears twice at the same time (positions ${order[k - 1]} and ${order[k]})`,
        input: b.id,
      });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues, "Contacts");
  return order;
}
