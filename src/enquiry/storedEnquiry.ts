import type { ValidationIssue } from "../core/index.js";
import type { Enquiry } from "./Enquiry.js";
import { parseEnquiry, readEnquiry } from "./parseEnquiry.js";
import { refusal } from "./refusal.js";
import type { TransitionError } from "./TransitionResult.js";

/** The most issues an `invalid_enquiry` refusal lists in its message. */
const LISTED = 3;

/**
 * The enquiry `transition` is given, checked: as it is when every field has the type the library
 * writes (the fast path: a few `typeof` tests), otherwise read as {@link parseEnquiry} reads it, or
 * the `invalid_enquiry` refusal naming its issues. Never throws.
 */
export function storedEnquiry(value: unknown, event: string | null): Enquiry | TransitionError {
  if (looksWritten(value)) return value;
  const issues: ValidationIssue[] = [];
  let enquiry: Enquiry | undefined;
  try {
    enquiry = readEnquiry(value, issues);
  } catch {
    enquiry = undefined;
  }
  if (enquiry !== undefined) return enquiry;
  const listed = issues.slice(0, LISTED).map((issue) => issue.message);
  if (issues.length > LISTED) listed.push(`${issues.length - LISTED} more (parseEnquiry lists them all)`);
  const state = typeof value === "object" && value !== null && "state" in value ? (value as Enquiry).state : null;
  return refusal("invalid_enquiry", typeof state === "string" ? state : null, event, listed.join("; ") || "unreadable");
}

/** The enquiry as it is when every field has the type the library writes, else as {@link parseEnquiry} reads it (or its ValidationError). */
export function enquiryOrThrow(value: unknown): Enquiry {
  return looksWritten(value) ? value : parseEnquiry(value);
}

function nullOrText(value: unknown): boolean {
  return value === null || typeof value === "string";
}

/** Whether every field has the type `transition` writes (consistency between fields is parseEnquiry's). */
function looksWritten(value: unknown): value is Enquiry {
  if (typeof value !== "object" || value === null) return false;
  const e = value as Record<keyof Enquiry, unknown>;
  return (
    typeof e.id === "string" &&
    e.id !== "" &&
    typeof e.lifecycle === "string" &&
    Number.isSafeInteger(e.version) &&
    typeof e.state === "string" &&
    (e.status === "open" || e.status === "closed") &&
    nullOrText(e.outcome) &&
    Number.isSafeInteger(e.receivedAt) &&
    Number.isSafeInteger(e.updatedAt) &&
    (e.closedAt === null || Number.isSafeInteger(e.closedAt)) &&
    Number.isSafeInteger(e.events) &&
    nullOrText(e.handler) &&
    typeof e.handlers === "object" &&
    e.handlers !== null &&
    nullOrText(e.duplicateOf) &&
    nullOrText(e.referredTo) &&
    (e.noNotify === null || e.noNotify === "anonymous" || e.noNotify === "opted-out") &&
    (e.notice === null ||
      e.notice === "notified" ||
      e.notice === "told" ||
      e.notice === "anonymous" ||
      e.notice === "opted-out")
  );
}
