import { londonDayNumber, messages, show } from "../core/index.js";
import { type SafeParseResult, ValidationError, type ValidationIssue } from "../schema/index.js";
import { contactColumnsIssues, withArticle } from "./checkContactColumns.js";
import { type ContactColumns, DICTIONARY_COLUMNS, type DictionaryColumn } from "./contactColumns.js";

type Kind = Float64ArrayConstructor | Int32ArrayConstructor | Uint8ArrayConstructor;

const NUMERIC: readonly (readonly [string, Kind])[] = [
  ["at", Float64Array],
  ["channel", Uint8Array],
  ["direction", Uint8Array],
  ["interaction", Uint8Array],
  ["outcome", Uint8Array],
  ["handleSeconds", Float64Array],
  ["waitSeconds", Float64Array],
  ["answered", Uint8Array],
];

/** Whether a plain array's value fits a typed array of `kind` unchanged. */
function fits(kind: Kind, value: unknown): boolean {
  if (typeof value !== "number") return false;
  if (kind === Float64Array) return true;
  return (
    Number.isInteger(value) &&
    (kind === Uint8Array ? value >= 0 && value <= 255 : value >= -(2 ** 31) && value < 2 ** 31)
  );
}

/** A typed array of `kind` from a typed array of that kind (used as it is) or a plain array of numbers that fit (copied); else an issue and undefined. */
function typed(
  kind: Kind,
  value: unknown,
  path: (string | number)[],
  issues: ValidationIssue[],
): Float64Array | Int32Array | Uint8Array | undefined {
  if (value instanceof kind) return value;
  if (!Array.isArray(value)) {
    issues.push({
      code: "invalid_type",
      path,
      message: `${path.join(".")} must be ${withArticle(kind.name)} or an array of numbers`,
      input: value,
    });
    return undefined;
  }
  const bad = value.findIndex((entry) => !fits(kind, entry));
  if (bad >= 0) {
    issues.push({
      code: "invalid_value",
      path: [...path, bad],
      message: `${path.join(".")} holds ${show(value[bad])}, which ${withArticle(kind.name)} cannot hold`,
      input: value[bad],
    });
    return undefined;
  }
  return kind.from(value as number[]);
}

/** The issues with a dictionary's values: each must be a string (non-empty but for notes, 1–12 digits for UPRNs), and appear once. */
function valueIssues(name: string, values: readonly unknown[], issues: ValidationIssue[]): void {
  const seen = new Map<unknown, number>();
  values.forEach((value, i) => {
    const valid =
      typeof value === "string" && (name === "note" || value !== "") && (name !== "uprn" || /^\d{1,12}$/.test(value));
    if (!valid)
      issues.push({
        code: "invalid_value",
        path: [name, "values", i],
        message: `${name}.values must hold ${name === "uprn" ? "UPRNs of 1–12 digits" : name === "note" ? "strings" : "non-empty strings"}`,
        input: value,
      });
    const earlier = seen.get(value);
    if (earlier !== undefined)
      issues.push({
        code: "duplicate",
        path: [name, "values", i],
        message: `${name}.values has ${show(value)} twice (positions ${earlier} and ${i}): a dictionary holds each value once`,
        input: value,
      });
    else seen.set(value, i);
  });
}

/**
 * Like {@link parseContactColumns}, but returns `{ success: true, data }` or `{ success: false, error }` instead of
 * throwing.
 *
 * @param value - anything: columns in memory, or their JSON form.
 * @returns the columns, or the `ValidationError` that `parseContactColumns` would throw.
 * @example
 * ```ts
 * import { safeParseContactColumns } from "council-contact/contact";
 * const result = safeParseContactColumns({ length: 1, id: ["c-1"] });
 * result.success ? [] : result.error.issues.map((issue) => issue.path.join(".")).slice(0, 3) //=> ["at", "channel", "direction"]
 * ```
 */
export function safeParseContactColumns(value: unknown): SafeParseResult<ContactColumns> {
  try {
    return checkColumns(value);
  } catch (error) {
    // A hostile input (a getter or proxy that throws, an instant outside the supported years) is a
    // refused input too: safeParse never throws.
    const detail = error instanceof Error ? error.message : show(error);
    return {
      success: false,
      error: new ValidationError(
        [{ code: "custom", path: [], message: messages.unexpected("contact columns", detail) }],
        "Contact columns",
      ),
    };
  }
}

function checkColumns(value: unknown): SafeParseResult<ContactColumns> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      success: false,
      error: new ValidationError(
        [{ code: "invalid_type", path: [], message: messages.type("contact columns", "object", value), input: value }],
        "Contact columns",
      ),
    };
  }
  const given = value as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  if (given.version !== undefined && given.version !== 1)
    issues.push({
      code: "invalid_value",
      path: ["version"],
      message: "version must be 1, the only layout there is",
      input: given.version,
    });
  const columns: Record<string, unknown> = { length: given.length, id: given.id };
  for (const [name, kind] of NUMERIC) columns[name] = typed(kind, given[name], [name], issues);
  for (const name of DICTIONARY_COLUMNS) {
    const column = (name === "place" && given.place === undefined ? given.uprn : given[name]) as
      | Partial<DictionaryColumn>
      | undefined;
    if (typeof column !== "object" || column === null || !Array.isArray(column.values)) {
      issues.push({
        code: "invalid_type",
        path: [name],
        message: messages.mustBe(name, "a dictionary column { codes, values }", column),
        input: column,
      });
      continue;
    }
    const codes = typed(Int32Array, column.codes, [name, "codes"], issues);
    if (codes !== undefined) valueIssues(name, column.values, issues);
    columns[name] =
      name === "place" && given.place === undefined ? columns.uprn : { codes, values: [...column.values] };
  }
  const at = columns.at as Float64Array | undefined;
  columns.day =
    given.day === undefined ? at && Int32Array.from(at, day) : typed(Int32Array, given.day, ["day"], issues);
  if (issues.length > 0) return { success: false, error: new ValidationError(issues, "Contact columns") };
  issues.push(...contactColumnsIssues(columns));
  return issues.length > 0
    ? { success: false, error: new ValidationError(issues, "Contact columns") }
    : { success: true, data: columns as unknown as ContactColumns };
}

/** The London day of an instant; 0 outside the calendar's years (which the row checks then report at `at`). */
function day(at: number): number {
  if (!Number.isFinite(at)) return 0;
  try {
    return londonDayNumber(at);
  } catch {
    return 0;
  }
}

/**
 * Reads a contact history in columns from outside: the JSON form `serializeContactColumns` writes (plain arrays,
 * `day` derived from `at`, `place` the `uprn` column when absent), or columns in memory. Checks everything
 * `checkContactColumns` checks, and the dictionaries too: every value a string (a UPRN 1–12 digits), none twice, so
 * that a code means one customer, enquiry or place.
 *
 * @param value - anything: columns in memory, or their JSON form.
 * @returns the columns; plain arrays are copied into typed arrays, typed arrays of the right kind are used as they are.
 * @throws {ValidationError} listing every problem, with paths such as `service.values.3` or `at.0`.
 * @example
 * ```ts
 * import { parseContactColumns } from "council-contact/contact";
 * const none = { codes: [-1], values: [] };
 * const columns = parseContactColumns({
 *   version: 1, length: 1, id: ["c-1"], at: [1714554000000], channel: [2], direction: [0], interaction: [0], outcome: [0],
 *   handleSeconds: [-1], waitSeconds: [-1], answered: [0], customer: { codes: [0], values: ["cust-1"] },
 *   enquiry: none, service: none, uprn: none, ward: none, note: none,
 * });
 * columns.customer.values //=> ["cust-1"]
 * columns.place === columns.uprn //=> true
 * parseContactColumns({ ...columns, customer: { codes: [0, 1], values: ["a", "a"] } }) //=> throws ValidationError
 * ```
 */
export function parseContactColumns(value: unknown): ContactColumns {
  const result = safeParseContactColumns(value);
  if (!result.success) throw result.error;
  return result.data;
}
