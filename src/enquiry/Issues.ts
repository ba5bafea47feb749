import { type IssueCode, type IssuePath, messages, type ValidationIssue } from "../core/index.js";

/** Collects validation issues, every one of them, in the order found. */
export class Issues {
  readonly list: ValidationIssue[] = [];

  add(code: IssueCode, path: IssuePath, message: string, input?: unknown): void {
    this.list.push(input === undefined ? { code, path, message } : { code, path, message, input });
  }

  /** Report keys the record does not define (a typo such as `efects`) and prototype-polluting keys. */
  keys(record: Readonly<Record<string, unknown>>, allowed: readonly string[], path: IssuePath, label: string): void {
    for (const key of Object.keys(record)) {
      if (FORBIDDEN.has(key)) this.add("forbidden_key", [...path, key], messages.forbiddenKey(key), key);
      else if (!allowed.includes(key))
        this.add(
          "unrecognized_key",
          [...path, key],
          `${messages.unknownKey(key, label)} (expected one of ${allowed.join(", ")})`,
          key,
        );
    }
  }

  /** Check a state or event name: kebab-case, starting with a letter. */
  name(value: unknown, path: IssuePath, what: string): value is string {
    if (typeof value !== "string") {
      if (value === undefined) this.add("missing", path, messages.missing(what));
      else this.add("invalid_type", path, messages.type(what, "string", value), value);
      return false;
    }
    if (FORBIDDEN.has(value)) {
      this.add("forbidden_key", path, messages.forbiddenKey(value), value);
      return false;
    }
    if (!NAME.test(value)) {
      this.add(
        "invalid_format",
        path,
        messages.format(
          what,
          "kebab-case (lower-case letters, digits and single hyphens, starting with a letter)",
          value,
        ),
        value,
      );
      return false;
    }
    return true;
  }
}

const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A positive whole number. */
export function isPositiveInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1;
}
