import { type IssuePath, londonDayNumber, messages, SUPPORTED_YEARS, type ValidationIssue } from "../core/index.js";
import { ENQUIRY_OUTCOMES, type EnquiryOutcome } from "../taxonomy/index.js";

/**
 * A change in an enquiry's state at a time: the enquiry was opened (or reopened), or closed with an outcome. A case
 * system records these; the avoidable-contact classifier and the synthetic histories read them beside the contacts.
 * `customerId`, `serviceId` and `uprn` matter only for an enquiry no contact has named yet.
 *
 * @example
 * ```ts
 * import type { EnquiryUpdate } from "council-contact/contact";
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
  /** How it closed; required for `closed`. */
  readonly outcome?: EnquiryOutcome;
  /** Who it is for. */
  readonly customerId?: string;
  /** The service it is about. */
  readonly serviceId?: string;
  /** Where it is: its place as contacts are keyed by place (a UPRN, or whatever a `LocationOf` returns). */
  readonly uprn?: string;
}

const OPTIONAL_TEXT = ["customerId", "serviceId", "uprn"] as const;

/**
 * Checks an enquiry update and gives its Europe/London calendar day (an epoch-day number, as `londonDayNumber`).
 * Made for checking many updates at once: each problem is pushed onto `issues` with its path under `path`, and
 * the whole list thrown as one `ValidationError` by the caller.
 *
 * @param update - the update to check (any value).
 * @param path - where it is, for the issues' paths (`["enquiryUpdates", 3]`).
 * @param issues - the list the issues are pushed onto.
 * @returns its London day, or NaN if it has any problem.
 * @throws never: problems are pushed onto `issues`.
 * @example
 * ```ts
 * import { enquiryUpdateDay } from "council-contact/contact";
 * import type { ValidationIssue } from "council-contact/core";
 * const issues: ValidationIssue[] = [];
 * enquiryUpdateDay({ enquiryId: "E-1", at: Date.UTC(2024, 0, 1, 12), type: "opened" }, [], issues) //=> 19723
 * Number.isNaN(enquiryUpdateDay({ enquiryId: "E-1", at: Date.UTC(2024, 0, 2), type: "closed" }, [7], issues)) //=> true
 * issues.map((issue) => issue.path.join(".")) //=> ["7.outcome"]
 * ```
 */
export function enquiryUpdateDay(update: unknown, path: IssuePath, issues: ValidationIssue[]): number {
  if (typeof update !== "object" || update === null) {
    issues.push({
      code: "invalid_type",
      path,
      message: messages.mustBe("an enquiry update", "an object", update),
      input: update,
    });
    return Number.NaN;
  }
  const before = issues.length;
  const record = update as Record<string, unknown>;
  const issue = (code: ValidationIssue["code"], key: string, message: string): void => {
    issues.push({ code, path: [...path, key], message, input: record[key] });
  };
  if (typeof record.enquiryId !== "string" || record.enquiryId === "")
    issue("invalid_type", "enquiryId", "enquiryId must be a non-empty string");
  if (record.type !== "opened" && record.type !== "closed")
    issue("invalid_value", "type", "type must be opened or closed");
  const knownOutcome = ENQUIRY_OUTCOMES.includes(record.outcome as EnquiryOutcome);
  if (record.type === "closed" ? !knownOutcome : record.outcome !== undefined && !knownOutcome)
    issue(
      record.outcome === undefined ? "missing" : "invalid_value",
      "outcome",
      "a closed enquiry needs an outcome from ENQUIRY_OUTCOMES",
    );
  for (const key of OPTIONAL_TEXT)
    if (record[key] !== undefined && typeof record[key] !== "string")
      issue("invalid_type", key, `${key} must be a string`);
  let day = Number.NaN;
  if (typeof record.at !== "number" || !Number.isFinite(record.at))
    issue("invalid_type", "at", "at must be a finite number of epoch milliseconds");
  else {
    try {
      day = londonDayNumber(record.at);
    } catch {
      issue("invalid_value", "at", `at must fall in ${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}`);
    }
  }
  return issues.length > before ? Number.NaN : day;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The library's order of enquiry updates: by time, then enquiry id, then opened before closed, then by every
 * other field, so that equal updates are interchangeable. Contacts at the same instant come after the updates.
 *
 * @param a - an update, checked.
 * @param b - another, checked.
 * @returns negative if `a` comes first, positive if `b` does, 0 if they are equal.
 * @throws never, for checked updates.
 * @example
 * ```ts
 * import { compareEnquiryUpdates } from "council-contact/contact";
 * const opened = { enquiryId: "E-1", at: 0, type: "opened" } as const;
 * const closed = { enquiryId: "E-1", at: 0, type: "closed", outcome: "fixed" } as const;
 * compareEnquiryUpdates(opened, closed) < 0 //=> true
 * ```
 */
export function compareEnquiryUpdates(a: EnquiryUpdate, b: EnquiryUpdate): number {
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
