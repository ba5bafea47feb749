/**
 * Contact histories: the library's total order of contacts, the relations between them (customer, enquiry,
 * customer and service, place and service), grouping a history into related episodes, and a streaming index that
 * finds a contact's earlier related contacts within a window of London days, in memory that follows the window; and
 * the columnar form of a history (typed arrays, dictionary-encoded strings) for the largest histories.
 *
 * @module contact
 */

export { checkContactColumns } from "./checkContactColumns.js";
export type { OrderedRecord } from "./compareContacts.js";
export { compareContacts, outOfOrderError } from "./compareContacts.js";
export type { ContactColumns, ContactColumnsOptions, DictionaryColumn } from "./contactColumns.js";
export { contactColumns } from "./contactColumns.js";
export { contactDay, contactDays } from "./contactDays.js";
export { columnContact, contactsFromColumns } from "./contactsFromColumns.js";
export type { ContactIndex, ContactIndexOptions } from "./createContactIndex.js";
export { createContactIndex } from "./createContactIndex.js";
export type { EnquiryUpdate } from "./EnquiryUpdate.js";
export { compareEnquiryUpdates, enquiryUpdateDay } from "./EnquiryUpdate.js";
export type { ContactGroup, ContactGrouping, GroupContactsOptions } from "./groupContacts.js";
export { groupContacts } from "./groupContacts.js";
export { normaliseAddress } from "./normaliseAddress.js";
export { parseContactColumns, safeParseContactColumns } from "./parseContactColumns.js";
export type { ContactRelation, LocationOf } from "./relationKey.js";
export { relationKey, uprnLocation } from "./relationKey.js";
export type { SerializedContactColumns, SerializedDictionaryColumn } from "./serializeContactColumns.js";
export { serializeContactColumns } from "./serializeContactColumns.js";
export { inContactOrder, sortContacts } from "./sortContacts.js";
