import type { ServiceRequestEvent, ServiceRequestState } from "./serviceRequest.js";

/**
 * The Open311 statuses FixMyStreet exchanges with council back ends when `extended_statuses` is
 * on, and the plain `OPEN` / `CLOSED` it sends otherwise (mysociety/fixmystreet `perllib/Open311.pm`,
 * `_populate_service_request_update_params` and `map_state`).
 *
 * @example
 * ```ts
 * import { OPEN311_STATUSES } from "council-contact/enquiry";
 * OPEN311_STATUSES.includes("NOT_COUNCILS_RESPONSIBILITY") //=> true
 * ```
 */
export const OPEN311_STATUSES = [
  "OPEN",
  "FOR_TRIAGE",
  "INVESTIGATING",
  "ACTION_SCHEDULED",
  "IN_PROGRESS",
  "FIXED",
  "DUPLICATE",
  "NOT_COUNCILS_RESPONSIBILITY",
  "NO_FURTHER_ACTION",
  "INTERNAL_REFERRAL",
  "CLOSED",
  "CANCELLED",
  "REOPEN",
] as const;

/**
 * One of {@link OPEN311_STATUSES}.
 *
 * @example
 * ```ts
 * import type { Open311Status } from "council-contact/enquiry";
 * const status: Open311Status = "ACTION_SCHEDULED";
 * status //=> "ACTION_SCHEDULED"
 * ```
 */
export type Open311Status = (typeof OPEN311_STATUSES)[number];

/**
 * What an Open311 status means for a {@link serviceRequest}.
 *
 * @example
 * ```ts
 * import type { Open311Meaning } from "council-contact/enquiry";
 * const fixed: Open311Meaning = { state: "fixed", event: "fix" };
 * fixed.event //=> "fix"
 * ```
 */
export interface Open311Meaning {
  /** The state the status stands for. */
  readonly state: ServiceRequestState;
  /** The event that enters that state, or `null` for `received`, which only the first event enters. */
  readonly event: ServiceRequestEvent | null;
}

/**
 * Each Open311 status with the {@link serviceRequest} state it means and the event that enters
 * that state (`null` for `received`, entered only by the first event). FixMyStreet's own states
 * in brackets: `confirmed` is `OPEN`, `planned` and `action scheduled` are `ACTION_SCHEDULED`,
 * `unable to fix` is `NO_FURTHER_ACTION`, `not responsible` is `NOT_COUNCILS_RESPONSIBILITY`, a
 * reopen is `REOPEN` (mysociety/fixmystreet `perllib/Open311.pm`).
 *
 * @example
 * ```ts
 * import { OPEN311_STATUS_MAP } from "council-contact/enquiry";
 * OPEN311_STATUS_MAP.REOPEN //=> { state: "reopened", event: "reopen" }
 * ```
 */
export const OPEN311_STATUS_MAP: Readonly<Record<Open311Status, Open311Meaning>> = {
  OPEN: { state: "logged", event: "log" },
  FOR_TRIAGE: { state: "received", event: null },
  INVESTIGATING: { state: "investigating", event: "investigate" },
  ACTION_SCHEDULED: { state: "action-scheduled", event: "schedule" },
  IN_PROGRESS: { state: "in-progress", event: "start-work" },
  FIXED: { state: "fixed", event: "fix" },
  DUPLICATE: { state: "duplicate", event: "mark-duplicate" },
  NOT_COUNCILS_RESPONSIBILITY: { state: "not-council-responsibility", event: "not-responsible" },
  NO_FURTHER_ACTION: { state: "no-further-action", event: "no-further-action" },
  INTERNAL_REFERRAL: { state: "referred", event: "refer" },
  CLOSED: { state: "closed", event: "close" },
  CANCELLED: { state: "withdrawn", event: "withdraw" },
  REOPEN: { state: "reopened", event: "reopen" },
};
