import { messages, ValidationError } from "../core/index.js";
import type { Contact } from "../schema/index.js";
import { checkRecord } from "./checkRecord.js";

/**
 * How two contacts can be related in a history:
 *
 * - `customer`: made by the same customer;
 * - `enquiry`: about the same enquiry (case);
 * - `customer-service`: made by the same customer about the same service;
 * - `location-service`: about the same service at the same place (a UPRN, or whatever `locationOf` returns).
 *
 * @example
 * ```ts
 * import type { ContactRelation } from "council-contact/contact";
 * const relation: ContactRelation = "location-service";
 * relation //=> "location-service"
 * ```
 */
export type ContactRelation = "customer" | "enquiry" | "customer-service" | "location-service";

/**
 * Where a contact happened, for the `location-service` relation: a function from a contact to a place key, or
 * `undefined` where it has none. The default reads the contact's UPRN; a council without UPRNs can pass one that
 * looks up a normalised address (see `normaliseAddress`).
 *
 * @example
 * ```ts
 * import { normaliseAddress, type LocationOf } from "council-contact/contact";
 * const addresses = new Map([["c-1", "14 Station Rd, Leeds"]]);
 * const locationOf: LocationOf = (contact) => { const text = addresses.get(contact.id); return text === undefined ? undefined : normaliseAddress(text); };
 * locationOf({ id: "c-1", at: 0, channel: "telephone" } as never) //=> "14 STATION ROAD LEEDS"
 * ```
 */
export type LocationOf = (contact: Contact) => string | undefined;

/**
 * The place of a contact by default: its UPRN.
 *
 * @param contact - a contact.
 * @returns its `uprn`, or `undefined`.
 * @throws {ValidationError} if `contact` is not an object.
 * @example
 * ```ts
 * import { uprnLocation } from "council-contact/contact";
 * import { parseContact } from "council-contact/schema";
 * uprnLocation(parseContact({ id: "c-1", at: 0, channel: "web-form", uprn: "100023336956" })) //=> "100023336956"
 * ```
 */
export function uprnLocation(contact: Contact): string | undefined {
  checkRecord(contact, "contact");
  return contact.uprn;
}

/**
 * The key that relates a contact to others: two contacts are related by `relation` exactly when their keys are
 * equal. Keys are strings to use in a `Map`; a key with two parts is their JSON (`["cust-1","missed-bin"]`), so no
 * choice of ids can make two different pairs collide.
 *
 * @param contact - a contact.
 * @param relation - which relation.
 * @param locationOf - the place of a contact, for `location-service`; default its UPRN.
 * @returns the key, or `undefined` if the contact lacks a field the relation needs (no customer, no service, …).
 * @throws {ValidationError} if `contact` is not an object, or a field the key is made of is neither a string nor
 *   absent.
 * @throws RangeError if `relation` is not one of the four relations.
 * @example
 * ```ts
 * import { relationKey } from "council-contact/contact";
 * import { parseContact } from "council-contact/schema";
 * const contact = parseContact({ id: "c-1", at: 0, channel: "telephone", customerId: "cust-1", serviceId: "missed-bin", uprn: "10070" });
 * relationKey(contact, "customer") //=> "cust-1"
 * relationKey(contact, "location-service") //=> "[\"10070\",\"missed-bin\"]"
 * relationKey(contact, "enquiry") //=> undefined
 * ```
 */
export function relationKey(
  contact: Contact,
  relation: ContactRelation,
  locationOf: LocationOf = uprnLocation,
): string | undefined {
  checkRecord(contact, "contact");
  switch (relation) {
    case "customer":
      return text(contact.customerId, "customerId");
    case "enquiry":
      return text(contact.enquiryId, "enquiryId");
    case "customer-service":
      return pair(text(contact.customerId, "customerId"), text(contact.serviceId, "serviceId"));
    case "location-service":
      return pair(text(locationOf(contact), "the place locationOf gives"), text(contact.serviceId, "serviceId"));
    default:
      return unknownRelation(relation);
  }
}

/** A field a key is made of: a string or absent; anything else is a ValidationError naming it. */
function text(value: unknown, name: string): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  const message = messages.type(name, "string", value);
  throw new ValidationError([{ code: "invalid_type", path: [name], message, input: value }], "Contact");
}

function pair(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined || a === "" || b === undefined ? undefined : JSON.stringify([a, b]);
}

const RELATIONS: readonly ContactRelation[] = ["customer", "enquiry", "customer-service", "location-service"];

function unknownRelation(relation: never): never {
  throw new RangeError(messages.oneOf("relation", RELATIONS, relation));
}
