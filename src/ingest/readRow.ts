import { formatInstant, messages, show, type ValidationIssue } from "../core/index.js";
import type { Contact, ContactId, ServiceId } from "../schema/index.js";
import type { Channel } from "../taxonomy/index.js";
import type { CompiledMapping, Field } from "./compileMapping.js";
import type { IngestRecord, RejectedRow } from "./IngestRecord.js";
import { readLocalTime } from "./readLocalTime.js";

/** A row's cell for a field: its raw value, or undefined when the row has no such column. */
export type CellOf = (field: Field) => unknown;

/**
 * One row read: `{ record }`, or `{ rejected }` with its reasons.
 *
 * @example
 * ```ts
 * import type { RowOutcome } from "council-contact/ingest";
 * const outcome: RowOutcome = { rejected: { row: 3, issues: [{ code: "missing", path: ["id"], message: "id is required" }] } };
 * "rejected" in outcome //=> true
 * ```
 */
export type RowOutcome =
  | {
      /** The row read as a record (perhaps with warnings). */
      readonly record: IngestRecord;
    }
  | {
      /** The row refused, with its issues. */
      readonly rejected: RejectedRow;
    };

const issue = (code: ValidationIssue["code"], field: Field, message: string, input?: unknown): ValidationIssue =>
  input === undefined ? { code, path: [field], message } : { code, path: [field], message, input };

/** A cell as text: trimmed, with empty text, null and undefined absent; a number as written. */
function text(field: Field, value: unknown, issues: ValidationIssue[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") {
    issues.push(issue("invalid_type", field, messages.mustBe(field, "text", value), value));
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

function time(
  field: Field,
  cell: string | undefined,
  map: CompiledMapping,
  issues: ValidationIssue[],
): number | undefined {
  if (cell === undefined) return undefined;
  const ms = readLocalTime(cell, map.zone);
  if (ms === undefined) {
    issues.push(issue("invalid_date", field, messages.mustBe(field, "a date and time", cell), cell));
  }
  return ms;
}

function degrees(
  field: Field,
  cell: string | undefined,
  limit: number,
  warnings: ValidationIssue[],
): number | undefined {
  if (cell === undefined) return undefined;
  const value = Number(cell);
  if (Number.isFinite(value) && Math.abs(value) <= limit) return value;
  warnings.push(
    issue("invalid_value", field, messages.mustBe(field, `degrees from −${limit} to ${limit}`, cell), cell),
  );
  return undefined;
}

/**
 * Reads one row through a compiled mapping. Required fields (id, opened time), a closed time that cannot be
 * read or comes before the opened time, and an id seen before refuse the row; anything else is a warning.
 *
 * @param cellOf - the row's cells.
 * @param row - the row's position, from 1.
 * @param map - the compiled mapping.
 * @param seen - the ids read so far; the row's id is added when it becomes a record.
 * @returns the record, or the refused row.
 */
export function readRow(cellOf: CellOf, row: number, map: CompiledMapping, seen: Set<string>): RowOutcome {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const sourceId = text("id", cellOf("id"), errors);
  if (sourceId === undefined && errors.length === 0) errors.push(issue("missing", "id", messages.missing("id")));
  else if (sourceId !== undefined && seen.has(sourceId)) {
    errors.push(issue("duplicate", "id", `id ${show(sourceId)} appears on an earlier row`, sourceId));
  }
  const openedText = text("openedAt", cellOf("openedAt"), errors);
  if (openedText === undefined && !errors.some((e) => e.path[0] === "openedAt")) {
    errors.push(issue("missing", "openedAt", messages.missing("openedAt")));
  }
  const openedAt = time("openedAt", openedText, map, errors);
  const closedAt = time("closedAt", text("closedAt", cellOf("closedAt"), errors), map, errors);
  if (openedAt !== undefined && closedAt !== undefined && closedAt < openedAt) {
    const message = `closedAt must not be before openedAt ${formatInstant(openedAt)}, got ${formatInstant(closedAt)}`;
    errors.push(issue("too_small", "closedAt", message, formatInstant(closedAt)));
  }
  if (errors.length > 0 || sourceId === undefined || openedAt === undefined) {
    return { rejected: sourceId === undefined ? { row, issues: errors } : { row, sourceId, issues: errors } };
  }
  seen.add(sourceId);

  let dueAt = time("dueAt", text("dueAt", cellOf("dueAt"), warnings), map, warnings);
  if (dueAt !== undefined && dueAt < openedAt) {
    warnings.push(
      issue("too_small", "dueAt", "dueAt is before openedAt: the due time is dropped", formatInstant(dueAt)),
    );
    dueAt = undefined;
  }
  const status = text("status", cellOf("status"), warnings);
  const closed = status !== undefined && map.closed.has(status.toLowerCase());
  if (!closed && status !== undefined && closedAt !== undefined) {
    warnings.push(
      issue("invalid_value", "status", `status ${show(status)} is not closed, but the row has a closed time`, status),
    );
  }
  const sourceChannel = text("channel", cellOf("channel"), warnings);
  let channel: Channel = "unknown";
  if (sourceChannel === undefined) {
    warnings.push(issue("missing", "channel", "channel is missing: the record's channel is unknown"));
  } else {
    const mapped = map.channels.get(sourceChannel.toLowerCase());
    if (mapped === undefined) {
      const message = `channel ${show(sourceChannel)} is not in the mapping: the record's channel is unknown`;
      warnings.push(issue("invalid_value", "channel", message, sourceChannel));
    } else channel = mapped;
  }
  const service = text("service", cellOf("service"), warnings);
  const description = text("description", cellOf("description"), warnings);
  const address = text("address", cellOf("address"), warnings);
  const latitude = degrees("latitude", text("latitude", cellOf("latitude"), warnings), 90, warnings);
  const longitude = degrees("longitude", text("longitude", cellOf("longitude"), warnings), 180, warnings);
  const verdict = text("onTime", cellOf("onTime"), warnings)?.toLowerCase();
  const onTime = verdict === map.onTime ? true : verdict === map.late ? false : undefined;
  if (verdict !== undefined && onTime === undefined) {
    warnings.push(issue("invalid_value", "onTime", `onTime ${show(verdict)} is neither on time nor late`, verdict));
  }

  const contact: { -readonly [K in keyof Contact]: Contact[K] } = {
    id: sourceId as ContactId,
    at: openedAt,
    channel,
  };
  if (service !== undefined) contact.serviceId = service as ServiceId;
  if (description !== undefined) contact.note = description;
  const record: { -readonly [K in keyof IngestRecord]: IngestRecord[K] } = { row, sourceId, contact, openedAt, closed };
  if (closedAt !== undefined) record.closedAt = closedAt;
  if (dueAt !== undefined) record.dueAt = dueAt;
  if (status !== undefined) record.status = status;
  if (sourceChannel !== undefined) record.sourceChannel = sourceChannel;
  if (address !== undefined) record.address = address;
  if (latitude !== undefined) record.latitude = latitude;
  if (longitude !== undefined) record.longitude = longitude;
  if (onTime !== undefined) record.onTime = onTime;
  if (warnings.length > 0) record.warnings = warnings;
  return { record };
}
