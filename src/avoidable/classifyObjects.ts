import { contactDays, inContactOrder } from "../contact/index.js";
import { rangeError, ValidationError, type ValidationIssue } from "../core/index.js";
import type { Contact } from "../schema/index.js";
import { resolveClassifierOptions } from "./AvoidableClassifierOptions.js";
import type { ClassifyContactsOptions } from "./ClassifyContactsOptions.js";
import type { CompactClassification } from "./CompactClassification.js";
import { objectOrder } from "./contactOrder.js";
import { classifyRows, type Decisions, RULE_CODE } from "./engine/index.js";
import { internContacts } from "./internContacts.js";

/** Every contact must be an object: one issue for each that is not. */
function checkObjects(contacts: readonly Contact[]): void {
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < contacts.length; i++) {
    const c = contacts[i] as unknown;
    if (typeof c !== "object" || c === null)
      issues.push({
        code: "invalid_type",
        path: [i],
        message: rangeError(`contacts[${i}]`, "a contact", c).message,
        input: c,
      });
  }
  if (issues.length > 0) throw new ValidationError(issues, "Contacts");
}

/**
 * The classification of contact objects in the compact form: checks the contacts (each an object, as `contactDays`
 * checks them), interns their ids into keys (`internContacts`), runs the engine, and turns its enquiry keys into
 * cited ids. What `classifyContacts` returns with `form: "compact"`, and reads lazily for its objects.
 */
export function classifyObjects(contacts: readonly Contact[], options: ClassifyContactsOptions): CompactClassification {
  if (!Array.isArray(contacts)) throw rangeError("contacts", "an array of contacts", contacts);
  const resolved = resolveClassifierOptions(options);
  checkObjects(contacts);
  const days = contactDays(contacts);
  const order = inContactOrder(contacts) ? undefined : objectOrder(contacts);
  const { rows, updateRows, names, places, enquiries } = internContacts(
    contacts,
    days,
    options.enquiryUpdates ?? [],
    resolved.locationOf,
  );
  const decisions = classifyRows(contacts.length, rows, order, updateRows, undefined, names, resolved);
  return {
    contacts,
    ...decisions,
    ...cite(decisions, enquiries),
    places: locationPlaces(decisions.rules, rows.place, places),
  };
}

/** The enquiry keys of the decisions as positions in a list of their ids, each listed once, on its first citation. */
function cite(decisions: Decisions, ids: readonly string[]): { enquiries: Int32Array; enquiryIds: string[] } {
  const keys = decisions.enquiries;
  const position = new Int32Array(ids.length).fill(-1);
  const enquiryIds: string[] = [];
  const enquiries = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key >= 0 && position[key] === -1) position[key] = enquiryIds.push(ids[key]!) - 1;
    enquiries[i] = key < 0 ? -1 : position[key]!;
  }
  return { enquiries, enquiryIds };
}

/** The place of each contact a location rule classified, by position. */
function locationPlaces(rules: Uint8Array, place: Int32Array, names: readonly string[]): Map<number, string> {
  const places = new Map<number, string>();
  for (let i = 0; i < rules.length; i++)
    if ((rules[i] === RULE_CODE["repeat-location"] || rules[i] === RULE_CODE["failure-location"]) && place[i]! >= 0)
      places.set(i, names[place[i]!]!);
  return places;
}
