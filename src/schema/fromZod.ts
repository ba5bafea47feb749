import type * as z from "zod/mini";
import { type IssueCode, type IssuePath, messages, type ValidationIssue } from "../core/index.js";

type ZodIssue = z.core.$ZodIssue;

/** How a string field with a format should look, by field name. */
const FORMATS: Readonly<Record<string, string>> = {
  uprn: "a UPRN: 1 to 12 digits",
  email: "an email address",
  postcode: "a UK postcode such as SW1A 1AA",
  phone: "a phone number: 7 to 20 digits, spaces, brackets, hyphens and a leading +",
};

/** Keys that could change the prototype of an object a record is copied into. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Translates zod's issues into the library's typed issues: one issue per unknown key (forbidden keys get
 * `forbidden_key`), `missing` for an absent required field, and our own codes carried through custom issues.
 */
export function fromZod(issues: readonly ZodIssue[], label: string): ValidationIssue[] {
  // zod runs length checks on anything with a length, so an array given for a string also fails `minLength`:
  // after a wrong type, further issues at the same path say nothing new.
  const wrongType = new Set<string>();
  const kept = issues.filter((issue) => {
    const key = JSON.stringify(issue.path.map(String));
    if (wrongType.has(key)) return false;
    if (issue.code === "invalid_type") wrongType.add(key);
    return true;
  });
  return kept.flatMap((issue) => translate(issue, label));
}

function translate(issue: ZodIssue, label: string): ValidationIssue[] {
  const path: IssuePath = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  const field = path.length > 0 ? String(path[path.length - 1]) : label;
  const input = issue.input;
  const one = (code: IssueCode, message: string): ValidationIssue[] =>
    input === undefined ? [{ code, path, message }] : [{ code, path, message, input }];
  // zod reports an absent required field by the type or value it expected, with no input.
  if (input === undefined && path.length > 0 && issue.code !== "custom" && issue.code !== "unrecognized_keys") {
    return [{ code: "missing", path, message: messages.missing(field) }];
  }
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "int" && typeof input === "number")
        return one("invalid_value", messages.wholeNumber(field, input));
      return one("invalid_type", messages.type(field, issue.expected, input));
    case "invalid_value":
      return one("invalid_value", messages.oneOf(field, issue.values, input));
    case "too_small":
      return one(
        "too_small",
        issue.origin === "string" ? messages.empty(field) : messages.atLeast(field, issue.minimum, input),
      );
    case "too_big":
      return one("too_big", messages.atMost(field, issue.maximum, input));
    case "invalid_format":
      return one(
        "invalid_format",
        messages.format(field, Object.hasOwn(FORMATS, field) ? FORMATS[field]! : "in the expected format", input),
      );
    case "unrecognized_keys": {
      const record = input as Record<string, unknown>;
      return issue.keys.map((key) =>
        FORBIDDEN_KEYS.has(key)
          ? { code: "forbidden_key", path: [...path, key], message: messages.forbiddenKey(key), input: record[key] }
          : {
              code: "unrecognized_key",
              path: [...path, key],
              message: messages.unknownKey(key, label),
              input: record[key],
            },
      );
    }
    case "custom": {
      const own = issue.params as { code?: IssueCode } | undefined;
      return one(own?.code ?? "custom", issue.message);
    }
    default:
      return one("custom", messages.unexpected(field, issue.message));
  }
}
