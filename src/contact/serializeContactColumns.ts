import { checkContactColumns } from "./checkContactColumns.js";
import type { ContactColumns, DictionaryColumn } from "./contactColumns.js";

/**
 * A dictionary column in JSON: the same codes and values, the codes as a plain array.
 *
 * @example
 * ```ts
 * import type { SerializedDictionaryColumn } from "council-contact/contact";
 * const ward: SerializedDictionaryColumn = { codes: [0, -1, 0], values: ["Abbey"] };
 * ward.values[ward.codes[2]!] //=> "Abbey"
 * ```
 */
export interface SerializedDictionaryColumn {
  /** Each row's position in `values`; -1 for none. */
  readonly codes: readonly number[];
  /** The distinct values, each once. */
  readonly values: readonly string[];
}

/**
 * A contact history in columns as JSON (`serializeContactColumns` writes it, `parseContactColumns` reads it): the
 * columns of {@link ContactColumns} as plain arrays, without `day` (derived from `at` when read), and without
 * `place` when it is the `uprn` column. `version` names this layout.
 *
 * @example
 * ```ts
 * import type { SerializedContactColumns } from "council-contact/contact";
 * const none = { codes: [], values: [] };
 * const empty: SerializedContactColumns = {
 *   version: 1, length: 0, id: [], at: [], channel: [], direction: [], interaction: [], outcome: [], handleSeconds: [], waitSeconds: [], answered: [],
 *   customer: none, enquiry: none, service: none, uprn: none, ward: none, note: none,
 * };
 * empty.version //=> 1
 * ```
 */
export interface SerializedContactColumns {
  /** The layout: 1. */
  readonly version: 1;
  /** How many contacts. */
  readonly length: number;
  /** Each contact's id. */
  readonly id: readonly string[];
  /** When, in epoch milliseconds. */
  readonly at: readonly number[];
  /** Channel codes (positions in `CHANNEL_CODES`). */
  readonly channel: readonly number[];
  /** Direction codes (position in `DIRECTION_CODES` plus one, 0 for none). */
  readonly direction: readonly number[];
  /** Interaction codes (position in `INTERACTION_CODES` plus one, 0 for none). */
  readonly interaction: readonly number[];
  /** Outcome codes (position in `CONTACT_OUTCOME_CODES` plus one, 0 for none). */
  readonly outcome: readonly number[];
  /** Staff time in whole seconds, -1 for none. */
  readonly handleSeconds: readonly number[];
  /** Waiting time in whole seconds, -1 for none. */
  readonly waitSeconds: readonly number[];
  /** Answered: 2 yes, 1 no, 0 not recorded. */
  readonly answered: readonly number[];
  /** Customers. */
  readonly customer: SerializedDictionaryColumn;
  /** Enquiries. */
  readonly enquiry: SerializedDictionaryColumn;
  /** Services. */
  readonly service: SerializedDictionaryColumn;
  /** UPRNs. */
  readonly uprn: SerializedDictionaryColumn;
  /** Places, when they are not the UPRNs. */
  readonly place?: SerializedDictionaryColumn;
  /** Wards. */
  readonly ward: SerializedDictionaryColumn;
  /** Notes. */
  readonly note: SerializedDictionaryColumn;
}

const dictionary = (column: DictionaryColumn): SerializedDictionaryColumn => ({
  codes: Array.from(column.codes),
  values: [...column.values],
});

/**
 * Writes a contact history in columns as plain data for `JSON.stringify` (typed arrays do not survive JSON as
 * arrays). `parseContactColumns(JSON.parse(JSON.stringify(serializeContactColumns(columns))))` gives the same
 * columns back.
 *
 * @param columns - the columns.
 * @returns a new object of plain arrays, sharing nothing with `columns`.
 * @example
 * ```ts
 * import { contactColumns, parseContactColumns, serializeContactColumns } from "council-contact/contact";
 * import { parseContacts } from "council-contact/schema";
 * const columns = contactColumns(parseContacts([{ id: "c-1", at: "2024-05-01T09:00:00Z", channel: "sms", uprn: "10070" }]));
 * const json = JSON.stringify(serializeContactColumns(columns));
 * JSON.parse(json).uprn //=> { codes: [0], values: ["10070"] }
 * parseContactColumns(JSON.parse(json)).day[0] === columns.day[0] //=> true
 * ```
 */
export function serializeContactColumns(columns: ContactColumns): SerializedContactColumns {
  checkContactColumns(columns);
  return {
    version: 1,
    length: columns.length,
    id: [...columns.id],
    at: Array.from(columns.at),
    channel: Array.from(columns.channel),
    direction: Array.from(columns.direction),
    interaction: Array.from(columns.interaction),
    outcome: Array.from(columns.outcome),
    handleSeconds: Array.from(columns.handleSeconds),
    waitSeconds: Array.from(columns.waitSeconds),
    answered: Array.from(columns.answered),
    customer: dictionary(columns.customer),
    enquiry: dictionary(columns.enquiry),
    service: dictionary(columns.service),
    uprn: dictionary(columns.uprn),
    ...(columns.place === columns.uprn ? {} : { place: dictionary(columns.place) }),
    ward: dictionary(columns.ward),
    note: dictionary(columns.note),
  };
}
