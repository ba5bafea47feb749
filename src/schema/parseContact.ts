import { formatInstant, messages, type SafeParseResult, ValidationError } from "../core/index.js";
import type { Contact, SerializedContact } from "./Contact.js";
import { contactSchema } from "./contactSchema.js";
import { runSchema, unwrap } from "./runSchema.js";

/**
 * Checks a boundary contact and returns it as a {@link Contact}: `at` (an ISO 8601 instant with an offset, or
 * integer epoch milliseconds) becomes epoch milliseconds, ids become branded types. Every problem is reported
 * at once: unknown channel or interaction, an instant without an offset, a date that does not exist, negative or
 * fractional seconds, a UPRN that is not 1–12 digits, unknown keys, and `__proto__` / `constructor` / `prototype`
 * keys (`forbidden_key`). `undefined` values count as absent.
 *
 * @param input - anything, typically one row of parsed JSON.
 * @returns the contact; it does not share objects with `input`.
 * @throws {ValidationError} carrying every issue, each with `code`, `path`, `message` and `input`.
 * @example
 * ```ts
 * import { parseContact } from "council-contact/schema";
 * parseContact({ id: "c-1", at: "2024-07-01T10:00:00+01:00", channel: "telephone" }) //=> { id: "c-1", at: 1719824400000, channel: "telephone" }
 * parseContact({ id: "c-2", at: "2023-02-29T10:00:00Z", channel: "pigeon" }) //=> throws ValidationError
 * ```
 */
export function parseContact(input: unknown): Contact {
  return unwrap(safeParseContact(input));
}

/**
 * Like {@link parseContact}, but returns `{ success: true, data }` or `{ success: false, error }` instead of
 * throwing. It never throws, whatever the input.
 *
 * @param input - anything.
 * @returns the parsed contact, or the `ValidationError` that `parseContact` would throw.
 * @example
 * ```ts
 * import { safeParseContact } from "council-contact/schema";
 * const result = safeParseContact({ id: "c-1", at: "2024-03-01T09:00:00", channel: "email", handleSeconds: -5 });
 * result.success ? [] : result.error.issues.map((issue) => issue.code) //=> ["invalid_format", "too_small"]
 * ```
 */
export function safeParseContact(input: unknown): SafeParseResult<Contact> {
  return runSchema(contactSchema, input, "Contact");
}

/**
 * Writes a contact in its boundary form: the same fields, with `at` as an ISO 8601 instant in UTC
 * (`YYYY-MM-DDTHH:MM:SS.sssZ`). `parseContact(serializeContact(contact))` deep-equals `contact`.
 *
 * @param contact - the contact.
 * @returns a new object ready for `JSON.stringify`.
 * @throws {ValidationError} if `contact` is not an object.
 * @throws {RangeError} if `contact.at` is not integer epoch milliseconds within years 0000–9999.
 * @example
 * ```ts
 * import { parseContact, serializeContact } from "council-contact/schema";
 * serializeContact(parseContact({ id: "c-1", at: 1719824400000, channel: "letter", direction: "outbound" })) //=> { id: "c-1", at: "2024-07-01T09:00:00.000Z", channel: "letter", direction: "outbound" }
 * ```
 */
export function serializeContact(contact: Contact): SerializedContact {
  if (typeof contact !== "object" || contact === null || Array.isArray(contact)) {
    const message = messages.type("contact", "object", contact);
    throw new ValidationError([{ code: "invalid_type", path: [], message, input: contact }], "Contact");
  }
  return { ...contact, at: formatInstant(contact.at) };
}
