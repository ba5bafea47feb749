import { messages, type SafeParseResult, ValidationError, type ValidationIssue } from "../core/index.js";
import type { Contact } from "./Contact.js";
import { safeParseContact } from "./parseContact.js";
import { unwrap } from "./runSchema.js";

/**
 * Checks an array of boundary contacts and returns them all as {@link Contact}s, in order. If any row is bad,
 * nothing is returned: one `ValidationError` lists every issue of every bad row, each path starting with the
 * row's index (`[3, "channel"]`). No row is ever dropped silently.
 *
 * @param rows - an array of anything, typically parsed JSON.
 * @returns the contacts, one per row.
 * @throws {ValidationError} with every issue of every bad row, or one `invalid_type` issue if `rows` is not an array.
 * @example
 * ```ts
 * import { parseContacts } from "council-contact/schema";
 * parseContacts([{ id: "a", at: 0, channel: "sms" }]).length //=> 1
 * parseContacts([{ id: "a", at: 0, channel: "sms" }, { id: "b", at: 0, channel: "fax" }]) //=> throws ValidationError
 * ```
 */
export function parseContacts(rows: unknown): Contact[] {
  return unwrap(safeParseContacts(rows));
}

/**
 * Like {@link parseContacts}, but returns `{ success, data | error }` instead of throwing.
 *
 * @param rows - an array of anything.
 * @returns all the contacts, or a `ValidationError` listing every issue of every bad row.
 * @example
 * ```ts
 * import { safeParseContacts } from "council-contact/schema";
 * const result = safeParseContacts([{ id: "a", at: 0, channel: "sms" }, { id: "b", at: 0, channel: "fax" }]);
 * result.success ? [] : result.error.issues.map((issue) => issue.path) //=> [[1, "channel"]]
 * ```
 */
export function safeParseContacts(rows: unknown): SafeParseResult<Contact[]> {
  if (!Array.isArray(rows)) {
    const issue: ValidationIssue = {
      code: "invalid_type",
      path: [],
      message: messages.type("contacts", "array", rows),
      input: rows,
    };
    return { success: false, error: new ValidationError([issue], "Contacts") };
  }
  const contacts: Contact[] = [];
  const issues: ValidationIssue[] = [];
  for (let index = 0; index < rows.length; index++) {
    const result = safeParseContact(rows[index]);
    if (result.success) contacts.push(result.data);
    else for (const issue of result.error.issues) issues.push({ ...issue, path: [index, ...issue.path] });
  }
  if (issues.length > 0) return { success: false, error: new ValidationError(issues, "Contacts") };
  return { success: true, data: contacts };
}
