import { messages, type ValidationIssue } from "../core/index.js";
import type { FieldShape, Shape } from "./shapes.js";

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

type Path = readonly (string | number)[];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An absent value: null, undefined, empty text, an empty XML element. */
const absent = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === "string" && value.trim() === "") ||
  (isObject(value) && Object.keys(value).length === 0);

function scalar(shape: FieldShape, value: unknown, path: Path, issues: ValidationIssue[]): unknown {
  const name = path.join(".");
  if (shape === "string") {
    if (typeof value === "string") return value.trim();
    if ((typeof value === "number" && Number.isFinite(value)) || typeof value === "boolean") return String(value);
  } else if (shape === "number") {
    const n = typeof value === "string" ? Number(value.trim()) : value;
    if (typeof n === "number" && Number.isFinite(n)) return n;
  } else if (shape === "boolean") {
    if (typeof value === "boolean") return value;
    if (typeof value === "string" && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === "true";
  }
  const code = typeof value === "string" ? "invalid_format" : "invalid_type";
  issues.push({ code, path, message: messages.mustBe(name, `a ${String(shape)}`, value), input: value });
  return undefined;
}

function strings(value: unknown, path: Path, issues: ValidationIssue[]): Record<string, string> | undefined {
  if (!isObject(value)) {
    issues.push({
      code: "invalid_type",
      path,
      message: messages.mustBe(path.join("."), "an object", value),
      input: value,
    });
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (FORBIDDEN.has(key)) {
      issues.push({ code: "forbidden_key", path: [...path, key], message: messages.forbiddenKey(key) });
    } else if (!absent(item)) {
      const read = scalar("string", item, [...path, key], issues);
      if (typeof read === "string") out[key] = read;
    }
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

/** The items of a list: a JSON array, or an XML wrapper holding one item or several. */
export function itemsOf(value: unknown, item: string): readonly unknown[] | undefined {
  if (absent(value)) return [];
  if (Array.isArray(value)) return value;
  if (isObject(value) && Object.hasOwn(value, item)) {
    const inner = value[item];
    return Array.isArray(inner) ? inner : [inner];
  }
  return undefined;
}

/**
 * Reads one record by its shape: known fields only, each converted to its type, absent ones left out.
 *
 * @param shape - the record's fields.
 * @param value - the raw JSON or XML value.
 * @param path - where it is, for issues.
 * @param issues - where problems go.
 * @returns the record.
 */
export function readShape(
  shape: Shape,
  value: unknown,
  path: Path,
  issues: ValidationIssue[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (value === "") return out; // an empty XML element: a record with no fields
  if (!isObject(value)) {
    issues.push({
      code: "invalid_type",
      path,
      message: messages.mustBe(path.join(".") || "record", "an object", value),
      input: value,
    });
    return out;
  }
  for (const [name, field] of Object.entries(shape)) {
    if (!Object.hasOwn(value, name) || absent(value[name])) continue;
    const raw = value[name];
    const at = [...path, name];
    let read: unknown;
    if (field === "strings") read = strings(raw, at, issues);
    else if (typeof field === "object") {
      const items = itemsOf(raw, field.item);
      if (items === undefined) {
        issues.push({
          code: "invalid_type",
          path: at,
          message: messages.mustBe(at.join("."), "a list", raw),
          input: raw,
        });
      } else read = items.map((item, i) => readShape(field.fields, item, [...at, i], issues));
    } else read = scalar(field, raw, at, issues);
    if (read !== undefined) out[name] = read;
  }
  return out;
}
