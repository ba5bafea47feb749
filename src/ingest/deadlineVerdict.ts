import { instantOrThrow } from "../core/index.js";
import type { IngestRecord } from "./IngestRecord.js";

/**
 * A case's deadline verdict: `on-time` when it closed by its due time (or is open and the due time has not
 * passed at `asOf`), `late` when it closed after it (or is open past it), `no-deadline` when it has no due time.
 *
 * @example
 * ```ts
 * import type { DeadlineVerdict } from "council-contact/ingest";
 * const verdict: DeadlineVerdict = "late";
 * verdict //=> "late"
 * ```
 */
export type DeadlineVerdict = "on-time" | "late" | "no-deadline";

/**
 * Judges a record against its own due time (Boston's `target_dt`, NYC's `Due Date`), as the city's `ontime`
 * column does: a case closed exactly at its due time is on time; an open case is judged at `asOf`, the time
 * the export was taken. Boston counts a case with no target as ONTIME: compare `no-deadline` accordingly.
 *
 * @param record - the ingested record; a closed time counts only when the record is closed.
 * @param asOf - when to judge open cases: an instant in the library's grammar or epoch milliseconds.
 * @returns the verdict.
 * @throws RangeError when `asOf` is not an instant.
 *
 * @example
 * ```ts
 * import { deadlineVerdict, ingestRows } from "council-contact/ingest";
 * const { records } = ingestRows(
 *   [{ case_enquiry_id: "1", open_dt: "2022-01-03 08:00:00", target_dt: "2022-01-05 08:30:00", case_status: "Open" }],
 *   { preset: "boston311" },
 * );
 * deadlineVerdict(records[0]!, "2022-01-04T12:00:00Z") //=> "on-time"
 * deadlineVerdict(records[0]!, "2022-06-01T00:00:00Z") //=> "late"
 * ```
 */
export function deadlineVerdict(record: IngestRecord, asOf: string | number): DeadlineVerdict {
  const now = instantOrThrow(asOf, "asOf");
  if (typeof record !== "object" || record === null) throw new RangeError("record must be an ingested record");
  const due = record.dueAt;
  if (typeof due !== "number" || !Number.isFinite(due)) return "no-deadline";
  const ended = record.closed && typeof record.closedAt === "number" ? record.closedAt : now;
  return ended <= due ? "on-time" : "late";
}
