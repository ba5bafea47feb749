import { messages, type SafeParseResult, show, ValidationError, type ValidationIssue } from "../core/index.js";
import { ENQUIRY_OUTCOMES } from "../taxonomy/index.js";
import type { Enquiry } from "./Enquiry.js";
import { instant, oneOf, orNull, type RecordField, readRecord, required, text, wholeAtLeast } from "./recordFields.js";

const FORBIDDEN: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Everyone who has handled the enquiry, by state: lists of non-empty names. */
const handlersField: RecordField["read"] = (value, name) => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { code: "invalid_type", message: messages.type(name, "object", value) };
  }
  const out: Record<string, readonly string[]> = {};
  for (const [state, list] of Object.entries(value)) {
    if (FORBIDDEN.has(state)) return { code: "forbidden_key", message: messages.forbiddenKey(state) };
    if (!Array.isArray(list) || !list.every((handler) => typeof handler === "string" && handler !== "")) {
      return { code: "invalid_value", message: messages.mustBe(`${name}.${state}`, "a list of handler names", list) };
    }
    out[state] = [...(list as string[])];
  }
  return { value: out };
};

/**
 * The fields of a stored enquiry, in the order they are written: one line each, so a new field
 * is one line here (and one in {@link Enquiry}).
 */
const ENQUIRY_FIELDS: Readonly<Record<keyof Enquiry, RecordField>> = {
  id: required(text),
  lifecycle: required(text),
  version: required(wholeAtLeast(1)),
  state: required(text),
  status: required(oneOf(["open", "closed"])),
  outcome: required(orNull(oneOf(ENQUIRY_OUTCOMES))),
  receivedAt: required(instant),
  updatedAt: required(instant),
  closedAt: required(orNull(instant)),
  events: required(wholeAtLeast(1)),
  handler: required(orNull(text)),
  handlers: required(handlersField),
  duplicateOf: required(orNull(text)),
  referredTo: required(orNull(text)),
  noNotify: required(orNull(oneOf(["anonymous", "opted-out"]))),
  notice: required(orNull(oneOf(["notified", "told", "anonymous", "opted-out"]))),
};

/** What no enquiry the library builds can be: times out of order, a closure without its time, itself as its original. */
function consistencyIssues(enquiry: Enquiry, issues: ValidationIssue[]): void {
  const { receivedAt, updatedAt, closedAt } = enquiry;
  if (updatedAt < receivedAt) {
    issues.push({
      code: "invalid_value",
      path: ["updatedAt"],
      message: messages.mustBe("updatedAt", `at or after receivedAt (${receivedAt})`, updatedAt),
      input: updatedAt,
    });
  }
  if ((enquiry.status === "closed") !== (closedAt !== null)) {
    issues.push({
      code: "invalid_value",
      path: ["closedAt"],
      message: messages.mustBe(
        "closedAt",
        enquiry.status === "closed" ? "an instant when closed" : "null when open",
        closedAt,
      ),
      input: closedAt,
    });
  } else if (closedAt !== null && (closedAt < receivedAt || closedAt > updatedAt)) {
    issues.push({
      code: "invalid_value",
      path: ["closedAt"],
      message: messages.mustBe("closedAt", "between receivedAt and updatedAt", closedAt),
      input: closedAt,
    });
  }
  if ((enquiry.status === "closed") !== (enquiry.outcome !== null)) {
    issues.push({
      code: "invalid_value",
      path: ["outcome"],
      message: messages.mustBe(
        "outcome",
        enquiry.status === "closed" ? "an outcome when closed" : "null when open",
        enquiry.outcome,
      ),
      input: enquiry.outcome,
    });
  }
  if (enquiry.duplicateOf !== null && enquiry.duplicateOf === enquiry.id) {
    issues.push({
      code: "invalid_value",
      path: ["duplicateOf"],
      message: messages.mustBe("duplicateOf", "another enquiry's id, not this one's", enquiry.duplicateOf),
      input: enquiry.duplicateOf,
    });
  }
}

/**
 * Every issue with a stored enquiry, and the enquiry read (instants as epoch milliseconds) when
 * there are none. Never throws. @internal
 */
export function readEnquiry(input: unknown, issues: ValidationIssue[]): Enquiry | undefined {
  const record = readRecord(input, ENQUIRY_FIELDS, "Enquiry", issues) as Enquiry | undefined;
  if (record === undefined) return undefined;
  const before = issues.length;
  consistencyIssues(record, issues);
  return issues.length === before ? record : undefined;
}

/**
 * Like {@link parseEnquiry}, but returns `{ success: true, data }` or `{ success: false, error }`
 * instead of throwing. It never throws, whatever the input.
 *
 * @param input - anything, typically an enquiry loaded from storage.
 * @returns the enquiry, or the `ValidationError` that `parseEnquiry` would throw.
 *
 * @example
 * ```ts
 * import { safeParseEnquiry } from "council-contact/enquiry";
 * const result = safeParseEnquiry({ hello: 1 });
 * result.success ? [] : result.error.issues.map((issue) => issue.code).slice(0, 3) //=> ["unrecognized_key", "missing", "missing"]
 * ```
 */
export function safeParseEnquiry(input: unknown): SafeParseResult<Enquiry> {
  const issues: ValidationIssue[] = [];
  let enquiry: Enquiry | undefined;
  try {
    enquiry = readEnquiry(input, issues);
  } catch (error) {
    // A hostile input (a getter or a proxy that throws) is refused like any other bad input.
    const detail = error instanceof Error ? error.message : show(error);
    issues.push({ code: "custom", path: [], message: messages.unexpected("Enquiry", detail) });
  }
  if (enquiry === undefined || issues.length > 0)
    return { success: false, error: new ValidationError(issues, "Enquiry") };
  return { success: true, data: enquiry };
}

/**
 * Checks an enquiry loaded from storage and returns it as an {@link Enquiry}: strict, like
 * contacts. Every field must be present (absent values are `null`), of its type (`updatedAt` an
 * instant, `events` a whole number ≥ 1, `outcome` one of `ENQUIRY_OUTCOMES`, `duplicateOf`
 * another enquiry's id), consistent (`closedAt` set exactly when closed, between `receivedAt` and
 * `updatedAt`); an unknown key is refused, and so are `__proto__` / `constructor` / `prototype`
 * keys. Instants may be epoch milliseconds, ISO 8601 strings with an offset or `Date`s, and come
 * back as epoch milliseconds. Whether the state belongs to a lifecycle is checked by
 * `transition`, which knows the definition.
 *
 * @param input - anything, typically an enquiry loaded from storage.
 * @returns the enquiry; it shares no objects with `input`.
 * @throws {ValidationError} carrying every issue, each with `code`, `path`, `message` and `input`.
 *
 * @example
 * ```ts
 * import { parseEnquiry, serviceRequest, startEnquiry } from "council-contact/enquiry";
 * const started = startEnquiry(serviceRequest, { type: "submit", at: "2025-03-03T08:00:00Z", id: "FMS-2001" });
 * const stored = JSON.parse(JSON.stringify(started.ok ? started.state : null));
 * parseEnquiry(stored).receivedAt //=> 1740988800000
 * parseEnquiry({ ...stored, updatedAt: "abc" }) //=> throws ValidationError
 * parseEnquiry(null) //=> throws ValidationError
 * ```
 */
export function parseEnquiry(input: unknown): Enquiry {
  const result = safeParseEnquiry(input);
  if (result.success) return result.data;
  throw result.error;
}
