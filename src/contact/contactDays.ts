import { londonDayNumber, messages } from "../core/index.js";
import { type Contact, ValidationError, type ValidationIssue } from "../schema/index.js";
import { contactDayOrIssue as dayOrIssue } from "./contactDayOrIssue.js";

/** The London day of an instant, or NaN if the calendar does not cover it. */
function safeDay(at: number): number {
  try {
    return londonDayNumber(at);
  } catch {
    return Number.NaN;
  }
}

/**
 * The Europe/London calendar day of each contact, as an epoch-day number (`londonDayNumber`), after checking that
 * every contact has an id and a time the calendar supports. What every window of days in a history is counted in.
 *
 * @param contacts - contacts.
 * @returns the day numbers, in input order.
 * @throws {ValidationError} listing every contact without a non-empty id, or whose `at` is not a finite number in
 *   2000–2100, with paths such as `3.at`; every entry that is not a contact at all (a hole, `null`); or one issue if
 *   `contacts` is not an array.
 * @example
 * ```ts
 * import { contactDays } from "council-contact/contact";
 * import { dateOfDayNumber } from "council-contact/calendar";
 * const days = contactDays([{ id: "c-1", at: Date.UTC(2024, 5, 16, 23, 30), channel: "telephone" } as never]);
 * dateOfDayNumber(days[0]!) //=> "2024-06-17"
 * contactDays([{ id: "c-1", at: Number.NaN, channel: "telephone" } as never]) //=> throws ValidationError
 * ```
 */
export function contactDays(contacts: readonly Contact[]): Float64Array {
  if (!Array.isArray(contacts)) {
    const message = messages.type("contacts", "array", contacts);
    throw new ValidationError([{ code: "invalid_type", path: [], message, input: contacts }], "Contacts");
  }
  const days = new Float64Array(contacts.length);
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < contacts.length; i++) {
    const contact = contacts[i];
    // The common case in one line: a non-empty id and a time the calendar takes; anything else is checked in full.
    const day =
      typeof contact === "object" &&
      contact !== null &&
      typeof contact.id === "string" &&
      contact.id !== "" &&
      typeof contact.at === "number"
        ? safeDay(contact.at)
        : Number.NaN;
    days[i] = !Number.isNaN(day) ? day : dayOrIssue(contacts[i]!, [i], issues);
  }
  if (issues.length > 0) throw new ValidationError(issues, "Contacts");
  return days;
}

/**
 * The Europe/London calendar day of one contact, checked as {@link contactDays} checks each.
 *
 * @param contact - a contact.
 * @returns its London day's epoch-day number.
 * @throws {ValidationError} if it has no id or its `at` is not a finite number in 2000–2100.
 * @example
 * ```ts
 * import { contactDay } from "council-contact/contact";
 * contactDay({ id: "c-1", at: Date.UTC(2024, 0, 1, 12), channel: "email" } as never) //=> 19723
 * ```
 */
export function contactDay(contact: Contact): number {
  const issues: ValidationIssue[] = [];
  const day = dayOrIssue(contact, [], issues);
  if (issues.length > 0) throw new ValidationError(issues, "Contact");
  return day;
}
