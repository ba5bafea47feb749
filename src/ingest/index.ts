/**
 * Real data in: a council's or a city's export (CSV, streamed or whole, or rows of JSON objects) read into
 * records, each row either a record or a rejected row with its reasons, and a report that counts them. Built-in
 * presets for NYC 311, Boston 311 and Open311 GeoReport requests; local times read in the source's own zone;
 * channel words mapped to the taxonomy, with `unknown` for the rest; the source's own deadline verdict
 * reproduced from its due times.
 *
 * @module ingest
 */

export type { ArrowContactMapping, ArrowLikeColumn, ArrowLikeTable } from "./contactColumnsFromArrow.js";
export { contactColumnsFromArrow } from "./contactColumnsFromArrow.js";
export type { CsvInput } from "./csvRows.js";
export type { DeadlineVerdict } from "./deadlineVerdict.js";
export { deadlineVerdict } from "./deadlineVerdict.js";
export type { ColumnName, IngestMapping } from "./IngestMapping.js";
export type { IngestOptions } from "./IngestOptions.js";
export type { IngestRecord, IngestReport, IngestResult, RejectedRow } from "./IngestRecord.js";
export type { IngestStream } from "./ingestCsv.js";
export { ingestCsv, ingestCsvStream } from "./ingestCsv.js";
export { ingestRows } from "./ingestRows.js";
export type { IngestPreset } from "./presets.js";
export { INGEST_PRESETS } from "./presets.js";
export type { RowOutcome } from "./readRow.js";
