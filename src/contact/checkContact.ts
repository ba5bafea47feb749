import { londonDayNumber, SUPPORTED_YEARS } from "../core/index.js";
import type { IssuePath, ValidationIssue } from "../schema/index.js";

/**
 * The London day of a contact-like record, or an issue saying why it has none: its id must be a non-empty string
 * and its `at` an instant in the years the calendar supports.
 */
export function contactDay(
  record: { readonly id: unknown; readonly at: unknown },
  path: IssuePath,
  issues: ValidationIssue[],
): number {
  if (typeof record.id !== "string" || record.id === "") {
    issues.push({
      code: typeof record.id === "string" ? "too_small" : "invalid_type",
      path: [...path, "id"],
      message: "id must be a non-empty string",
      input: record.id,
    });
  }
  const { at } = record;
  if (typeof at !== "number" || !Number.isFinite(at)) {
    issues.push({
      code: "invalid_type",
      path: [...path, "at"],
      message: "at must be a finite number of epoch milliseconds",
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
      message: `at must fall in ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}, the years London days are computed for`,
      input: at,
    });
    return Number.NaN;
  }
}
