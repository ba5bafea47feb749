import { type ContactColumns, checkContactColumns, type EnquiryUpdate } from "../contact/index.js";
import { messages, rangeError, ValidationError } from "../core/index.js";
import { type AvoidableClassifierOptions, resolveClassifierOptions } from "./AvoidableClassifierOptions.js";
import type { CompactDecisions } from "./CompactClassification.js";
import { contactOrder } from "./contactOrder.js";
import { classifyRows } from "./engine/index.js";
import { type EnquiryUpdateColumns, enquiryUpdateColumns } from "./enquiryUpdateColumns.js";
import { updateColumnsIssues } from "./updateColumnsIssues.js";
import { updateOrder } from "./updateOrder.js";

/**
 * Options for {@link classifyColumns}: the classifier's options (but `locationOf`: the place is the columns' `place`
 * column), and the enquiry updates.
 *
 * @example
 * ```ts
 * import type { ClassifyColumnsOptions } from "council-contact/avoidable";
 * const options: ClassifyColumnsOptions = { failureWindowDays: 14, enquiryUpdates: [] };
 * options.failureWindowDays //=> 14
 * ```
 */
export interface ClassifyColumnsOptions extends Omit<AvoidableClassifierOptions, "locationOf"> {
  /** The enquiry updates: in columns (`enquiryUpdateColumns`, the fast way) or as objects, which are encoded first. Default none. */
  readonly enquiryUpdates?: EnquiryUpdateColumns | readonly EnquiryUpdate[];
}

/**
 * The classification of a history in columns: one entry per row of the columns it was made from, in typed arrays.
 * `compactResult(classification, i)` expands row `i` to its `AvoidableResult`, and `ni14` takes it whole.
 *
 * @example
 * ```ts
 * import { AVOIDABLE_RULE_IDS, classifyColumns, type ColumnClassification } from "council-contact/avoidable";
 * import { contactColumns } from "council-contact/contact";
 * import { parseContacts } from "council-contact/schema";
 * const classification: ColumnClassification = classifyColumns(contactColumns(parseContacts([{ id: "c-1", at: "2024-05-01T09:00:00Z", channel: "telephone", outcome: "transferred" }])));
 * AVOIDABLE_RULE_IDS[classification.rules[0]!] //=> "misdirected-transferred"
 * ```
 */
export interface ColumnClassification extends CompactDecisions {
  /** The columns classified, as given. */
  readonly columns: ContactColumns;
  /**
   * The enquiry each decision rests on: its code in `columns.enquiry.values`, or past its end for an enquiry only
   * updates name (`updateEnquiries[code - columns.enquiry.values.length]`); -1 for none, or for one a referred
   * contact implied.
   */
  readonly enquiries: Int32Array;
  /** The ids of enquiries that only enquiry updates name (the updates' `extra.enquiry`). */
  readonly updateEnquiries: readonly string[];
}

/**
 * Classifies every contact of a history in columns, exactly as `classifyContacts` classifies the same contacts as
 * objects, into typed arrays. The fast path: the rules run on integer state in typed arrays, with each contact's
 * customer, place and enquiry already a dictionary code, so no string is looked up or compared; the state held
 * follows the longest window, not the history. Checks the columns first (`checkContactColumns`); rows may come in
 * any order (in the library's order is fastest).
 *
 * @param columns - the history in columns (`contactColumns`, or `parseContactColumns` for columns from outside).
 * @param options - the rules' windows and lists, the precedence, a text model (reading the `note` column) and the enquiry updates.
 * @returns the classification, row by row.
 * @throws {ValidationError} for columns or update columns that do not check, and two contacts with the same id and time.
 * @throws {RangeError} for an option out of range, naming it and the value, for `enquiryUpdates` that are neither
 *   updates nor update columns, and for `locationOf` (build the place column with it instead).
 * @example
 * ```ts
 * import { classifyColumns, compactResult, enquiryUpdateColumns } from "council-contact/avoidable";
 * import { contactColumns } from "council-contact/contact";
 * import { parseContacts } from "council-contact/schema";
 * const columns = contactColumns(parseContacts([
 *   { id: "c-1", at: "2024-05-01T09:00:00Z", channel: "web-form", customerId: "cust-1", serviceId: "missed-bin", enquiryId: "E-1", interaction: "report", outcome: "referred" },
 *   { id: "c-2", at: "2024-05-20T10:00:00Z", channel: "telephone", customerId: "cust-1", serviceId: "missed-bin", interaction: "report" },
 * ]));
 * const enquiryUpdates = enquiryUpdateColumns([{ enquiryId: "E-1", at: Date.parse("2024-05-06T15:00:00Z"), type: "closed", outcome: "fixed" }], columns);
 * const classification = classifyColumns(columns, { enquiryUpdates });
 * Array.from(classification.reasons) //=> [0, 3]
 * compactResult(classification, 1).explanation //=> "Failure to deliver: the customer's enquiry E-1 about missed-bin was closed as fixed 14 days before."
 * classifyColumns(columns, { locationOf: () => "x" } as never) //=> throws RangeError
 * ```
 */
export function classifyColumns(columns: ContactColumns, options: ClassifyColumnsOptions = {}): ColumnClassification {
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  if ((options as AvoidableClassifierOptions).locationOf !== undefined)
    throw new RangeError(
      "locationOf does not apply to columns: build their place column with contactColumns(contacts, { locationOf })",
    );
  const resolved = resolveClassifierOptions(options);
  checkContactColumns(columns);
  const given = options.enquiryUpdates ?? [];
  if (typeof given !== "object")
    throw rangeError("enquiryUpdates", "an array of updates or enquiryUpdateColumns", given);
  const updates = Array.isArray(given)
    ? enquiryUpdateColumns(given as readonly EnquiryUpdate[], columns)
    : (given as EnquiryUpdateColumns);
  const issues = updateColumnsIssues(updates, columns);
  if (issues.length > 0) throw new ValidationError(issues, "Enquiry update columns");
  const { customer, place, enquiry, service, note } = columns;
  const rows = {
    ...columns,
    customer: customer.codes,
    place: place.codes,
    enquiry: enquiry.codes,
    service: service.codes,
  };
  const names = {
    customers: customer.values.length + updates.extra.customer.length,
    places: place.values.length + updates.extra.place.length,
    enquiries: enquiry.values.length + updates.extra.enquiry.length,
    services: [...service.values, ...updates.extra.service],
    note: (i: number): string | undefined => note.values[note.codes[i]!],
  };
  const decisions = classifyRows(
    columns.length,
    rows,
    contactOrder(columns),
    updates,
    updateOrder(updates, columns),
    names,
    resolved,
  );
  return { columns, ...decisions, updateEnquiries: updates.extra.enquiry };
}
