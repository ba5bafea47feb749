/**
 * Boundary schemas: zod schemas with `parseX` / `safeParseX` for every record that crosses the
 * library's boundary, the one `ValidationError` they throw, branded ids, instants and JSON Schema export.
 *
 * @module schema
 */

export type { IssueCode, IssuePath, SafeParseResult, ValidationIssue } from "../core/index.js";
export { formatInstant, parseInstant, ValidationError } from "../core/index.js";
export type { Contact, ContactInput, SerializedContact } from "./Contact.js";
export { contactSchema } from "./contactSchema.js";
export type { Customer, CustomerInput } from "./customer.js";
export { customerSchema, parseCustomer, safeParseCustomer } from "./customer.js";
export type { Brand, ContactId, CustomerId, EnquiryId, ServiceId, Uprn } from "./ids.js";
export { contactId, customerId, enquiryId, serviceId, uprn } from "./ids.js";
export type { JsonSchema } from "./jsonSchemas.js";
export { contactJsonSchema, customerJsonSchema, serviceJsonSchema } from "./jsonSchemas.js";
export { parseContact, safeParseContact, serializeContact } from "./parseContact.js";
export { parseContacts, safeParseContacts } from "./parseContacts.js";
export type { Service, ServiceInput } from "./service.js";
export { parseService, safeParseService, serviceSchema } from "./service.js";
