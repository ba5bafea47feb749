import { type ContactColumns, compareContacts } from "../contact/index.js";
import { ValidationError, type ValidationIssue } from "../core/index.js";
import type { Contact } from "../schema/index.js";

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `indices` sorted by `compare`, or undefined if they are in order already (each strictly after the one before). */
export function ordered(n: number, compare: (i: number, j: number) => number): Uint32Array | undefined {
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = compare(i - 1, i) < 0;
  return sorted ? undefined : Uint32Array.from({ length: n }, (_, i) => i).sort(compare);
}

/**
 * The rows of contact columns in the library's order (by `at`, then id), or undefined if they are in it already.
 *
 * @throws {ValidationError} if two rows have the same time and id.
 */
export function contactOrder(columns: ContactColumns): Uint32Array | undefined {
  const { at, id } = columns;
  const compare = (i: number, j: number): number => at[i]! - at[j]! || cmp(id[i]!, id[j]!);
  const order = ordered(columns.length, compare);
  if (order === undefined) return undefined;
  const issues: ValidationIssue[] = [];
  for (let k = 1; k < order.length; k++) {
    const [i, j] = [order[k - 1]!, order[k]!];
    if (compare(i, j) === 0)
      issues.push({
        code: "duplicate",
        path: ["id", j],
        message: `contact ${id[j]} appears twice at the same time (rows ${i} and ${j})`,
        input: id[j],
      });
  }
  if (issues.length > 0) throw new ValidationError(issues, "Contact columns");
  return order;
}

/** The positions of the contacts in the library's order; two contacts with the same time and id are refused. */
export function objectOrder(contacts: readonly Contact[]): Uint32Array {
  const order = Uint32Array.from(contacts, (_, i) => i).sort((i, j) => compareContacts(contacts[i]!, contacts[j]!));
  const issues: ValidationIssue[] = [];
  for (let k = 1; k < order.length; k++) {
    const b = contacts[order[k]!]!;
    if (compareContacts(contacts[order[k - 1]!]!, b) === 0) {
      issues.push({
        code: "duplicate",
        path: [order[k]!, "id"],
        message: `contact ${b.id} appears twice at the same time (positions ${order[k - 1]} and ${order[k]})`,
        input: b.id,
      });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues, "Contacts");
  return order;
}
