/**
 * Contact histories: the library's total order of contacts, the relations between them (customer, enquiry,
 * customer and service, place and service), grouping a history into related episodes, and a streaming index that
 * finds a contact's earlier related contacts within a window of London days, in memory that follows the window.
 *
 * @module contact
 */
export { compareContacts, outOfOrderError } from "./compareContacts.js";
export type { OrderedRecord } from "./compareContacts.js";
export { inContactOrder, sortContacts } from "./sortContacts.js";
export { normaliseAddress } from "./normaliseAddress.js";
export { relationKey, uprnLocation } from "./relationKey.js";
export type { ContactRelation, LocationOf } from "./relationKey.js";
export { groupContacts } from "./groupContacts.js";
export type { ContactGroup, ContactGrouping, GroupContactsOptions } from "./groupContacts.js";
export { createContactIndex } from "./createContactIndex.js";
export type { ContactIndex, ContactIndexOptions } from "./createContactIndex.js";
export { contactDay, contactDays } from "./contactDays.js";
