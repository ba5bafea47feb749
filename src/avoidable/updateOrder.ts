import type { ContactColumns } from "../contact/index.js";
import { ENQUIRY_OUTCOMES } from "../taxonomy/index.js";
import { ordered } from "./contactOrder.js";
import type { EnquiryUpdateColumns, Shared } from "./enquiryUpdateColumns.js";

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The name of a shared column's code: a value of the contact dictionary, or of the updates' extra values ("" for none). */
export function sharedName(columns: ContactColumns, updates: EnquiryUpdateColumns, name: Shared, code: number): string {
  const { values } = columns[name];
  return code < 0 ? "" : code < values.length ? values[code]! : updates.extra[name][code - values.length]!;
}

/** The rows of update columns in the library's order of updates (as `compareEnquiryUpdates`), or undefined if they are in it already. */
export function updateOrder(updates: EnquiryUpdateColumns, columns: ContactColumns): Uint32Array | undefined {
  const name = (column: Shared, i: number): string => sharedName(columns, updates, column, updates[column][i]!);
  const outcome = (i: number): string => ENQUIRY_OUTCOMES[updates.outcome[i]! - 1] ?? "";
  const compare = (i: number, j: number): number =>
    updates.at[i]! - updates.at[j]! ||
    cmp(name("enquiry", i), name("enquiry", j)) ||
    updates.type[i]! - updates.type[j]! ||
    cmp(outcome(i), outcome(j)) ||
    cmp(name("customer", i), name("customer", j)) ||
    cmp(name("service", i), name("service", j)) ||
    cmp(name("place", i), name("place", j)) ||
    i - j;
  return ordered(updates.length, compare);
}
