import { type ContactColumns, compareEnquiryUpdates, type EnquiryUpdate, enquiryUpdateDay } from "../contact/index.js";
import { type IssuePath, rangeError, ValidationError, type ValidationIssue } from "../core/index.js";
import { ENQUIRY_OUTCOME_CODE } from "./engine/taxonomyCode.js";

/** The columns whose codes an update shares with the contacts': an update's `uprn` is its place. */
export const SHARED = ["enquiry", "customer", "service", "place"] as const;
/** One of {@link SHARED}. */
export type Shared = (typeof SHARED)[number];

/**
 * Enquiry updates in columns, for `classifyColumns`, encoded against a contact history in columns: an update's
 * enquiry, customer, service and place (its `uprn`) are codes in the contact columns' dictionaries, so that the
 * classifier joins them without looking a string up. A value no contact has is numbered past the end of its
 * dictionary: code = the dictionary's length + its position in `extra`. Rows are in the library's order of updates
 * (by time, then enquiry id, opened before closed). Build them with `enquiryUpdateColumns`.
 *
 * @example
 * ```ts
 * import { enquiryUpdateColumns, type EnquiryUpdateColumns } from "council-contact/avoidable";
 * import { contactColumns } from "council-contact/contact";
 * import { parseContacts } from "council-contact/schema";
 * const columns = contactColumns(parseContacts([{ id: "c-1", at: "2024-05-01T09:00:00Z", channel: "web-form", enquiryId: "E-1" }]));
 * const updates: EnquiryUpdateColumns = enquiryUpdateColumns([{ enquiryId: "E-2", at: Date.parse("2024-05-02T09:00:00Z"), type: "closed", outcome: "fixed" }], columns);
 * [updates.enquiry[0], updates.extra.enquiry] //=> [1, ["E-2"]]
 * ```
 */
export interface EnquiryUpdateColumns {
  /** How many updates. */
  readonly length: number;
  /** When, in epoch milliseconds. */
  readonly at: Float64Array;
  /** The London day of `at`. */
  readonly day: Int32Array;
  /** 0 for opened, 1 for closed. */
  readonly type: Uint8Array;
  /** How it closed: a position in `ENQUIRY_OUTCOMES` plus one; 0 for none. */
  readonly outcome: Uint8Array;
  /** The enquiry: a code in the contact columns' `enquiry` dictionary, or past its end (see `extra`). */
  readonly enquiry: Int32Array;
  /** The customer, as a code in the `customer` dictionary (or past its end); -1 for none. */
  readonly customer: Int32Array;
  /** The service, as a code in the `service` dictionary (or past its end); -1 for none. */
  readonly service: Int32Array;
  /** The place (the update's `uprn`), as a code in the `place` dictionary (or past its end); -1 for none. */
  readonly place: Int32Array;
  /** Per shared column, the values no contact has, in the order of their codes past the dictionary's end. */
  readonly extra: Readonly<Record<"enquiry" | "customer" | "service" | "place", readonly string[]>>;
}

/**
 * Enquiry updates in columns ({@link EnquiryUpdateColumns}), encoded against the contact columns they go with, in
 * the library's order. A `Map` over each of the four dictionaries it joins: the cost of a join, paid once per history.
 *
 * @param updates - the updates, in any order.
 * @param columns - the contact columns (from `contactColumns`) they will be classified with.
 * @returns the updates in columns.
 * @throws {ValidationError} listing every malformed update, with paths such as `3.outcome`.
 * @example
 * ```ts
 * import { enquiryUpdateColumns } from "council-contact/avoidable";
 * import { contactColumns } from "council-contact/contact";
 * import { parseContacts } from "council-contact/schema";
 * const columns = contactColumns(parseContacts([{ id: "c-1", at: "2024-05-01T09:00:00Z", channel: "web-form", customerId: "cust-1", enquiryId: "E-1" }]));
 * const updates = enquiryUpdateColumns([
 *   { enquiryId: "E-1", at: Date.parse("2024-05-03T09:00:00Z"), type: "closed", outcome: "fixed" },
 *   { enquiryId: "E-1", at: Date.parse("2024-05-02T09:00:00Z"), type: "opened", customerId: "cust-1" },
 * ], columns);
 * Array.from(updates.type) //=> [0, 1]
 * Array.from(updates.customer) //=> [0, -1]
 * enquiryUpdateColumns([{ enquiryId: "E-1", at: 0, type: "closed" } as never], columns) //=> throws ValidationError
 * ```
 */
export function enquiryUpdateColumns(updates: readonly EnquiryUpdate[], columns: ContactColumns): EnquiryUpdateColumns {
  const extra: Record<Shared, string[]> = { enquiry: [], customer: [], service: [], place: [] };
  const encode = Object.fromEntries(
    SHARED.map((name) => {
      const { values } = columns[name];
      const codes = new Map(values.map((value, i) => [value, i]));
      const code = (value: string): number => {
        let found = codes.get(value);
        if (found === undefined) codes.set(value, (found = values.length + extra[name].push(value) - 1));
        return found;
      };
      return [name, code];
    }),
  ) as UpdateEncoding;
  return { ...encodeUpdates(updates, encode, []), extra };
}

/** How to code an update's enquiry, customer, service and place (never called for none). */
export type UpdateEncoding = Readonly<Record<Shared, (value: string) => number>>;

/**
 * Checks enquiry updates, puts them in the library's order, and writes them in columns with their enquiry,
 * customer, service and place coded by `encode` (-1 for none; an empty `uprn` is no place). What
 * `enquiryUpdateColumns` and the object path's interning share.
 *
 * @throws {RangeError} if `updates` is not an array.
 * @throws {ValidationError} listing every malformed update, its path under `path`.
 */
export function encodeUpdates(
  updates: readonly EnquiryUpdate[],
  encode: UpdateEncoding,
  path: IssuePath,
): Omit<EnquiryUpdateColumns, "extra"> {
  if (!Array.isArray(updates)) throw rangeError("enquiryUpdates", "an array", updates);
  const issues: ValidationIssue[] = [];
  const days = new Float64Array(updates.length);
  for (let i = 0; i < updates.length; i++) days[i] = enquiryUpdateDay(updates[i], [...path, i], issues);
  if (issues.length > 0) throw new ValidationError(issues, "Enquiry updates");
  const order = Array.from(updates.keys()).sort((i, j) => compareEnquiryUpdates(updates[i]!, updates[j]!));
  const sorted = order.map((i) => updates[i]!);
  const code = (name: Shared, value: string | undefined): number =>
    value === undefined || (value === "" && name === "place") ? -1 : encode[name](value);
  return {
    length: sorted.length,
    at: Float64Array.from(sorted, (u) => u.at),
    day: Int32Array.from(order, (i) => days[i]!),
    type: Uint8Array.from(sorted, (u) => (u.type === "closed" ? 1 : 0)),
    outcome: Uint8Array.from(sorted, (u) => ENQUIRY_OUTCOME_CODE.get(u.outcome) ?? 0),
    enquiry: Int32Array.from(sorted, (u) => code("enquiry", u.enquiryId)),
    customer: Int32Array.from(sorted, (u) => code("customer", u.customerId)),
    service: Int32Array.from(sorted, (u) => code("service", u.serviceId)),
    place: Int32Array.from(sorted, (u) => code("place", u.uprn)),
  };
}
