import { type IssueCode, type IssuePath, messages, readInstant, type ValidationIssue } from "../core/index.js";

/**
 * One field of a stored record: whether it must be present, and how its value is read (the value
 * to keep, or the issue). A record's schema is a table of these, so a new field is one line.
 */
export interface RecordField {
  /** Whether the record must have the field (a `null` value counts as present). */
  readonly required: boolean;
  /** The value to keep, or the issue's code and message. */
  readonly read: (value: unknown, name: string) => { readonly value: unknown } | Problem;
}

interface Problem {
  readonly code: IssueCode;
  readonly message: string;
}

const FORBIDDEN: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

type Reader = RecordField["read"];

function reader(test: (value: unknown) => boolean, code: IssueCode, expected: string): Reader {
  return (value, name) => (test(value) ? { value } : { code, message: messages.type(name, expected, value) });
}

/** A non-empty string: an enquiry's id, a handler, a lifecycle id. */
export const text: Reader = (value, name) => {
  if (typeof value !== "string") return { code: "invalid_type", message: messages.type(name, "string", value) };
  return value === "" ? { code: "too_small", message: messages.empty(name) } : { value };
};

/** Any string, empty or not (a note). */
export const anyText: Reader = reader((value) => typeof value === "string", "invalid_type", "string");

/** `true` or `false`. */
export const flag: Reader = reader((value) => typeof value === "boolean", "invalid_type", "boolean");

/** A whole number ≥ `least`. */
export function wholeAtLeast(least: number): Reader {
  return (value, name) => {
    if (typeof value !== "number") return { code: "invalid_type", message: messages.type(name, "number", value) };
    if (!Number.isSafeInteger(value)) return { code: "invalid_value", message: messages.wholeNumber(name, value) };
    return value < least ? { code: "too_small", message: messages.atLeast(name, least, value) } : { value };
  };
}

/** One of a closed list of strings. */
export function oneOf(values: readonly string[]): Reader {
  return (value, name) =>
    typeof value === "string" && values.includes(value)
      ? { value }
      : { code: "invalid_value", message: messages.oneOf(name, values, value) };
}

/** An instant in core's one grammar, kept as epoch milliseconds. */
export const instant: Reader = (value, name) => {
  const read = readInstant(value, name);
  return typeof read === "number" ? { value: read } : read;
};

/** `null`, or what `read` accepts. */
export function orNull(read: Reader): Reader {
  return (value, name) => (value === null ? { value } : read(value, name));
}

/** Present and read by `read`. */
export function required(read: Reader): RecordField {
  return { required: true, read };
}

/** Absent (or `undefined`), or read by `read`. */
export function optional(read: Reader): RecordField {
  return { required: false, read };
}

/**
 * Reads a record by its table of fields: every issue found (a missing field, a wrong value, an
 * unknown or prototype-polluting key), and the record rebuilt from the table's fields in the
 * table's order (absent optional fields left out). Never throws.
 */
export function readRecord(
  input: unknown,
  fields: Readonly<Record<string, RecordField>>,
  label: string,
  issues: ValidationIssue[],
  path: IssuePath = [],
): Record<string, unknown> | undefined {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    issues.push({ code: "invalid_type", path, message: messages.type(label, "object", input), input });
    return undefined;
  }
  const record = input as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  const before = issues.length;
  for (const key of Object.keys(record)) {
    if (FORBIDDEN.has(key)) {
      issues.push({ code: "forbidden_key", path: [...path, key], message: messages.forbiddenKey(key) });
    } else if (!Object.hasOwn(fields, key)) {
      issues.push({
        code: "unrecognized_key",
        path: [...path, key],
        message: messages.unknownKey(key, label),
        input: record[key],
      });
    }
  }
  for (const name of Object.keys(fields)) {
    const field = fields[name]!;
    const value = Object.hasOwn(record, name) ? record[name] : undefined;
    if (value === undefined) {
      if (field.required) issues.push({ code: "missing", path: [...path, name], message: messages.missing(name) });
      continue;
    }
    const read = field.read(value, name);
    if ("value" in read) out[name] = read.value;
    else issues.push({ code: read.code, path: [...path, name], message: read.message, input: value });
  }
  return issues.length === before ? out : undefined;
}
