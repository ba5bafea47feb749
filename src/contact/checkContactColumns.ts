import { londonDayNumber, messages, SUPPORTED_YEARS } from "../core/index.js";
import { type IssuePath, ValidationError, type ValidationIssue } from "../schema/index.js";
import { CHANNEL_CODES, CONTACT_OUTCOME_CODES, DIRECTION_CODES, INTERACTION_CODES } from "../taxonomy/index.js";
import { type ContactColumns, DICTIONARY_COLUMNS } from "./contactColumns.js";

type TypedArrayClass = Float64ArrayConstructor | Int32ArrayConstructor | Uint8ArrayConstructor;

/** The typed columns, their class and the largest code each may hold (undefined: checked on its own). */
const TYPED: readonly (readonly [keyof ContactColumns, TypedArrayClass, number | undefined])[] = [
  ["at", Float64Array, undefined],
  ["day", Int32Array, undefined],
  ["channel", Uint8Array, CHANNEL_CODES.length - 1],
  ["direction", Uint8Array, DIRECTION_CODES.length],
  ["interaction", Uint8Array, INTERACTION_CODES.length],
  ["outcome", Uint8Array, CONTACT_OUTCOME_CODES.length],
  ["handleSeconds", Float64Array, undefined],
  ["waitSeconds", Float64Array, undefined],
  ["answered", Uint8Array, 2],
];

/** A class name with its article, as a message reads it: "an Int32Array", "a Uint8Array". */
export const withArticle = (name: string): string => `${/^[AEIO]/.test(name) ? "an" : "a"} ${name}`;

/** What a value that should have been an array is, in words: "nothing", "null", "an Array", "a String". */
const kindOf = (value: unknown): string =>
  value === undefined
    ? "nothing"
    : value === null
      ? "null"
      : withArticle(Object.prototype.toString.call(value).slice(8, -1));

/** The first row whose value is outside [lo, hi] (or not a number), and how many there are: [-1, 0] if none. */
function outside(array: ArrayLike<number>, lo: number, hi: number): [number, number] {
  let first = -1;
  let count = 0;
  for (let i = 0; i < array.length; i++) {
    const value = array[i]!;
    if (value >= lo && value <= hi) continue;
    if (first < 0) first = i;
    count++;
  }
  return [first, count];
}

/** One issue for the bad rows of a column, at the first of them, with how many there are: a million bad rows make one readable issue. */
function rowIssue(
  issues: ValidationIssue[],
  path: IssuePath,
  [first, count]: [number, number],
  message: (i: number) => string,
  input: (i: number) => unknown,
): void {
  if (first >= 0)
    issues.push({
      code: "invalid_value",
      path: [...path, first],
      message: `${message(first)}${count > 1 ? ` (and ${count - 1} more rows)` : ""}`,
      input: input(first),
    });
}

// Each check below is one plain loop over one column, counting the rows that fail it: a million good rows cost a
// millisecond or two a column, and bad ones are reported once per column, at the first.

/** Rows whose id is not a non-empty string, as `outside` counts them. */
function badIds(id: readonly unknown[]): [number, number] {
  let first = -1;
  let count = 0;
  for (let i = 0; i < id.length; i++) {
    const text = id[i];
    if (typeof text === "string" && text !== "") continue;
    if (first < 0) first = i;
    count++;
  }
  return [first, count];
}

/** Rows whose seconds are neither whole seconds ≥ 0 nor -1 (none), as `outside` counts them. */
function badSeconds(seconds: Float64Array): [number, number] {
  let first = -1;
  let count = 0;
  for (let i = 0; i < seconds.length; i++) {
    const value = seconds[i]!;
    if (value === -1 || (value >= 0 && value <= Number.MAX_SAFE_INTEGER && value === Math.floor(value))) continue;
    if (first < 0) first = i;
    count++;
  }
  return [first, count];
}

/** The issues with a columns object's shape and rows (not its dictionaries' values); empty if none. */
export function contactColumnsIssues(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof value !== "object" || value === null)
    return [
      { code: "invalid_type", path: [], message: messages.type("contact columns", "object", value), input: value },
    ];
  const columns = value as ContactColumns;
  const n = columns.length;
  if (!Number.isSafeInteger(n) || n < 0)
    return [
      {
        code: "invalid_value",
        path: ["length"],
        message: messages.mustBe("length", "a whole number ≥ 0", n),
        input: n,
      },
    ];
  const sized = (path: IssuePath, array: unknown, kind: TypedArrayClass | ArrayConstructor): boolean => {
    const isKind = kind === Array ? Array.isArray(array) : array instanceof kind;
    if (isKind && (array as ArrayLike<unknown>).length === n) return true;
    const given = isKind ? `${(array as ArrayLike<unknown>).length} entries` : kindOf(array);
    issues.push({
      code: isKind ? "invalid_value" : "invalid_type",
      path,
      message: `${path.join(".")} must be ${kind === Array ? "an array" : withArticle(kind.name)} of length ${n} (the length), got ${given}`,
      input: isKind ? (array as ArrayLike<unknown>).length : array,
    });
    return false;
  };
  const { id, at, day } = columns;
  if (sized(["id"], id, Array))
    rowIssue(
      issues,
      ["id"],
      badIds(id),
      () => "id must be a non-empty string",
      (i) => id[i],
    );
  for (const [name, kind, max] of TYPED) {
    const array = columns[name] as ArrayLike<number>;
    if (sized([name], array, kind) && max !== undefined)
      rowIssue(
        issues,
        [name],
        outside(array, 0, max),
        (i) => `${name} is ${array[i]}, not a code (at most ${max})`,
        (i) => array[i],
      );
  }
  if (!issues.some((issue) => issue.path[0] === "at" || issue.path[0] === "day")) {
    const message = (i: number): string =>
      Number.isNaN(londonDay(at[i]!))
        ? `at must be an instant in ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}`
        : `day is ${day[i]}, but the London day of at is ${londonDay(at[i]!)}`;
    rowIssue(issues, ["at"], wrongDays(at, day), message, (i) => at[i]);
  }
  for (const name of ["handleSeconds", "waitSeconds"] as const) {
    const seconds = columns[name];
    if (seconds instanceof Float64Array && seconds.length === n)
      rowIssue(
        issues,
        [name],
        badSeconds(seconds),
        () => `${name} must be whole seconds ≥ 0, or -1 for none`,
        (i) => seconds[i],
      );
  }
  for (const name of DICTIONARY_COLUMNS) {
    const column = columns[name];
    if (typeof column !== "object" || column === null || !Array.isArray(column.values)) {
      issues.push({
        code: "invalid_type",
        path: [name],
        message: messages.mustBe(name, "a dictionary column { codes, values }", column),
        input: column,
      });
      continue;
    }
    const size = column.values.length;
    if (sized([name, "codes"], column.codes, Int32Array))
      rowIssue(
        issues,
        [name, "codes"],
        outside(column.codes, -1, size - 1),
        (i) =>
          `${name}.codes has ${column.codes[i]}, not -1 or a position in ${name}.values (${size === 0 ? "which is empty" : `0–${size - 1}`})`,
        (i) => column.codes[i],
      );
  }
  return issues;
}

/** Rows whose `day` is not the London day of their `at`, as `outside` counts them. */
function wrongDays(at: Float64Array, day: Int32Array): [number, number] {
  let first = -1;
  let count = 0;
  for (let i = 0; i < at.length; i++) {
    if (londonDay(at[i]!) === day[i]) continue;
    if (first < 0) first = i;
    count++;
  }
  return [first, count];
}

/** The London day of an instant, or NaN outside the calendar's years. */
function londonDay(at: number): number {
  try {
    return londonDayNumber(at);
  } catch {
    return Number.NaN;
  }
}

/**
 * Checks a contact history in columns made elsewhere (a notebook, an Arrow table, a CSV ingest) before anything
 * reads it: that every column has the right typed array and the same length, that every code is one the taxonomy
 * or the column's dictionary has, that every `at` is an instant in 2000–2100 and `day` its London day. One pass over
 * each column (a few milliseconds per million rows); it does not look inside the dictionaries, which
 * `parseContactColumns` also checks. Every problem is reported once per column, at its first row.
 *
 * @param columns - the columns.
 * @returns the same columns, checked.
 * @throws {ValidationError} listing every problem, with paths such as `customer.codes.7` or `at.0`.
 * @example
 * ```ts
 * import { checkContactColumns, contactColumns } from "council-contact/contact";
 * import { parseContacts } from "council-contact/schema";
 * const columns = contactColumns(parseContacts([{ id: "c-1", at: "2024-05-01T09:00:00Z", channel: "telephone", customerId: "cust-1" }]));
 * checkContactColumns(columns).length //=> 1
 * checkContactColumns({ ...columns, customer: { codes: Int32Array.of(1), values: ["cust-1"] } }) //=> throws ValidationError
 * checkContactColumns({ ...columns, length: 2 }) //=> throws ValidationError
 * ```
 */
export function checkContactColumns<C extends ContactColumns>(columns: C): C {
  const issues = contactColumnsIssues(columns);
  if (issues.length > 0) throw new ValidationError(issues, "Contact columns");
  return columns;
}
