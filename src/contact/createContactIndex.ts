import type { Contact, ContactId } from "../schema/index.js";
import { checkOptions } from "./checkRecord.js";
import { checkWindowDays } from "./checkWindowDays.js";
import { compareContacts, outOfOrderError } from "./compareContacts.js";
import { contactDay } from "./contactDays.js";
import { type ContactRelation, type LocationOf, relationKey, uprnLocation } from "./relationKey.js";

/**
 * Options for {@link createContactIndex}.
 *
 * @example
 * ```ts
 * import type { ContactIndexOptions } from "council-contact/contact";
 * const options: ContactIndexOptions = { by: "customer-service", windowDays: 14 };
 * options.windowDays //=> 14
 * ```
 */
export interface ContactIndexOptions {
  /** How contacts are related. */
  readonly by: ContactRelation;
  /** How far back to look, in Europe/London calendar days: a contact `windowDays` days before the day of the new one still counts. */
  readonly windowDays: number;
  /** The place of a contact, for `location-service`. Default: its UPRN. */
  readonly locationOf?: LocationOf;
}

/**
 * A streaming index of a contact history: add contacts in time order and get, for each, the earlier related
 * contacts within the window. It keeps only contacts still inside the window, so its memory follows the window,
 * not the length of the history.
 *
 * @example
 * ```ts
 * import { createContactIndex, type ContactIndex } from "council-contact/contact";
 * const index: ContactIndex = createContactIndex({ by: "customer", windowDays: 7 });
 * index.size //=> 0
 * ```
 */
export interface ContactIndex {
  /**
   * Records a contact and returns the earlier related ones within the window, oldest first. A contact must come
   * after every contact added before it (by `at`, then id); one that does not is refused and changes nothing.
   *
   * @throws {ValidationError} for a contact out of order, without an id, or with an `at` outside 2000–2100.
   */
  add(contact: Contact): ContactId[];
  /** How many contacts the index holds now (those still inside the window of the latest day seen). */
  readonly size: number;
}

interface Entry {
  readonly day: number;
  readonly id: ContactId;
}

/**
 * Creates a {@link ContactIndex}: finds the earlier contacts related to each new one (same customer, enquiry,
 * customer and service, or place and service) within a window of London days, in O(1) amortised per contact with
 * one `Map` lookup; no nested loops. Entries older than the window are dropped as the days go by.
 *
 * @param options - the relation, the window in days and how to find a contact's place.
 * @returns an empty index.
 * @throws {RangeError} if `windowDays` is not a whole number ≥ 0 (or `Infinity`), naming the value.
 * @example
 * ```ts
 * import { createContactIndex } from "council-contact/contact";
 * import { parseContacts } from "council-contact/schema";
 * const index = createContactIndex({ by: "customer-service", windowDays: 7 });
 * const [first, second, third] = parseContacts([
 *   { id: "a", at: "2024-05-01T09:00:00Z", channel: "telephone", customerId: "cust-1", serviceId: "council-tax" },
 *   { id: "b", at: "2024-05-06T09:00:00Z", channel: "email", customerId: "cust-1", serviceId: "council-tax" },
 *   { id: "c", at: "2024-05-20T09:00:00Z", channel: "email", customerId: "cust-1", serviceId: "council-tax" },
 * ]);
 * index.add(first!) //=> []
 * index.add(second!) //=> ["a"]
 * index.add(third!) //=> []
 * index.add(first!) //=> throws ValidationError
 * ```
 */
export function createContactIndex(options: ContactIndexOptions): ContactIndex {
  checkOptions(options);
  const windowDays = checkWindowDays("windowDays", options.windowDays);
  const { by } = options;
  const locationOf = options.locationOf ?? uprnLocation;
  const entries = new Map<string, Entry[]>();
  const sweepEvery = Number.isFinite(windowDays) ? Math.max(1, Math.ceil(windowDays / 2)) : Number.POSITIVE_INFINITY;
  let last: Contact | undefined;
  let nextSweep = Number.NEGATIVE_INFINITY;
  let size = 0;

  /** Drops every entry older than the window; run every half-window, so the index holds at most 1.5 windows. */
  const sweep = (day: number): void => {
    for (const [key, list] of entries) {
      const kept = list.filter((entry) => day - entry.day <= windowDays);
      size -= list.length - kept.length;
      if (kept.length === 0) entries.delete(key);
      else if (kept.length < list.length) entries.set(key, kept);
    }
  };

  return {
    add(contact: Contact): ContactId[] {
      const day = contactDay(contact);
      if (last !== undefined && compareContacts(last, contact) >= 0) throw outOfOrderError(contact, last);
      last = contact;
      if (day >= nextSweep) {
        sweep(day);
        nextSweep = day + sweepEvery;
      }
      const key = relationKey(contact, by, locationOf);
      if (key === undefined) return [];
      let list = entries.get(key);
      if (list === undefined) entries.set(key, (list = []));
      const earlier: ContactId[] = [];
      for (const entry of list) if (day - entry.day <= windowDays) earlier.push(entry.id);
      list.push({ day, id: contact.id });
      size += 1;
      return earlier;
    },
    get size(): number {
      return size;
    },
  };
}
