import { messages, ValidationError } from "../core/index.js";

/**
 * A value of type `T` tagged with a name at compile time only, so that ids of different kinds cannot be mixed up.
 * At run time it is the plain value.
 *
 * @example
 * ```ts
 * import type { Brand } from "council-contact/schema";
 * type Ward = Brand<string, "Ward">;
 * const ward = "Abbey" as Ward;
 * ward //=> "Abbey"
 * ```
 */
export type Brand<T, Name extends string> = T & {
  /** The tag; exists only in the type system, never on the value. */
  readonly __brand: Name;
};

/**
 * The id of a contact. Make one with {@link contactId}, or get one from `parseContact`.
 *
 * @example
 * ```ts
 * import { contactId, type ContactId } from "council-contact/schema";
 * const id: ContactId = contactId("c-1");
 * id //=> "c-1"
 * ```
 */
export type ContactId = Brand<string, "ContactId">;

/**
 * The id of a customer (a person or organisation known to the council).
 *
 * @example
 * ```ts
 * import { customerId, type CustomerId } from "council-contact/schema";
 * const id: CustomerId = customerId("cust-9");
 * id //=> "cust-9"
 * ```
 */
export type CustomerId = Brand<string, "CustomerId">;

/**
 * The id of an enquiry (a case that contacts open, progress and close).
 *
 * @example
 * ```ts
 * import { enquiryId, type EnquiryId } from "council-contact/schema";
 * const id: EnquiryId = enquiryId("E-2024-001");
 * id //=> "E-2024-001"
 * ```
 */
export type EnquiryId = Brand<string, "EnquiryId">;

/**
 * The id of a service in a catalogue (a starter id such as `council-tax`, or a council's own).
 *
 * @example
 * ```ts
 * import { serviceId, type ServiceId } from "council-contact/schema";
 * const id: ServiceId = serviceId("council-tax");
 * id //=> "council-tax"
 * ```
 */
export type ServiceId = Brand<string, "ServiceId">;

/**
 * A Unique Property Reference Number: the national id of an addressable place, 1 to 12 digits, kept as a string.
 *
 * @example
 * ```ts
 * import { uprn, type Uprn } from "council-contact/schema";
 * const home: Uprn = uprn("100023336956");
 * home //=> "100023336956"
 * ```
 */
export type Uprn = Brand<string, "Uprn">;

const UPRN = /^\d{1,12}$/;

function checked<Id extends string>(kind: string, value: unknown, valid: (text: string) => boolean, rule: string): Id {
  if (typeof value === "string" && valid(value)) return value as Id;
  const code = typeof value === "string" ? (value === "" ? "too_small" : "invalid_format") : "invalid_type";
  throw new ValidationError([{ code, path: [], message: messages.mustBe(kind, rule, value), input: value }], kind);
}

const nonEmpty = (text: string): boolean => text.length > 0;

/**
 * Tags a string as a {@link ContactId}.
 *
 * @param value - a non-empty string.
 * @returns the same string, typed as a contact id.
 * @throws {ValidationError} if `value` is not a non-empty string.
 * @example
 * ```ts
 * import { contactId } from "council-contact/schema";
 * contactId("c-1") //=> "c-1"
 * contactId("") //=> throws ValidationError
 * ```
 */
export function contactId(value: string): ContactId {
  return checked("ContactId", value, nonEmpty, "a non-empty string");
}

/**
 * Tags a string as a {@link CustomerId}.
 *
 * @param value - a non-empty string.
 * @returns the same string, typed as a customer id.
 * @throws {ValidationError} if `value` is not a non-empty string.
 * @example
 * ```ts
 * import { customerId } from "council-contact/schema";
 * customerId("cust-9") //=> "cust-9"
 * ```
 */
export function customerId(value: string): CustomerId {
  return checked("CustomerId", value, nonEmpty, "a non-empty string");
}

/**
 * Tags a string as an {@link EnquiryId}.
 *
 * @param value - a non-empty string.
 * @returns the same string, typed as an enquiry id.
 * @throws {ValidationError} if `value` is not a non-empty string.
 * @example
 * ```ts
 * import { enquiryId } from "council-contact/schema";
 * enquiryId("E-2024-001") //=> "E-2024-001"
 * ```
 */
export function enquiryId(value: string): EnquiryId {
  return checked("EnquiryId", value, nonEmpty, "a non-empty string");
}

/**
 * Tags a string as a {@link ServiceId}. Any non-empty id is accepted: councils have their own services.
 *
 * @param value - a non-empty string.
 * @returns the same string, typed as a service id.
 * @throws {ValidationError} if `value` is not a non-empty string.
 * @example
 * ```ts
 * import { serviceId } from "council-contact/schema";
 * serviceId("missed-bin") //=> "missed-bin"
 * ```
 */
export function serviceId(value: string): ServiceId {
  return checked("ServiceId", value, nonEmpty, "a non-empty string");
}

/**
 * Tags a string as a {@link Uprn} after checking it is 1 to 12 digits.
 *
 * @param value - the UPRN as a string of digits.
 * @returns the same string, typed as a UPRN.
 * @throws {ValidationError} if `value` is not 1 to 12 digits.
 * @example
 * ```ts
 * import { uprn } from "council-contact/schema";
 * uprn("10070") //=> "10070"
 * uprn("1234567890123") //=> throws ValidationError
 * ```
 */
export function uprn(value: string): Uprn {
  return checked("Uprn", value, (text) => UPRN.test(text), "a UPRN: 1 to 12 digits");
}
