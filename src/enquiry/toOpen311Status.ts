import { messages } from "../core/index.js";
import type { EnquiryOutcome } from "../taxonomy/index.js";
import type { Enquiry } from "./Enquiry.js";
import type { Open311Status } from "./open311StatusMap.js";
import { enquiryOrThrow } from "./storedEnquiry.js";

/**
 * Options for {@link toOpen311Status} and {@link fromOpen311Status}.
 *
 * @example
 * ```ts
 * import { type Open311StatusOptions, fromOpen311Status } from "council-contact/enquiry";
 * const plain: Open311StatusOptions = { extended: false };
 * fromOpen311Status("CLOSED", plain).state //=> "fixed"
 * ```
 */
export interface Open311StatusOptions {
  /**
   * Whether the other side uses FixMyStreet's extended statuses. Without them only `OPEN` and
   * `CLOSED` are exchanged, and FixMyStreet reads `CLOSED` as fixed. Default `true`.
   */
  readonly extended?: boolean;
}

const BY_OUTCOME: Partial<Record<EnquiryOutcome, Open311Status>> = {
  fixed: "FIXED",
  duplicate: "DUPLICATE",
  "not-council-responsibility": "NOT_COUNCILS_RESPONSIBILITY",
  "no-further-action": "NO_FURTHER_ACTION",
  "referred-elsewhere": "INTERNAL_REFERRAL",
  withdrawn: "CANCELLED",
};
const BY_OPEN_STATE: Readonly<Record<string, Open311Status>> = {
  received: "FOR_TRIAGE",
  investigating: "INVESTIGATING",
  "action-scheduled": "ACTION_SCHEDULED",
  "in-progress": "IN_PROGRESS",
  reopened: "REOPEN",
};

/**
 * The Open311 status to send for an enquiry, as FixMyStreet sends updates to council back ends.
 * A closed enquiry maps by its outcome (fixed → `FIXED`, no further action → `NO_FURTHER_ACTION`,
 * referred elsewhere → `INTERNAL_REFERRAL`, withdrawn → `CANCELLED`, any other → `CLOSED`); an
 * open one by its state where {@link serviceRequest} names it (received → `FOR_TRIAGE`,
 * reopened → `REOPEN`, …), otherwise `OPEN`. GeoReport v2's own `status` field is the lower case
 * of the plain status (`extended: false`).
 *
 * @param given - the enquiry.
 * @param options - `extended: false` for plain `OPEN` / `CLOSED`.
 * @returns the status.
 * @throws {ValidationError} if `given` is not an enquiry (what {@link parseEnquiry} refuses).
 * @throws RangeError if `options` is not an object.
 *
 * @example
 * ```ts
 * import { replay, serviceRequest, toOpen311Status } from "council-contact/enquiry";
 * const result = replay(serviceRequest, [
 *   { type: "submit", at: "2025-03-03T08:00:00Z", id: "FMS-2001" },
 *   { type: "not-responsible", at: "2025-03-04T08:00:00Z" },
 * ]);
 * result.ok && toOpen311Status(result.state) //=> "NOT_COUNCILS_RESPONSIBILITY"
 * result.ok && toOpen311Status(result.state, { extended: false }) //=> "CLOSED"
 * ```
 */
export function toOpen311Status(given: Enquiry, options: Open311StatusOptions = {}): Open311Status {
  checkOptions(options);
  const enquiry = enquiryOrThrow(given);
  const closed = enquiry.status === "closed";
  if (options.extended === false) return closed ? "CLOSED" : "OPEN";
  if (closed) return (enquiry.outcome === null ? undefined : BY_OUTCOME[enquiry.outcome]) ?? "CLOSED";
  return Object.hasOwn(BY_OPEN_STATE, enquiry.state) ? BY_OPEN_STATE[enquiry.state]! : "OPEN";
}

/** Throws the RangeError of an options argument that is not an object. @internal */
export function checkOptions(options: unknown): void {
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
}
