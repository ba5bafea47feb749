import { londonDayNumber, messages, SUPPORTED_YEARS } from "../core/index.js";
import type { IssuePath, ValidationIssue } from "../schema/index.js";

/**
 * The London day of a contact-like record, or an issue saying why it has none: its id must be a non-empty string
 * and its `at` an instant in the years the calendar supports. A record that is not an object (a hole in a sparse
 * array, `null`) is one issue at its own path.
 */
export function contactDayOrIssue(record: unknown, path: IssuePath, issues: ValidationIssue[]): number {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    issues.push({ code: "invalid_type", path, message: messages.type("contact", "object", record), input: record });
    return Number.NaN;
  }
  const { id, at } = record as { readonly id?: unknown; readonly at?: unknown };
  if (typeof id !== "string" || id === "") {
    issues.push({
      code: typeof id === "string" ? "too_small" : "invalid_type",
      path: [...path, "id"],
      message: messages.mustBe("id", "a non-empty string", id),
      input: id,
    });
  }
  if (typeof at !== "number" || !Number.isFinite(at)) {
    issues.push({
      code: "invalid_type",
      path: [...path, "at"],
      message: messages.mustBe("at", "a finite number of epoch milliseconds", at),
      input: at,
    });
    return Number.NaN;
  }
  try {
    return londonDayNumber(at);
  } catch {
    issues.push({
      code: "invalid_value",
      path: [...path, "at"],
      message: messages.mustBe(
        "at",
        `in ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}, the years London days are computed for`,
        at,
      ),
      input: at,
    });
    return Number.NaN;
  }
}
