import { londonDayNumber, SUPPORTED_YEARS } from "../calendar/index.js";
import type { IssuePath, ValidationIssue } from "../schema/index.js";
import { ENQUIRY_OUTCOMES, type EnquiryOutcome } from "../taxonomy/index.js";

/**
 * A change in an enquiry's state that the classifier should know about: the enquiry was opened (or reopened), or
 * closed with an outcome. Give these when a case system records them; without them the classifier learns enquiry
 * state from the contacts alone (see the guide). `customerId`, `serviceId` and `uprn` matter only for an enquiry
 * no contact has named yet.
 *
 * @example
 * ```ts
 * import type { EnquiryUpdate } from "council-contact/avoidable";
 * const fixed: EnquiryUpdate = { enquiryId: "E-1", at: Date.UTC(2024, 4, 2, 14), type: "closed", outcome: "fixed" };
 * fixed.outcome //=> "fixed"
 * ```
 */
export interface EnquiryUpdate {
  /** The enquiry. */
  readonly enquiryId: string;
  /** When it changed, in epoch ms. */
  readonly at: number;
  /** `opened` (also a reopen of a closed enquiry) or `closed`. */
  readonly type: "opened" | "closed";
  /** How it closed; required for `closed`. Closed as done when it is one of the classifier's `doneOutcomes`. */
  readonly outcome?: EnquiryOutcome;
  /** Who it is for. */
  readonly customerId?: string;
  /** The service it is about. */
  readonly serviceId?: string;
  /** Where it is: its place as the classifier keys places (a UPRN, or whatever `locationOf` returns for contacts). */
  readonly uprn?: string;
}

const OPTIONAL_TEXT = ["customerId", "serviceId", "uprn"] as const;

/** The London day of an update, after pushing an issue for each problem with it (NaN if it has no usable time). */
export function updateDay(update: EnquiryUpdate, path: IssuePath, issues: ValidationIssue[]): number {
  const before = issues.length;
  const record = update as unknown as Record<string, unknown>;
  if (typeof record !== "object" || record === null) {
    issues.push({ code: "invalid_type", path, message: "an enquiry update must be an object", input: update });
    return Number.NaN;
  }
  if (typeof record.enquiryId !== "string" || record.enquiryId === "") {
    issues.push({
      code: "invalid_type",
      path: [...path, "enquiryId"],
      message: "enquiryId must be a non-empty string",
      input: record.enquiryId,
    });
  }
  if (record.type !== "opened" && record.type !== "closed") {
    issues.push({
      code: "invalid_value",
      path: [...path, "type"],
      message: "type must be opened or closed",
      input: record.type,
    });
  }
  if (
    record.type === "closed"
      ? !ENQUIRY_OUTCOMES.includes(record.outcome as EnquiryOutcome)
      : record.outcome !== undefined && !ENQUIRY_OUTCOMES.includes(record.outcome as EnquiryOutcome)
  ) {
    issues.push({
      code: record.outcome === undefined ? "missing" : "invalid_value",
      path: [...path, "outcome"],
      message: "a closed enquiry needs an outcome from ENQUIRY_OUTCOMES",
      input: record.outcome,
    });
  }
  for (const key of OPTIONAL_TEXT) {
    if (record[key] !== undefined && typeof record[key] !== "string") {
      issues.push({
        code: "invalid_type",
        path: [...path, key],
        message: `${key} must be a string`,
        input: record[key],
      });
    }
  }
  let day = Number.NaN;
  if (typeof record.at !== "number" || !Number.isFinite(record.at)) {
    issues.push({
      code: "invalid_type",
      path: [...path, "at"],
      message: "at must be a finite number of epoch milliseconds",
      input: record.at,
    });
  } else {
    try {
      day = londonDayNumber(record.at);
    } catch {
      issues.push({
        code: "invalid_value",
        path: [...path, "at"],
        message: `at must fall in ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}`,
        input: record.at,
      });
    }
  }
  return issues.length > before ? Number.NaN : day;
}

/** The order of updates: by time, then enquiry id, then opened before closed, then by every other field, so that equal updates are interchangeable. */
export function compareUpdates(a: EnquiryUpdate, b: EnquiryUpdate): number {
  return (
    a.at - b.at ||
    cmp(a.enquiryId, b.enquiryId) ||
    (a.type === b.type ? 0 : a.type === "opened" ? -1 : 1) ||
    cmp(a.outcome ?? "", b.outcome ?? "") ||
    cmp(a.customerId ?? "", b.customerId ?? "") ||
    cmp(a.serviceId ?? "", b.serviceId ?? "") ||
    cmp(a.uprn ?? "", b.uprn ?? "")
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
