import { messages, rangeError, show } from "../core/index.js";
import { type Contact, type ContactId, ValidationError, type ValidationIssue } from "../schema/index.js";
import { CHANNEL_CODES, CONTACT_OUTCOME_CODES, DIRECTION_CODES, INTERACTION_CODES } from "../taxonomy/index.js";
import { checkOptions } from "./checkRecord.js";
import { contactDays } from "./contactDays.js";
import type { LocationOf } from "./relationKey.js";

/**
 * A column of strings, dictionary-encoded as Arrow, Parquet and DuckDB encode them: each row holds a small integer,
 * its value's position in `values`, and each distinct value is stored once.
 *
 * @example
 * ```ts
 * import type { DictionaryColumn } from "council-contact/contact";
 * const service: DictionaryColumn = { codes: Int32Array.of(0, 1, 0, -1), values: ["missed-bin", "council-tax"] };
 * Array.from(service.codes, (code) => service.values[code] ?? null) //=> ["missed-bin", "council-tax", "missed-bin", null]
 * ```
 */
export interface DictionaryColumn {
  /** Each row's value as its position in `values`; -1 where the row has none. */
  readonly codes: Int32Array;
  /** The distinct values, each once. */
  readonly values: readonly string[];
}

/**
 * A contact history in columns: one typed array per field, one entry per contact, strings dictionary-encoded. The
 * form for large histories: a synthetic year of a 1.3 M-contact council takes about 156 MB as columns against 312 MB
 * as objects, half of it typed arrays the garbage collector never traces; it is what analysts already have (Arrow,
 * Parquet and DuckDB dictionary columns); and the avoidable-contact classifier runs on it 4–5 times faster than
 * on objects (`classifyColumns`). Lossless: every
 * field of a `Contact` has its column, so `contactsFromColumns` gives the contacts back.
 *
 * Codes for the taxonomy's lists: `channel` is a position in `CHANNEL_CODES`; `direction`, `interaction` and
 * `outcome` are a position in `DIRECTION_CODES`, `INTERACTION_CODES` or `CONTACT_OUTCOME_CODES` plus one, with 0
 * for none. Build columns with `contactColumns`, check ones made elsewhere with `checkContactColumns`, write them
 * as JSON with `serializeContactColumns` and read them back with `parseContactColumns`.
 *
 * @example
 * ```ts
 * import { contactColumns, type ContactColumns } from "council-contact/contact";
 * import { parseContacts } from "council-contact/schema";
 * import { CHANNEL_CODES } from "council-contact/taxonomy";
 * const columns: ContactColumns = contactColumns(parseContacts([
 *   { id: "c-1", at: "2024-05-01T09:00:00Z", channel: "telephone", customerId: "cust-1", serviceId: "missed-bin" },
 *   { id: "c-2", at: "2024-05-01T10:00:00Z", channel: "email", customerId: "cust-1" },
 * ]));
 * columns.length //=> 2
 * Array.from(columns.customer.codes) //=> [0, 0]
 * Array.from(columns.service.codes) //=> [0, -1]
 * CHANNEL_CODES[columns.channel[1]!] //=> "email"
 * ```
 */
export interface ContactColumns {
  /** How many contacts: the length of every column. */
  readonly length: number;
  /** Each contact's id, unique. */
  readonly id: readonly ContactId[];
  /** When it happened, in epoch milliseconds. */
  readonly at: Float64Array;
  /** Its Europe/London calendar day, as `londonDayNumber(at)`: what every window of days is counted in. */
  readonly day: Int32Array;
  /** Its channel: a position in `CHANNEL_CODES`. */
  readonly channel: Uint8Array;
  /** Its direction: a position in `DIRECTION_CODES` plus one; 0 for none (inbound). */
  readonly direction: Uint8Array;
  /** Its interaction: a position in `INTERACTION_CODES` plus one; 0 for none. */
  readonly interaction: Uint8Array;
  /** Its outcome: a position in `CONTACT_OUTCOME_CODES` plus one; 0 for none. */
  readonly outcome: Uint8Array;
  /** Who made it. */
  readonly customer: DictionaryColumn;
  /** The enquiry it opened or refers to. */
  readonly enquiry: DictionaryColumn;
  /** The service it was about. */
  readonly service: DictionaryColumn;
  /** The property it was about (its UPRN). */
  readonly uprn: DictionaryColumn;
  /**
   * Its place, as the classifier keys places: the `uprn` column itself, unless the columns were built with a
   * `locationOf` (such as a normalised address).
   */
  readonly place: DictionaryColumn;
  /** Its electoral ward. */
  readonly ward: DictionaryColumn;
  /** Its free-text note. */
  readonly note: DictionaryColumn;
  /** Staff time in whole seconds; -1 for none. */
  readonly handleSeconds: Float64Array;
  /** Waiting time in whole seconds; -1 for none. */
  readonly waitSeconds: Float64Array;
  /** Whether a call was answered: 2 yes, 1 no, 0 not recorded. */
  readonly answered: Uint8Array;
}

/** The dictionary-encoded columns of {@link ContactColumns}, in the order they are checked and written. */
export const DICTIONARY_COLUMNS = ["customer", "enquiry", "service", "uprn", "place", "ward", "note"] as const;

/**
 * Options for {@link contactColumns}.
 *
 * @example
 * ```ts
 * import { normaliseAddress, type ContactColumnsOptions } from "council-contact/contact";
 * const addresses = new Map([["c-1", "14 Station Rd, Leeds"]]);
 * const options: ContactColumnsOptions = { locationOf: (contact) => normaliseAddress(addresses.get(contact.id) ?? "") };
 * typeof options.locationOf //=> "function"
 * ```
 */
export interface ContactColumnsOptions {
  /** The place of a contact, for the `place` column (an empty string is none). Default: its UPRN, and `place` is the `uprn` column itself. */
  readonly locationOf?: LocationOf;
}

/** A string column being dictionary-encoded: a `Map` from each value to its code (-1 for none, -2 for a value that is not a string). */
function encoder(): {
  readonly code: (value: unknown) => number;
  readonly column: (codes: Int32Array) => DictionaryColumn;
} {
  const map = new Map<string, number>();
  const values: string[] = [];
  return {
    code(value: unknown): number {
      if (typeof value !== "string") return value === undefined ? -1 : -2;
      let code = map.get(value);
      if (code === undefined) map.set(value, (code = values.push(value) - 1));
      return code;
    },
    column: (codes) => ({ codes, values }),
  };
}

const positions = (codes: readonly string[]): ReadonlyMap<unknown, number> =>
  new Map(codes.map((code, i) => [code, i]));
const CHANNEL = positions(CHANNEL_CODES);
const DIRECTION = positions(DIRECTION_CODES);
const INTERACTION = positions(INTERACTION_CODES);
const OUTCOME = positions(CONTACT_OUTCOME_CODES);
const TEXT_FIELDS = ["customerId", "enquiryId", "serviceId", "uprn", "ward", "note"] as const;

/** Whole seconds ≥ 0, or none. */
const seconds = (value: number | undefined): boolean =>
  value === undefined || (Number.isSafeInteger(value) && value >= 0);

/** Pushes an issue for each field of a contact that has no column code: an unknown code, or a value of the wrong type. */
/** Throws the ValidationError of a list that is not an array, or holds entries that are not contacts at all. */
function checkEntries(contacts: unknown): void {
  if (!Array.isArray(contacts)) {
    const message = messages.type("contacts", "array", contacts);
    throw new ValidationError([{ code: "invalid_type", path: [], message, input: contacts }], "Contacts");
  }
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < contacts.length; i++) {
    const c: unknown = contacts[i];
    if (typeof c !== "object" || c === null || Array.isArray(c)) {
      issues.push({ code: "invalid_type", path: [i], message: messages.type("contact", "object", c), input: c });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues, "Contacts");
}

function checkFields(c: Contact, i: number, issues: ValidationIssue[]): void {
  const codes = [
    ["channel", CHANNEL, CHANNEL_CODES],
    ["direction", DIRECTION, DIRECTION_CODES],
    ["interaction", INTERACTION, INTERACTION_CODES],
    ["outcome", OUTCOME, CONTACT_OUTCOME_CODES],
  ] as const;
  for (const [field, map, list] of codes) {
    const value = c[field];
    if ((value !== undefined || field === "channel") && !map.has(value))
      issues.push({
        code: "invalid_value",
        path: [i, field],
        message: messages.oneOf(field, list, value),
        input: value,
      });
  }
  for (const field of TEXT_FIELDS)
    if (c[field] !== undefined && typeof c[field] !== "string")
      issues.push({
        code: "invalid_type",
        path: [i, field],
        message: messages.type(field, "string", c[field]),
        input: c[field],
      });
  for (const field of ["handleSeconds", "waitSeconds"] as const) {
    const value = c[field];
    if (!seconds(value))
      issues.push({
        code: "invalid_value",
        path: [i, field],
        message: messages.mustBe(field, "whole seconds ≥ 0", value),
        input: value,
      });
  }
  if (c.answered !== undefined && typeof c.answered !== "boolean")
    issues.push({
      code: "invalid_type",
      path: [i, "answered"],
      message: messages.type("answered", "boolean", c.answered),
      input: c.answered,
    });
}

/**
 * A contact history in columns ({@link ContactColumns}): each field a typed array, strings dictionary-encoded,
 * rows in the order given. One pass, with one `Map` lookup per contact for each string field: the cost of leaving
 * objects behind, paid once (docs/schema.md gives a measured time); everything that reads the columns afterwards is
 * fast. Pure: the contacts are left as they were.
 *
 * @param contacts - the history, in any order.
 * @param options - how to find a contact's place, if not by its UPRN.
 * @returns the columns, one row per contact in input order.
 * @throws {ValidationError} listing every contact without a non-empty id, with an `at` outside 2000–2100, or with a
 *   field no column can hold (an unknown channel, negative seconds), with paths such as `3.channel`; every entry that
 *   is not a contact at all (a hole in a sparse array, `null`), with paths such as `1`; or one issue if `contacts` is
 *   not an array.
 * @throws {RangeError} if `options` is not an object, `locationOf` is not a function, or it gives a contact a place
 *   that is neither a string nor undefined.
 * @example
 * ```ts
 * import { contactColumns, contactsFromColumns } from "council-contact/contact";
 * import { parseContacts } from "council-contact/schema";
 * const contacts = parseContacts([
 *   { id: "c-1", at: "2024-05-01T09:00:00Z", channel: "web-form", customerId: "cust-1", serviceId: "missed-bin", uprn: "10070" },
 *   { id: "c-2", at: "2024-05-03T10:00:00Z", channel: "telephone", customerId: "cust-1", serviceId: "missed-bin", interaction: "chase" },
 * ]);
 * const columns = contactColumns(contacts);
 * columns.uprn.values //=> ["10070"]
 * Array.from(columns.interaction) //=> [0, 3]
 * columns.place === columns.uprn //=> true
 * contactsFromColumns(columns) //=> contacts
 * contactColumns([{ id: "", at: 0, channel: "fax" } as never]) //=> throws ValidationError
 * ```
 */
export function contactColumns(contacts: readonly Contact[], options: ContactColumnsOptions = {}): ContactColumns {
  checkOptions(options);
  const { locationOf } = options;
  checkEntries(contacts);
  if (locationOf !== undefined && typeof locationOf !== "function")
    throw rangeError("locationOf", "a function", locationOf);
  const n = contacts.length;
  let day: Int32Array;
  const issues: ValidationIssue[] = [];
  try {
    day = Int32Array.from(contactDays(contacts));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
    day = new Int32Array(n);
  }
  const text = {
    customer: encoder(),
    enquiry: encoder(),
    service: encoder(),
    uprn: encoder(),
    place: encoder(),
    ward: encoder(),
    note: encoder(),
  };
  const codes = {
    customer: new Int32Array(n),
    enquiry: new Int32Array(n),
    service: new Int32Array(n),
    uprn: new Int32Array(n),
    place: new Int32Array(n),
    ward: new Int32Array(n),
    note: new Int32Array(n),
  };
  const columns = {
    length: n,
    id: contacts.map((c) => c.id),
    at: Float64Array.from(contacts, (c) => (typeof c.at === "number" ? c.at : Number.NaN)),
    day,
    channel: new Uint8Array(n),
    direction: new Uint8Array(n),
    interaction: new Uint8Array(n),
    outcome: new Uint8Array(n),
    handleSeconds: new Float64Array(n),
    waitSeconds: new Float64Array(n),
    answered: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const c = contacts[i]!;
    const channel = CHANNEL.get(c.channel);
    const direction = c.direction === undefined ? -1 : DIRECTION.get(c.direction);
    const interaction = c.interaction === undefined ? -1 : INTERACTION.get(c.interaction);
    const outcome = c.outcome === undefined ? -1 : OUTCOME.get(c.outcome);
    let bad = channel === undefined || direction === undefined || interaction === undefined || outcome === undefined;
    bad ||=
      !seconds(c.handleSeconds) ||
      !seconds(c.waitSeconds) ||
      (c.answered !== undefined && typeof c.answered !== "boolean");
    columns.channel[i] = channel ?? 0;
    columns.direction[i] = (direction ?? -1) + 1;
    columns.interaction[i] = (interaction ?? -1) + 1;
    columns.outcome[i] = (outcome ?? -1) + 1;
    codes.customer[i] = text.customer.code(c.customerId);
    codes.enquiry[i] = text.enquiry.code(c.enquiryId);
    codes.service[i] = text.service.code(c.serviceId);
    codes.uprn[i] = text.uprn.code(c.uprn);
    if (locationOf !== undefined) {
      const place = locationOf(c);
      if (place !== undefined && typeof place !== "string")
        throw new RangeError(
          `${messages.mustBe("locationOf", "a function returning a string or undefined", place)} for contact ${show(c.id)}`,
        );
      codes.place[i] = place === "" ? -1 : text.place.code(place);
    }
    codes.ward[i] = text.ward.code(c.ward);
    codes.note[i] = text.note.code(c.note);
    columns.handleSeconds[i] = c.handleSeconds ?? -1;
    columns.waitSeconds[i] = c.waitSeconds ?? -1;
    columns.answered[i] = c.answered === undefined ? 0 : c.answered ? 2 : 1;
    if (
      bad ||
      codes.customer[i]! < -1 ||
      codes.enquiry[i]! < -1 ||
      codes.service[i]! < -1 ||
      codes.uprn[i]! < -1 ||
      codes.ward[i]! < -1 ||
      codes.note[i]! < -1
    )
      checkFields(c, i, issues);
  }
  if (issues.length > 0)
    throw new ValidationError(
      issues.sort((a, b) => (a.path[0] as number) - (b.path[0] as number)),
      "Contacts",
    );
  const uprn = text.uprn.column(codes.uprn);
  return {
    ...columns,
    customer: text.customer.column(codes.customer),
    enquiry: text.enquiry.column(codes.enquiry),
    service: text.service.column(codes.service),
    uprn,
    place: locationOf === undefined ? uprn : text.place.column(codes.place),
    ward: text.ward.column(codes.ward),
    note: text.note.column(codes.note),
  };
}
