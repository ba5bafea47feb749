import { rangeError } from "../core/index.js";
import type { Contact } from "../schema/index.js";
import { CHANNEL_CODES, CONTACT_OUTCOME_CODES, DIRECTION_CODES, INTERACTION_CODES } from "../taxonomy/index.js";
import { checkContactColumns } from "./checkContactColumns.js";
import type { ContactColumns, DictionaryColumn } from "./contactColumns.js";

const text = (column: DictionaryColumn, i: number): string | undefined => column.values[column.codes[i]!];

/**
 * One contact of a history in columns, as an object: what `contactColumns` was given at that row.
 *
 * @param columns - the columns.
 * @param i - the row, in 0 to `columns.length - 1`.
 * @returns the contact, with only the fields it has.
 * @throws {RangeError} if `i` is not a row of the columns.
 * @example
 * ```ts
 * import { columnContact, contactColumns } from "council-contact/contact";
 * import { parseContacts } from "council-contact/schema";
 * const columns = contactColumns(parseContacts([
 *   { id: "c-1", at: "2024-05-01T09:00:00Z", channel: "telephone" },
 *   { id: "c-2", at: "2024-05-01T09:30:00Z", channel: "letter", direction: "outbound", serviceId: "council-tax" },
 * ]));
 * columnContact(columns, 1) //=> { id: "c-2", at: 1714555800000, channel: "letter", direction: "outbound", serviceId: "council-tax" }
 * columnContact(columns, 2) //=> throws RangeError
 * ```
 */
export function columnContact(columns: ContactColumns, i: number): Contact {
  // A cheap look at the shape (this is called once per row); anything odd gets the full check and its error.
  if (!looksLikeColumns(columns)) checkContactColumns(columns);
  if (!Number.isSafeInteger(i) || i < 0 || i >= columns.length)
    throw rangeError("i", `a row in 0–${columns.length - 1}`, i);
  return rowContact(columns, i);
}

const NUMERIC = ["at", "channel", "direction", "interaction", "outcome", "handleSeconds", "waitSeconds", "answered"];
const DICTIONARIES = ["customer", "enquiry", "service", "uprn", "ward", "note"];

/** Whether every column `columnContact` reads is there, of its kind. */
function looksLikeColumns(columns: unknown): columns is ContactColumns {
  if (typeof columns !== "object" || columns === null) return false;
  const c = columns as Readonly<Record<string, unknown>>;
  if (!Number.isSafeInteger(c.length) || !Array.isArray(c.id)) return false;
  if (!NUMERIC.every((name) => ArrayBuffer.isView(c[name]))) return false;
  return DICTIONARIES.every((name) => {
    const column = c[name] as Partial<DictionaryColumn> | null | undefined;
    return (
      typeof column === "object" && column !== null && ArrayBuffer.isView(column.codes) && Array.isArray(column.values)
    );
  });
}

/** Row `i` of columns already checked. */
function rowContact(columns: ContactColumns, i: number): Contact {
  const contact: Record<string, unknown> = {
    id: columns.id[i],
    at: columns.at[i],
    channel: CHANNEL_CODES[columns.channel[i]!],
  };
  if (columns.direction[i] !== 0) contact.direction = DIRECTION_CODES[columns.direction[i]! - 1];
  const fields = [
    ["customerId", text(columns.customer, i)],
    ["enquiryId", text(columns.enquiry, i)],
    ["serviceId", text(columns.service, i)],
    ["interaction", INTERACTION_CODES[columns.interaction[i]! - 1]],
    ["outcome", CONTACT_OUTCOME_CODES[columns.outcome[i]! - 1]],
    ["handleSeconds", columns.handleSeconds[i]! < 0 ? undefined : columns.handleSeconds[i]],
    ["waitSeconds", columns.waitSeconds[i]! < 0 ? undefined : columns.waitSeconds[i]],
    ["answered", columns.answered[i] === 0 ? undefined : columns.answered[i] === 2],
    ["uprn", text(columns.uprn, i)],
    ["ward", text(columns.ward, i)],
    ["note", text(columns.note, i)],
  ] as const;
  for (const [field, value] of fields) if (value !== undefined) contact[field] = value;
  return contact as unknown as Contact;
}

/**
 * The contacts of a history in columns, as objects: the inverse of `contactColumns`, so that
 * `contactsFromColumns(contactColumns(contacts))` equals `contacts` (the place column, derived, is not a field of a
 * contact). For a handful of rows, read the columns directly instead.
 *
 * @param columns - the columns (from `contactColumns`, or checked with `checkContactColumns`).
 * @returns one contact per row, in row order, each with only the fields it has.
 * @example
 * ```ts
 * import { contactColumns, contactsFromColumns } from "council-contact/contact";
 * import { parseContacts } from "council-contact/schema";
 * const contacts = parseContacts([{ id: "c-1", at: "2024-05-01T09:00:00Z", channel: "telephone", answered: false, waitSeconds: 95 }]);
 * contactsFromColumns(contactColumns(contacts)) //=> [{ id: "c-1", at: 1714554000000, channel: "telephone", waitSeconds: 95, answered: false }]
 * ```
 */
export function contactsFromColumns(columns: ContactColumns): Contact[] {
  checkContactColumns(columns);
  return Array.from({ length: columns.length }, (_, i) => rowContact(columns, i));
}
