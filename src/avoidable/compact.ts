import { compareContacts, contactDays, inContactOrder } from "../contact/index.js";
import { ValidationError, type Contact, type ValidationIssue } from "../schema/index.js";
import type { AvoidableResult } from "./AvoidableResult.js";
import { resolveClassifierOptions } from "./AvoidableClassifierOptions.js";
import type { ClassifyContactsOptions } from "./classifyContacts.js";
import { RULE } from "./Decision.js";
import { Engine } from "./Engine.js";
import { CITED } from "./records.js";
import type { Store } from "./Store.js";
import { compareUpdates, updateDay, type EnquiryUpdate } from "./EnquiryUpdate.js";
import { toResult } from "./toResult.js";

/**
 * The classification of a history in columns rather than objects: one entry per contact, in input order, in typed
 * arrays that the garbage collector never traces. What `classifyContacts` builds its objects from; use it directly
 * for the largest histories, and {@link compactResult} for the object of one contact. Holds the contacts it was
 * made from.
 *
 * @example
 * ```ts
 * import { AVOIDABLE_RULE_IDS, classifyContactsCompact } from "council-contact/avoidable";
 * import { parseContacts } from "council-contact/schema";
 * const compact = classifyContactsCompact(parseContacts([{ id: "c-1", at: "2024-05-01T09:00:00Z", channel: "telephone", outcome: "transferred" }]));
 * AVOIDABLE_RULE_IDS[compact.rules[0]!] //=> "misdirected-transferred"
 * ```
 */
export interface CompactClassification {
  /** The contacts classified, as given. */
  readonly contacts: readonly Contact[];
  /** Each contact's rule: its position in `AVOIDABLE_RULE_IDS`. */
  readonly rules: Uint8Array;
  /** Each contact's reason: its position in `AVOIDABLE_REASON_CODES` plus one; 0 when not avoidable. */
  readonly reasons: Uint8Array;
  /** Two evidence contacts per contact (entries 2i and 2i + 1): positions in `contacts`, -1 for none. */
  readonly evidence: Int32Array;
  /** Days from the evidence (the enquiry's opening or closure, the letter) to the contact. */
  readonly days: Int32Array;
  /** For failure to deliver: how the enquiry closed, its position in `ENQUIRY_OUTCOMES` plus one; 0 otherwise. */
  readonly outcomes: Uint8Array;
  /** The enquiry each decision rests on: a position in `enquiryIds`, -1 for none. */
  readonly enquiries: Int32Array;
  /** The ids of the enquiries decisions rest on (undefined for one a referred contact implied), each once. */
  readonly enquiryIds: readonly (string | undefined)[];
  /** The contact's place, by position, for the contacts a location rule classified. */
  readonly places: ReadonlyMap<number, string>;
  /** The text model's probability, for `text-note`; 0 otherwise (empty when no text model was given). */
  readonly probabilities: Float64Array;
}

/**
 * Classifies every contact of a history, as `classifyContacts` does, into columns instead of objects: the fastest
 * form, for the largest histories (see the guide for figures).
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
export function classifyContactsCompact(contacts: readonly Contact[], options: ClassifyContactsOptions = {}): CompactClassification {
  const resolved = resolveClassifierOptions(options);
  const engine = new Engine(resolved, contacts.length);
  const days = contactDays(contacts);
  const order = inContactOrder(contacts) ? undefined : sortedOrder(contacts);
  const { updates, updateDays } = sortedUpdates(options.enquiryUpdates ?? []);
  const n = contacts.length;
  const out = {
    contacts,
    rules: new Uint8Array(n),
    reasons: new Uint8Array(n),
    evidence: new Int32Array(2 * n),
    days: new Int32Array(n),
    outcomes: new Uint8Array(n),
    enquiries: new Int32Array(n),
    enquiryIds: [] as (string | undefined)[],
    places: new Map<number, string>(),
    probabilities: new Float64Array(resolved.textModel === undefined ? 0 : n),
  };
  const d = engine.d;
  let u = 0;
  for (let k = 0; k < n; k++) {
    const i = order === undefined ? k : order[k]!;
    const contact = contacts[i]!;
    while (u < updates.length && updates[u]!.at <= contact.at) {
      engine.update(updates[u]!, updateDays[u]!);
      u++;
    }
    engine.contact(contact, i, days[i]!);
    out.rules[i] = d.rule;
    out.reasons[i] = d.reason;
    out.evidence[2 * i] = d.first;
    out.evidence[2 * i + 1] = d.second;
    out.days[i] = d.days;
    out.outcomes[i] = d.outcome;
    out.enquiries[i] = d.enquiry < 0 ? -1 : cite(engine.store, d.enquiry, out.enquiryIds);
    if ((d.rule === RULE["repeat-location"] || d.rule === RULE["failure-location"]) && d.place !== undefined) out.places.set(i, d.place);
    if (d.probability !== 0) out.probabilities[i] = d.probability;
  }
  return out;
}

/**
 * The result object of one contact of a compact classification: what `classifyContacts` returns at that position.
 *
 * @param compact - from {@link classifyContactsCompact}.
 * @param i - the contact's position in `compact.contacts`.
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
export function compactResult(compact: CompactClassification, i: number): AvoidableResult {
  if (!Number.isSafeInteger(i) || i < 0 || i >= compact.contacts.length) throw new RangeError(`i must be a position in 0–${compact.contacts.length - 1}, got ${String(i)}`);
  const { contacts, evidence } = compact;
  const first = evidence[2 * i]!;
  const second = evidence[2 * i + 1]!;
  return toResult(contacts[i]!, {
    rule: compact.rules[i]!,
    reason: compact.reasons[i]!,
    firstId: first < 0 ? undefined : contacts[first]!.id,
    secondId: second < 0 ? undefined : contacts[second]!.id,
    enquiryId: compact.enquiries[i]! < 0 ? undefined : compact.enquiryIds[compact.enquiries[i]!],
    days: compact.days[i]!,
    outcome: compact.outcomes[i]!,
    probability: compact.probabilities[i] ?? 0,
    place: compact.places.get(i),
  });
}

/** The position of enquiry record `e` in the list of cited ids, adding it on its first citation. */
function cite(store: Store, e: number, ids: (string | undefined)[]): number {
  let at = store.get(e, CITED) - 1;
  if (at < 0) {
    at = ids.push(store.id[e]) - 1;
    store.put(e, CITED, at + 1);
  }
  return at;
}

/** The positions of the contacts in the library's order; two contacts with the same time and id are refused. */
function sortedOrder(contacts: readonly Contact[]): Uint32Array {
  const order = Uint32Array.from(contacts, (_, i) => i).sort((i, j) => compareContacts(contacts[i]!, contacts[j]!));
  const issues: ValidationIssue[] = [];
  for (let k = 1; k < order.length; k++) {
    const b = contacts[order[k]!]!;
    if (compareContacts(contacts[order[k - 1]!]!, b) === 0) {
      issues.push({ code: "duplicate", path: [order[k]!, "id"], message: `contact ${b.id} appears twice at the same time (positions ${order[k - 1]} and ${order[k]})`, input: b.id });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues, "Contacts");
  return order;
}

/** The updates checked and sorted, with their London days. */
function sortedUpdates(given: readonly EnquiryUpdate[]): { updates: EnquiryUpdate[]; updateDays: number[] } {
  if (!Array.isArray(given)) throw new RangeError(`enquiryUpdates must be an array, got ${String(given)}`);
  const issues: ValidationIssue[] = [];
  given.forEach((update, i) => updateDay(update, ["enquiryUpdates", i], issues));
  if (issues.length > 0) throw new ValidationError(issues, "Enquiry updates");
  const updates = given.slice().sort(compareUpdates);
  return { updates, updateDays: updates.map((update) => updateDay(update, [], issues)) };
}
