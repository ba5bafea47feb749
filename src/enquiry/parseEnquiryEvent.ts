import { messages, type SafeParseResult, show, ValidationError, type ValidationIssue } from "../core/index.js";
import type { EnquiryEvent } from "./Enquiry.js";
import {
  anyText,
  flag,
  instant,
  oneOf,
  optional,
  type RecordField,
  readRecord,
  required,
  text,
} from "./recordFields.js";

/**
 * The fields of an event as it is stored, in the order they are written: one line each, so a new
 * field is one line here (and one in {@link EnquiryEvent}).
 */
const EVENT_FIELDS: Readonly<Record<keyof EnquiryEvent, RecordField>> = {
  type: required(text),
  at: required(instant),
  id: optional(text),
  handler: optional(text),
  duplicateOf: optional(text),
  referredTo: optional(text),
  told: optional(flag),
  noNotify: optional(oneOf(["anonymous", "opted-out"])),
  note: optional(anyText),
};

/**
 * Every issue with a stored event, and the event read (`at` as epoch milliseconds) when there
 * are none. Never throws. @internal
 */
export function readEnquiryEvent(
  input: unknown,
  issues: ValidationIssue[],
  path: readonly (string | number)[] = [],
): EnquiryEvent | undefined {
  const event = readRecord(input, EVENT_FIELDS, "EnquiryEvent", issues, path) as EnquiryEvent | undefined;
  if (event === undefined) return undefined;
  if (event.duplicateOf !== undefined && event.duplicateOf === event.id) {
    issues.push({
      code: "invalid_value",
      path: [...path, "duplicateOf"],
      message: messages.mustBe("duplicateOf", "another enquiry's id, not this one's", event.duplicateOf),
      input: event.duplicateOf,
    });
    return undefined;
  }
  return event;
}

/**
 * Like {@link parseEnquiryEvent}, but returns `{ success: true, data }` or `{ success: false,
 * error }` instead of throwing. It never throws, whatever the input.
 *
 * @param input - anything, typically one event of a stored history.
 * @returns the event, or the `ValidationError` that `parseEnquiryEvent` would throw.
 *
 * @example
 * ```ts
 * import { safeParseEnquiryEvent } from "council-contact/enquiry";
 * const result = safeParseEnquiryEvent({ type: "fix", at: "2025-03-04T09:30:00" });
 * result.success ? [] : result.error.issues.map((issue) => [issue.path[0], issue.code]) //=> [["at", "invalid_format"]]
 * ```
 */
export function safeParseEnquiryEvent(input: unknown): SafeParseResult<EnquiryEvent> {
  const issues: ValidationIssue[] = [];
  let event: EnquiryEvent | undefined;
  try {
    event = readEnquiryEvent(input, issues);
  } catch (error) {
    const detail = error instanceof Error ? error.message : show(error);
    issues.push({ code: "custom", path: [], message: messages.unexpected("EnquiryEvent", detail) });
  }
  if (event === undefined || issues.length > 0) {
    return { success: false, error: new ValidationError(issues, "EnquiryEvent") };
  }
  return { success: true, data: event };
}

/**
 * Checks one stored event of an enquiry's history and returns it as an {@link EnquiryEvent},
 * with `at` as epoch milliseconds: strict, like contacts. `type` and `at` are required (`at` in
 * the library's one instant grammar: an ISO 8601 string with an offset, integer epoch
 * milliseconds or a `Date`); `id`, `handler`, `duplicateOf` and `referredTo` are non-empty
 * strings, `told` a boolean, `noNotify` `anonymous` or `opted-out`, `note` any string; an
 * unknown key is refused. Whether the event fits the enquiry is `transition`'s question.
 *
 * @param input - anything.
 * @returns the event; it shares no objects with `input`.
 * @throws {ValidationError} carrying every issue.
 *
 * @example
 * ```ts
 * import { parseEnquiryEvent } from "council-contact/enquiry";
 * parseEnquiryEvent({ type: "mark-duplicate", at: "2025-03-04T09:30:00Z", duplicateOf: "FMS-1041" }) //=> { type: "mark-duplicate", at: 1741080600000, duplicateOf: "FMS-1041" }
 * parseEnquiryEvent({ type: "fix", at: 0, colour: "red" }) //=> throws ValidationError
 * ```
 */
export function parseEnquiryEvent(input: unknown): EnquiryEvent {
  const result = safeParseEnquiryEvent(input);
  if (result.success) return result.data;
  throw result.error;
}
