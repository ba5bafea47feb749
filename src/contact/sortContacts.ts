import { checkList } from "./checkRecord.js";
import { compareContacts, type OrderedRecord } from "./compareContacts.js";

/**
 * The contacts in the library's total order ({@link compareContacts}: by `at`, then id), as a new array. The input
 * is left as it was. A history that is already in order (as exports and `council-contact/synth` give it) is
 * recognised in one pass and copied without sorting.
 *
 * @param contacts - contacts in any order.
 * @returns a new array of the same contacts, sorted.
 * @example
 * ```ts
 * import { sortContacts } from "council-contact/contact";
 * import { parseContacts } from "council-contact/schema";
 * const contacts = parseContacts([
 *   { id: "b", at: "2024-05-02T10:00:00Z", channel: "email" },
 *   { id: "a", at: "2024-05-01T10:00:00Z", channel: "telephone" },
 * ]);
 * sortContacts(contacts).map((contact) => contact.id) //=> ["a", "b"]
 * ```
 */
export function sortContacts<C extends OrderedRecord>(contacts: readonly C[]): C[] {
  checkList(contacts, "contacts");
  return inContactOrder(contacts) ? contacts.slice() : contacts.slice().sort(compareContacts);
}

/**
 * Whether contacts are already in the library's total order ({@link compareContacts}), each strictly after the one before.
 *
 * @param contacts - contacts.
 * @returns true if every contact comes strictly after the previous one (by `at`, then id).
 * @example
 * ```ts
 * import { inContactOrder } from "council-contact/contact";
 * inContactOrder([{ id: "a", at: 1 }, { id: "b", at: 1 }, { id: "a", at: 2 }]) //=> true
 * inContactOrder([{ id: "b", at: 1 }, { id: "a", at: 1 }]) //=> false
 * ```
 */
export function inContactOrder(contacts: readonly OrderedRecord[]): boolean {
  checkList(contacts, "contacts");
  // A single entry is in order with itself, but must still be a record that can be ordered.
  if (contacts.length === 1) compareContacts(contacts[0]!, contacts[0]!);
  for (let i = 1; i < contacts.length; i++) if (compareContacts(contacts[i - 1]!, contacts[i]!) >= 0) return false;
  return true;
}
