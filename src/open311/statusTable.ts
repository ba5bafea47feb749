import { OPEN311_STATUS_MAP, type ServiceRequestState } from "../enquiry/index.js";

/**
 * Open311 statuses and the service-request state each means: the spec's `open` and `closed`, FixMyStreet's
 * extended list (`FIXED`, `INVESTIGATING`, …, as `OPEN311_STATUS_MAP` in `council-contact/enquiry`), and words
 * endpoints send besides (`acknowledged`, `completed`). Keys are matched ignoring case, with spaces and
 * hyphens read as underscores. Extend it per call with the `statuses` option of `fromOpen311`.
 *
 * @example
 * ```ts
 * import { OPEN311_STATUS_TABLE } from "council-contact/open311";
 * OPEN311_STATUS_TABLE.ACKNOWLEDGED //=> "logged"
 * OPEN311_STATUS_TABLE.NOT_COUNCILS_RESPONSIBILITY //=> "not-council-responsibility"
 * ```
 */
export const OPEN311_STATUS_TABLE: Readonly<Record<string, ServiceRequestState>> = {
  ...Object.fromEntries(Object.entries(OPEN311_STATUS_MAP).map(([status, meaning]) => [status, meaning.state])),
  ACKNOWLEDGED: "logged",
  CONFIRMED: "logged",
  IN_PROCESS: "in-progress",
  COMPLETED: "fixed",
  RESOLVED: "fixed",
  CLOSED_DUPLICATE: "duplicate",
};

/** A status as a table key: upper case, spaces and hyphens as underscores. */
export const statusKey = (status: string): string =>
  status
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");

/** Closed service-request states and the outcome each records. */
export const OUTCOME_OF = {
  fixed: "fixed",
  duplicate: "duplicate",
  "not-council-responsibility": "not-council-responsibility",
  "no-further-action": "no-further-action",
  referred: "referred-elsewhere",
  closed: "closed",
  withdrawn: "withdrawn",
} as const;
