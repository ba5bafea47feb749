import type { Contact, ContactId } from "../schema/index.js";
import { checkOptions } from "./checkRecord.js";
import { checkWindowDays } from "./checkWindowDays.js";
import { compareContacts } from "./compareContacts.js";
import { contactDays } from "./contactDays.js";
import { type ContactRelation, type LocationOf, relationKey, uprnLocation } from "./relationKey.js";

/**
 * Options for {@link groupContacts}.
 *
 * @example
 * ```ts
 * import type { GroupContactsOptions } from "council-contact/contact";
 * const options: GroupContactsOptions = { by: "location-service", windowDays: 28 };
 * options.by //=> "location-service"
 * ```
 */
export interface GroupContactsOptions {
  /** How contacts are related. */
  readonly by: ContactRelation;
  /**
   * A group ends when the next related contact comes more than this many Europe/London calendar days after the
   * group's latest contact; that contact starts a new group. Default `Infinity`: one group per key.
   */
  readonly windowDays?: number;
  /** The place of a contact, for `location-service`. Default: its UPRN. */
  readonly locationOf?: LocationOf;
}

/**
 * Contacts related to each other, in time order: one customer's, one enquiry's, or one service's at one place.
 *
 * @example
 * ```ts
 * import type { ContactGroup } from "council-contact/contact";
 * const group: ContactGroup = { key: "cust-1", contactIds: [], first: 0, last: 0 };
 * group.key //=> "cust-1"
 * ```
 */
export interface ContactGroup {
  /** The relation's key, as `relationKey` gives it. */
  readonly key: string;
  /** The contacts in the group, in time order (by `at`, then id). */
  readonly contactIds: readonly ContactId[];
  /** When the first contact happened, in epoch ms. */
  readonly first: number;
  /** When the last contact happened, in epoch ms. */
  readonly last: number;
}

/**
 * What {@link groupContacts} returns: the groups, and the contacts that could not be grouped, so no contact is lost.
 *
 * @example
 * ```ts
 * import type { ContactGrouping } from "council-contact/contact";
 * const grouping: ContactGrouping = { groups: [], ungrouped: [] };
 * grouping.groups.length //=> 0
 * ```
 */
export interface ContactGrouping {
  /** The groups, in order of their first contact. */
  readonly groups: readonly ContactGroup[];
  /** Contacts without the fields the relation needs (no customer, service, enquiry or place), in time order. */
  readonly ungrouped: readonly ContactId[];
}

/**
 * Groups a contact history by customer, enquiry, or place and service, optionally into episodes separated by more
 * than `windowDays` London days. One pass over the contacts in time order with a map from key to its open group:
 * O(n log n) for the sort (O(n) if already in order), never a nested loop. The result does not depend on the input
 * order.
 *
 * @param contacts - the history, in any order; ids unique.
 * @param options - the relation, the window and how to find a contact's place.
 * @returns the groups and the contacts left ungrouped; every contact is in exactly one of them.
 * @throws {ValidationError} if a contact has no id or an `at` outside 2000–2100, listing every such contact.
 * @throws {RangeError} if `windowDays` is not a whole number ≥ 0 (or `Infinity`), or `by` is not a relation.
 * @example
 * ```ts
 * import { groupContacts } from "council-contact/contact";
 * import { parseContacts } from "council-contact/schema";
 * const contacts = parseContacts([
 *   { id: "a", at: "2024-05-01T09:00:00Z", channel: "telephone", serviceId: "missed-bin", uprn: "10070" },
 *   { id: "b", at: "2024-05-03T09:00:00Z", channel: "web-form", serviceId: "missed-bin", uprn: "10070" },
 *   { id: "c", at: "2024-07-01T09:00:00Z", channel: "web-form", serviceId: "missed-bin", uprn: "10070" },
 *   { id: "d", at: "2024-07-01T10:00:00Z", channel: "email", serviceId: "missed-bin" },
 * ]);
 * const { groups, ungrouped } = groupContacts(contacts, { by: "location-service", windowDays: 28 });
 * groups.map((group) => group.contactIds) //=> [["a", "b"], ["c"]]
 * ungrouped //=> ["d"]
 * ```
 */
export function groupContacts(contacts: readonly Contact[], options: GroupContactsOptions): ContactGrouping {
  checkOptions(options);
  const windowDays = checkWindowDays("windowDays", options.windowDays ?? Number.POSITIVE_INFINITY);
  const locationOf = options.locationOf ?? uprnLocation;
  const days = contactDays(contacts);

  const order = contacts.map((_, i) => i).sort((i, j) => compareContacts(contacts[i]!, contacts[j]!));
  const open = new Map<
    string,
    { key: string; contactIds: ContactId[]; first: number; last: number; lastDay: number }
  >();
  const groups: { key: string; contactIds: ContactId[]; first: number; last: number; lastDay: number }[] = [];
  const ungrouped: ContactId[] = [];
  for (const i of order) {
    const contact = contacts[i]!;
    const key = relationKey(contact, options.by, locationOf);
    if (key === undefined) {
      ungrouped.push(contact.id);
      continue;
    }
    const day = days[i]!;
    let group = open.get(key);
    if (group === undefined || day - group.lastDay > windowDays) {
      group = { key, contactIds: [], first: contact.at, last: contact.at, lastDay: day };
      open.set(key, group);
      groups.push(group);
    }
    group.contactIds.push(contact.id);
    group.last = contact.at;
    group.lastDay = day;
  }
  return { groups: groups.map(({ key, contactIds, first, last }) => ({ key, contactIds, first, last })), ungrouped };
}
