import { rangeError } from "../core/index.js";
import type { CompiledMapping, Field } from "./compileMapping.js";
import { type IngestOptions, mappingOf } from "./IngestOptions.js";
import type { IngestRecord, IngestResult, RejectedRow } from "./IngestRecord.js";
import { readRow } from "./readRow.js";
import { tally } from "./tally.js";

/** A value at a key of an object, or at a dotted path into nested objects; undefined when there is none. */
function lookup(row: object, name: string): unknown {
  if (Object.hasOwn(row, name)) return (row as Record<string, unknown>)[name];
  if (!name.includes(".")) return undefined;
  let value: unknown = row;
  for (const key of name.split(".")) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The cell reader for one object row: the first of a field's names the row has. */
export function objectCells(row: unknown, map: CompiledMapping): (field: Field) => unknown {
  return (field) => {
    if (typeof row !== "object" || row === null) return undefined;
    for (const name of map.columns[field]) {
      const value = lookup(row, name);
      if (value !== undefined) return value;
    }
    return undefined;
  };
}

/**
 * Ingests rows that are already objects: a city's JSON API (NYC's Socrata JSON, an Open311 request list) or
 * CSV parsed elsewhere. Every row becomes a record or a rejected row, never both, never neither; a row that is
 * not an object is rejected.
 *
 * @param rows - the rows, each an object keyed by column name.
 * @param options - `{ preset }` or `{ mapping }`.
 * @returns the records, the rejected rows and the report.
 * @throws RangeError when `rows` is not an array or the options are wrong.
 *
 * @example
 * ```ts
 * import { ingestRows } from "council-contact/ingest";
 * const { records, report } = ingestRows(
 *   [
 *     { unique_key: "1", created_date: "2022-05-01T00:03:00.000", open_data_channel_type: "PHONE", status: "Open" },
 *     { unique_key: "2", created_date: "2022-05-01T00:05:00.000", open_data_channel_type: "UNKNOWN" },
 *   ],
 *   { preset: "nyc311" },
 * );
 * new Date(records[0]!.openedAt).toISOString() //=> "2022-05-01T04:03:00.000Z"
 * report.channels //=> { telephone: 1, unknown: 1 }
 * report.unmappedChannels //=> { UNKNOWN: 1 }
 * ```
 */
export function ingestRows(rows: readonly unknown[], options: IngestOptions): IngestResult {
  if (!Array.isArray(rows)) throw rangeError("rows", "an array of objects", rows);
  const map = mappingOf(options);
  const records: IngestRecord[] = [];
  const rejected: RejectedRow[] = [];
  const counts = tally();
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const outcome =
      typeof row === "object" && row !== null && !Array.isArray(row)
        ? readRow(objectCells(row, map), i + 1, map, seen)
        : {
            rejected: {
              row: i + 1,
              issues: [{ code: "invalid_type" as const, path: [], message: "row must be an object", input: row }],
            },
          };
    counts.add(outcome);
    if ("record" in outcome) records.push(outcome.record);
    else rejected.push(outcome.rejected);
  }
  return { records, rejected, report: counts.report() };
}
