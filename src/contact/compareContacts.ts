import { messages } from "../core/index.js";
import { ValidationError } from "../schema/index.js";

/**
 * What the library's order of contacts reads: a time in epoch milliseconds and an id. Every `Contact` has both.
 *
 * @example
 * ```ts
 * import type { OrderedRecord } from "council-contact/contact";
 * const item: OrderedRecord = { id: "c-1", at: 1714554000000 };
 * item.at //=> 1714554000000
 * ```
 */
export interface OrderedRecord {
  /** When it happened, in epoch milliseconds. */
  readonly at: number;
  /** Its id, unique among the items ordered. */
  readonly id: string;
}

/**
 * The library's total order of contacts: by time (`at`), then by id (compared code unit by code unit, as `<` does).
 * Every history function sorts by it, so a result never depends on the order the input arrived in, even when two
 * contacts share a millisecond. Two contacts with the same time and id are the same contact.
 *
 * @param a - a contact.
 * @param b - another contact.
 * @returns a negative number if `a` comes first, positive if `b` does, 0 if they have the same time and id.
 * @example
 * ```ts
 * import { compareContacts } from "council-contact/contact";
 * import { parseContact } from "council-contact/schema";
 * const early = parseContact({ id: "c-9", at: "2024-05-01T09:00:00Z", channel: "telephone" });
 * const late = parseContact({ id: "c-1", at: "2024-05-01T09:05:00Z", channel: "email" });
 * const tie = parseContact({ id: "c-10", at: "2024-05-01T09:00:00Z", channel: "email" });
 * compareContacts(early, late) < 0 //=> true
 * compareContacts(tie, early) < 0 //=> true
 * ```
 */
export function compareContacts(a: OrderedRecord, b: OrderedRecord): number {
  if (!ordered(a) || !ordered(b)) throw notOrdered(ordered(a) ? b : a);
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Whether a value can be put in contact order: an object with a non-NaN number `at` and a string `id`. */
function ordered(value: unknown): value is OrderedRecord {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as OrderedRecord).at === "number" &&
    !Number.isNaN((value as OrderedRecord).at) &&
    typeof (value as OrderedRecord).id === "string"
  );
}

function notOrdered(value: unknown): ValidationError {
  const message = messages.mustBe("an ordered record", "an object with a number at and a string id", value);
  return new ValidationError([{ code: "invalid_type", path: [], message, input: value }]);
}

/**
 * The error for an item that comes before or with the previous one in a stream that must be in the library's order.
 *
 * @param item - the item refused.
 * @param previous - the item accepted before it.
 * @returns a `ValidationError` with one `invalid_value` issue at `at`.
 * @example
 * ```ts
 * import { outOfOrderError } from "council-contact/contact";
 * outOfOrderError({ id: "c-1", at: 5 }, { id: "c-2", at: 9 }).message //=> "1 issue: at: c-1 comes before or with c-2, given earlier: give items in order of at, then id"
 * ```
 */
export function outOfOrderError(item: OrderedRecord, previous: OrderedRecord): ValidationError {
  if (!ordered(item)) return notOrdered(item);
  if (!ordered(previous)) return notOrdered(previous);
  return new ValidationError([
    {
      code: "invalid_value",
      path: ["at"],
      message: `${item.id} comes before or with ${previous.id}, given earlier: give items in order of at, then id`,
      input: item.at,
    },
  ]);
}
