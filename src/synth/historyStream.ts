import type { EnquiryUpdate } from "../contact/index.js";
import type { Contact } from "../schema/index.js";
import { Closures } from "./Closures.js";
import { startStream } from "./contactStream.js";
import { type GenerateContactsOptions, resolveOptions } from "./options.js";

/**
 * One item of a synthetic history: a contact, or an enquiry update (a closure) from the case system.
 *
 * @example
 * ```ts
 * import type { SyntheticHistoryItem } from "council-contact/synth";
 * const item: SyntheticHistoryItem = { kind: "update", update: { enquiryId: "e1", at: 0, type: "closed", outcome: "fixed" } };
 * item.kind //=> "update"
 * ```
 */
export type SyntheticHistoryItem =
  | {
      /** A contact. */
      readonly kind: "contact";
      /** The contact, exactly as `contactStream` makes it. */
      readonly contact: Contact;
    }
  | {
      /** An enquiry update. */
      readonly kind: "update";
      /** The enquiry closing. */
      readonly update: EnquiryUpdate;
    };

/**
 * A synthetic history: the contacts and the closures of the enquiries they opened, each in time order.
 *
 * @example
 * ```ts
 * import type { SyntheticHistory } from "council-contact/synth";
 * const history: SyntheticHistory = { contacts: [], enquiryUpdates: [] };
 * history.contacts.length //=> 0
 * ```
 */
export interface SyntheticHistory {
  /** The contacts, exactly those `generateContacts` makes with the same options. */
  readonly contacts: readonly Contact[];
  /** When each enquiry closed, and how, for those that closed before the end of the period. */
  readonly enquiryUpdates: readonly EnquiryUpdate[];
}

/**
 * Generates a synthetic history lazily: the same contacts as `contactStream`, with the closure of every enquiry they
 * open interleaved at its time, as a case system would record it. Enquiries close after a delay drawn for their
 * service; how they close depends on what opened them (reports and requests fixed, applications granted, changes of
 * circumstances answered, complaints upheld or not, repeat reports as duplicates). A closure at the same instant as
 * a contact comes first. Closures after the end of the period are left out: those enquiries are still open.
 *
 * @param options - as for `contactStream`.
 * @returns an iterator over contacts and updates, in time order.
 * @throws {RangeError} as `contactStream` does.
 * @example
 * ```ts
 * import { historyStream } from "council-contact/synth";
 * let closed = 0;
 * for (const item of historyStream({ seed: 7, count: 2000, from: "2024-04-01", to: "2024-04-30" })) if (item.kind === "update") closed++;
 * closed > 100 //=> true
 * ```
 */
export function historyStream(options: GenerateContactsOptions): IterableIterator<SyntheticHistoryItem> {
  const closures = new Closures();
  const end = resolveOptions(options).to;
  return interleave(startStream(options, closures), closures, end);
}

function* interleave(
  contacts: IterableIterator<Contact>,
  closures: Closures,
  end: number,
): Generator<SyntheticHistoryItem, void, undefined> {
  for (const contact of contacts) {
    for (let update = closures.next(contact.at); update !== undefined; update = closures.next(contact.at))
      yield { kind: "update", update };
    yield { kind: "contact", contact };
  }
  for (let update = closures.next(end - 1); update !== undefined; update = closures.next(end - 1))
    yield { kind: "update", update };
}

/**
 * Generates a synthetic history into arrays: {@link historyStream} without the interleaving.
 *
 * @param options - as for `generateContacts`.
 * @returns the contacts (the same as `generateContacts` gives) and the enquiry updates, each sorted by time.
 * @throws {RangeError} as `generateContacts` does.
 * @example
 * ```ts
 * import { generateContacts, generateHistory } from "council-contact/synth";
 * const options = { seed: 1, count: 500, from: "2024-04-01", to: "2024-06-30" } as const;
 * const history = generateHistory(options);
 * history.contacts.length //=> 500
 * JSON.stringify(history.contacts) === JSON.stringify(generateContacts(options)) //=> true
 * history.enquiryUpdates.every((update) => update.type === "closed") //=> true
 * ```
 */
export function generateHistory(options: GenerateContactsOptions): SyntheticHistory {
  const contacts: Contact[] = [];
  const enquiryUpdates: EnquiryUpdate[] = [];
  for (const item of historyStream(options)) {
    if (item.kind === "contact") contacts.push(item.contact);
    else enquiryUpdates.push(item.update);
  }
  return { contacts, enquiryUpdates };
}
