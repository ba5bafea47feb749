import type { IssueCode, ValidationIssue } from "../core/index.js";
import type { Contact } from "../schema/index.js";
import type { Channel } from "../taxonomy/index.js";

/**
 * One row of an export, read: the request as a library `Contact` (its id, when it was made, its channel,
 * service and description) and the case fields around it, each optional field absent when the row had none.
 * Times are epoch milliseconds; a closed time is never before the opened time.
 *
 * @example
 * ```ts
 * import { ingestRows } from "council-contact/ingest";
 * const { records } = ingestRows([{ id: "7", opened: "2024-05-01T09:00:00Z", how: "Phone" }], {
 *   mapping: { id: "id", openedAt: "opened", channel: "how", channels: { phone: "telephone" } },
 * });
 * records[0]?.contact.channel //=> "telephone"
 * records[0]?.closed //=> false
 * ```
 */
export interface IngestRecord {
  /** The row's position among the data rows, from 1 (a header is not a row). */
  readonly row: number;
  /** The row's own id, as the source wrote it. */
  readonly sourceId: string;
  /** The request as a contact: `id` is the source id, `at` the opened time. */
  readonly contact: Contact;
  /** When it was opened, epoch milliseconds. */
  readonly openedAt: number;
  /** When it was closed, epoch milliseconds, never before `openedAt`. */
  readonly closedAt?: number;
  /** When the source says it is due, epoch milliseconds. */
  readonly dueAt?: number;
  /** Whether its status is one of the mapping's closed statuses. */
  readonly closed: boolean;
  /** Its status, verbatim. */
  readonly status?: string;
  /** Its channel as the source wrote it, verbatim. */
  readonly sourceChannel?: string;
  /** Its address. */
  readonly address?: string;
  /** Latitude in decimal degrees, −90 to 90. */
  readonly latitude?: number;
  /** Longitude in decimal degrees, −180 to 180. */
  readonly longitude?: number;
  /** The source's own verdict on its deadline: true on time, false late. */
  readonly onTime?: boolean;
  /** Problems that did not stop the row (an unmapped channel, an open status with a closed time). */
  readonly warnings?: readonly ValidationIssue[];
}

/**
 * A row that could not become a record, with every reason.
 *
 * @example
 * ```ts
 * import { ingestRows } from "council-contact/ingest";
 * const { rejected } = ingestRows([{ id: "7", opened: "yesterday" }], { mapping: { id: "id", openedAt: "opened" } });
 * rejected[0]?.issues[0]?.code //=> "invalid_date"
 * ```
 */
export interface RejectedRow {
  /** The row's position among the data rows, from 1. */
  readonly row: number;
  /** The row's id, when it had one. */
  readonly sourceId?: string;
  /** Why it was refused: at least one issue, each with a code and the field's name as its path. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * What an ingest did, in counts: `rowsIn` always equals `records + rejected`.
 *
 * @example
 * ```ts
 * import { ingestRows } from "council-contact/ingest";
 * const { report } = ingestRows([{ id: "1", opened: "2024-05-01T09:00:00Z" }, { id: "1", opened: "2024-05-01T10:00:00Z" }], {
 *   mapping: { id: "id", openedAt: "opened" },
 * });
 * [report.rowsIn, report.records, report.rejected] //=> [2, 1, 1]
 * report.rejectedByCode //=> { duplicate: 1 }
 * ```
 */
export interface IngestReport {
  /** Data rows read. */
  readonly rowsIn: number;
  /** Rows that became records. */
  readonly records: number;
  /** Rows refused. */
  readonly rejected: number;
  /** Records kept with at least one warning. */
  readonly withWarnings: number;
  /** Rejected rows by the code of each of their issues. */
  readonly rejectedByCode: Readonly<Partial<Record<IssueCode, number>>>;
  /** Warnings by code. */
  readonly warningsByCode: Readonly<Partial<Record<IssueCode, number>>>;
  /** Records per channel code, `unknown` included. */
  readonly channels: Readonly<Partial<Record<Channel, number>>>;
  /** The source's channel words that no mapping named (or blank), with how many records carried each. */
  readonly unmappedChannels: Readonly<Record<string, number>>;
}

/**
 * What an ingest returns: every input row is in `records` or in `rejected`, and `report` counts them.
 *
 * @example
 * ```ts
 * import { ingestRows, type IngestResult } from "council-contact/ingest";
 * const result: IngestResult = ingestRows([], { mapping: { id: "id", openedAt: "opened" } });
 * result.report.rowsIn //=> 0
 * ```
 */
export interface IngestResult {
  /** The rows read, in input order. */
  readonly records: readonly IngestRecord[];
  /** The rows refused, in input order. */
  readonly rejected: readonly RejectedRow[];
  /** The counts. */
  readonly report: IngestReport;
}
