import type { CompiledMapping, Field } from "./compileMapping.js";
import { FIELDS } from "./compileMapping.js";
import { type CsvInput, csvRows } from "./csvRows.js";
import { type IngestOptions, mappingOf } from "./IngestOptions.js";
import type { IngestRecord, IngestReport, IngestResult, RejectedRow } from "./IngestRecord.js";
import { type RowOutcome, readRow } from "./readRow.js";
import { tally } from "./tally.js";

/**
 * A streaming ingest: `items` yields each row's outcome in order, `report()` counts those yielded so far.
 *
 * @example
 * ```ts
 * import { ingestCsvStream } from "council-contact/ingest";
 * const stream = ingestCsvStream("Ref,Logged\nA1,2024-05-01 09:00\n", { mapping: { id: "Ref", openedAt: "Logged" } });
 * typeof stream.report //=> "function"
 * ```
 */
export interface IngestStream {
  /** Each row as a record (`{ record }`) or refused (`{ rejected }`), in input order. */
  readonly items: AsyncIterable<RowOutcome>;
  /** The counts of the rows yielded so far; after the last, the whole report. */
  report(): IngestReport;
}

/** For each field, the position of the first of its names in the header (-1: none). */
function positions(header: readonly string[], map: CompiledMapping): Readonly<Record<Field, number>> {
  const trimmed = header.map((name) => name.trim());
  const at = {} as Record<Field, number>;
  for (const field of FIELDS) {
    at[field] = -1;
    for (const name of map.columns[field]) {
      const index = trimmed.indexOf(name);
      if (index >= 0) {
        at[field] = index;
        break;
      }
    }
  }
  return at;
}

/**
 * Ingests a CSV export row by row, holding one batch of rows at a time: for files too big to keep whole.
 * The first record is the header. Reading starts when `items` is iterated.
 *
 * @param input - the CSV text, or its chunks (text or UTF-8 bytes) from a file or network stream.
 * @param options - `{ preset }` or `{ mapping }`.
 * @returns the stream of outcomes and its report.
 * @throws RangeError at once when the options are wrong.
 *
 * @example
 * ```ts
 * import { ingestCsvStream } from "council-contact/ingest";
 * const stream = ingestCsvStream("Ref,Logged\nA1,2024-05-01 09:00\nA2,\n", { mapping: { id: "Ref", openedAt: "Logged" } });
 * const ids: string[] = [];
 * for await (const item of stream.items) if ("record" in item) ids.push(item.record.sourceId);
 * ids //=> ["A1"]
 * stream.report().rejected //=> 1
 * ```
 */
export function ingestCsvStream(input: CsvInput, options: IngestOptions): IngestStream {
  const map = mappingOf(options);
  if (typeof input !== "string" && (typeof input !== "object" || input === null || !(Symbol.asyncIterator in input))) {
    throw new RangeError("input must be CSV text or an async iterable of its chunks");
  }
  const counts = tally();
  async function* items(): AsyncGenerator<RowOutcome> {
    let at: Readonly<Record<Field, number>> | undefined;
    let row = 0;
    const seen = new Set<string>();
    for await (const batch of csvRows(input)) {
      for (const item of batch) {
        let outcome: RowOutcome;
        if ("error" in item) {
          const issue = { code: "invalid_format" as const, path: [], message: `unreadable CSV record: ${item.error}` };
          outcome = { rejected: { row: ++row, issues: [issue] } };
        } else if (at === undefined) {
          at = positions(item as readonly string[], map);
          continue;
        } else {
          const cells = item as readonly string[];
          const where = at;
          outcome = readRow((field) => (where[field] < 0 ? undefined : cells[where[field]]), ++row, map, seen);
        }
        counts.add(outcome);
        yield outcome;
      }
    }
  }
  return { items: items(), report: counts.report };
}

/**
 * Ingests a CSV export: every data row becomes a record or a rejected row, and the report counts both
 * (`rowsIn = records + rejected`, always). Local times are read in the mapping's zone; channels map to the
 * taxonomy, an unmapped or blank one to `unknown` with a warning; a duplicate id, an unreadable or missing
 * id or opened time, an unreadable closed time or one before the opened time reject the row.
 *
 * @param input - the CSV text, or its chunks (text or UTF-8 bytes) from a file or network stream.
 * @param options - `{ preset }` (`nyc311`, `boston311`, `chicago-open311`) or `{ mapping }`.
 * @returns the records, the rejected rows and the report.
 * @throws RangeError when the options are wrong.
 *
 * @example
 * ```ts
 * import { ingestCsv } from "council-contact/ingest";
 * const csv = [
 *   "Unique Key,Created Date,Closed Date,Status,Open Data Channel Type",
 *   "1,05/01/2022 12:03:00 AM,05/01/2022 01:10:00 AM,Closed,PHONE",
 *   "2,05/01/2022 12:05:00 AM,04/30/2022 11:00:00 PM,Closed,ONLINE",
 *   "3,05/01/2022 12:09:00 AM,,In Progress,UNKNOWN",
 * ].join("\n");
 * const { records, rejected, report } = await ingestCsv(csv, { preset: "nyc311" });
 * new Date(records[0]!.openedAt).toISOString() //=> "2022-05-01T04:03:00.000Z"
 * rejected[0]?.issues[0]?.code //=> "too_small"
 * report.channels //=> { telephone: 1, unknown: 1 }
 * ```
 */
export async function ingestCsv(input: CsvInput, options: IngestOptions): Promise<IngestResult> {
  const stream = ingestCsvStream(input, options);
  const records: IngestRecord[] = [];
  const rejected: RejectedRow[] = [];
  for await (const item of stream.items) {
    if ("record" in item) records.push(item.record);
    else rejected.push(item.rejected);
  }
  return { records, rejected, report: stream.report() };
}
