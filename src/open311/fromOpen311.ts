import { messages, rangeError, readInstant, show, ValidationError, type ValidationIssue } from "../core/index.js";
import type { Enquiry, ServiceRequestState } from "../enquiry/index.js";
import { type Channel, isChannel } from "../taxonomy/index.js";
import type { Open311Request } from "./Open311Document.js";
import { readShape } from "./readShape.js";
import { REQUEST } from "./shapes.js";
import { OPEN311_STATUS_TABLE, OUTCOME_OF, statusKey } from "./statusTable.js";

/**
 * One entry of a case's history, from the request's `notes` timeline.
 *
 * @example
 * ```ts
 * import type { Open311HistoryEntry } from "council-contact/open311";
 * const entry: Open311HistoryEntry = { at: 1399680141000, type: "opened", summary: "Request opened" };
 * entry.type //=> "opened"
 * ```
 */
export interface Open311HistoryEntry {
  /** When, epoch milliseconds. */
  readonly at: number;
  /** The note's type (`opened`, `activity`, `closed`, …), verbatim. */
  readonly type?: string;
  /** Its summary. */
  readonly summary?: string;
  /** Its detail. */
  readonly description?: string;
}

/**
 * A GeoReport request read as the library's enquiry on the service-request lifecycle, with what the vendor
 * carries beside it: the status verbatim, the service code, the channel, the due time, the history, the place.
 *
 * @example
 * ```ts
 * import { fromOpen311, type Open311Case } from "council-contact/open311";
 * const found: Open311Case = fromOpen311({ service_request_id: "1", status: "open", requested_datetime: "2024-05-01T09:00:00Z" });
 * found.enquiry.state //=> "logged"
 * ```
 */
export interface Open311Case {
  /** The enquiry: lifecycle `service-request`, state from the status, times from the request. */
  readonly enquiry: Enquiry<ServiceRequestState>;
  /** The status as the endpoint sent it, never dropped. */
  readonly status: string;
  /** Whether the status table knew the status (else the enquiry is open, state `logged`, as for the spec's `open`). */
  readonly statusKnown: boolean;
  /** The endpoint's service code (the external service code). */
  readonly serviceCode?: string;
  /** The service's name. */
  readonly serviceName?: string;
  /** The channel, from `extended_attributes.channel` through the channel table; `unknown` when absent or unmapped. */
  readonly channel: Channel;
  /** The channel as the endpoint wrote it. */
  readonly sourceChannel?: string;
  /** When it is expected to be done (`expected_datetime`): the clock's due instant. */
  readonly dueAt?: number;
  /** The `notes` timeline, in order. */
  readonly history: readonly Open311HistoryEntry[];
  /** What the citizen wrote. */
  readonly description?: string;
  /** The address. */
  readonly address?: string;
  /** Latitude. */
  readonly latitude?: number;
  /** Longitude. */
  readonly longitude?: number;
}

/**
 * Options for {@link fromOpen311}.
 *
 * @example
 * ```ts
 * import type { FromOpen311Options } from "council-contact/open311";
 * const options: FromOpen311Options = { statuses: { "WITH CONTRACTOR": "in-progress" }, channels: { kiosk: "kiosk" } };
 * options.statuses?.["WITH CONTRACTOR"] //=> "in-progress"
 * ```
 */
export interface FromOpen311Options {
  /** More statuses and their states, added to `OPEN311_STATUS_TABLE` (matched the same way). */
  readonly statuses?: Readonly<Record<string, ServiceRequestState>>;
  /** More channel words (ignoring case) and their channel codes, added to phone, web, email, mobile. */
  readonly channels?: Readonly<Record<string, Channel>>;
}

const STATES: ReadonlySet<unknown> = new Set(Object.values(OPEN311_STATUS_TABLE));

function statusTable(extra: unknown): ReadonlyMap<string, ServiceRequestState> {
  const table = new Map(Object.entries(OPEN311_STATUS_TABLE));
  if (extra === undefined) return table;
  if (typeof extra !== "object" || extra === null) throw rangeError("options.statuses", "an object", extra);
  for (const [word, state] of Object.entries(extra)) {
    if (!STATES.has(state)) throw rangeError(`options.statuses[${show(word)}]`, "a service-request state", state);
    table.set(statusKey(word), state as ServiceRequestState);
  }
  return table;
}

function channelTable(extra: unknown): ReadonlyMap<string, Channel> {
  const table = new Map(Object.entries(CHANNELS));
  if (extra === undefined) return table;
  if (typeof extra !== "object" || extra === null) throw rangeError("options.channels", "an object", extra);
  for (const [word, code] of Object.entries(extra)) {
    if (!isChannel(code)) throw rangeError(`options.channels[${show(word)}]`, "a channel code", code);
    table.set(word.trim().toLowerCase(), code);
  }
  return table;
}

const CHANNELS: Readonly<Record<string, Channel>> = {
  phone: "telephone",
  telephone: "telephone",
  web: "web-form",
  email: "email",
  mobile: "mobile-app",
  "mobile app": "mobile-app",
  app: "mobile-app",
};

function when(name: string, value: string | undefined, issues: ValidationIssue[]): number | undefined {
  if (value === undefined) return undefined;
  const ms = readInstant(value, name);
  if (typeof ms === "number") return ms;
  issues.push({ code: "invalid_format", path: [name], message: ms.message, input: value });
  return undefined;
}

/**
 * Reads a GeoReport request as an enquiry on the service-request lifecycle: the state from its status through
 * `OPEN311_STATUS_TABLE` (a status it does not know is kept verbatim, with `statusKnown` false, and read as
 * open, state `logged`), `requested_datetime` as received, `updated_datetime` as updated (and closed, for a
 * closed state), `expected_datetime` as the due instant, the `notes` as history, the channel from
 * `extended_attributes.channel`.
 *
 * @param input - a request from `parseOpen311Json` or `parseOpen311Xml`.
 * @param options - more statuses and channel words.
 * @returns the case.
 * @throws ValidationError when the request has no id or no readable `requested_datetime`, a time is unreadable or a
 * field has the wrong type; RangeError when an option is wrong.
 *
 * @example
 * ```ts
 * import { fromOpen311 } from "council-contact/open311";
 * const found = fromOpen311({
 *   service_request_id: "14-1",
 *   status: "closed",
 *   service_code: "006",
 *   requested_datetime: "2014-05-09T19:02:21-05:00",
 *   updated_datetime: "2014-05-12T10:00:00-05:00",
 *   extended_attributes: { channel: "phone" },
 * });
 * [found.enquiry.state, found.enquiry.status, found.enquiry.outcome, found.channel] //=> ["closed", "closed", "closed", "telephone"]
 * fromOpen311({ service_request_id: "2", status: "acknowledged", requested_datetime: "2024-05-01T09:00:00Z" }).enquiry.state //=> "logged"
 * ```
 */
export function fromOpen311(input: Open311Request, options: FromOpen311Options = {}): Open311Case {
  const issues: ValidationIssue[] = [];
  const request = readShape(REQUEST, input, [], issues) as Open311Request;
  if (issues.length > 0) throw new ValidationError(issues, "Open311 request");
  const table = statusTable(options?.statuses);
  const words = channelTable(options?.channels);
  const id = request.service_request_id;
  if (typeof id !== "string" || id === "")
    issues.push({ code: "missing", path: ["service_request_id"], message: messages.missing("service_request_id") });
  if (request.requested_datetime === undefined) {
    issues.push({ code: "missing", path: ["requested_datetime"], message: messages.missing("requested_datetime") });
  }
  const receivedAt = when("requested_datetime", request.requested_datetime, issues);
  const updated = when("updated_datetime", request.updated_datetime, issues);
  const dueAt = when("expected_datetime", request.expected_datetime, issues);
  const history: Open311HistoryEntry[] = [];
  for (const note of request.notes ?? []) {
    const at = when("notes", note?.datetime, issues);
    if (at === undefined) continue;
    const entry: { -readonly [K in keyof Open311HistoryEntry]: Open311HistoryEntry[K] } = { at };
    if (note.type !== undefined) entry.type = note.type;
    if (note.summary !== undefined) entry.summary = note.summary;
    if (note.description !== undefined) entry.description = note.description;
    history.push(entry);
  }
  if (issues.length > 0 || receivedAt === undefined || typeof id !== "string")
    throw new ValidationError(issues, "Open311 request");

  const status = typeof request.status === "string" ? request.status : "open";
  const known = table.get(statusKey(status));
  const statusKnown = known !== undefined;
  const state: ServiceRequestState = known ?? "logged";
  const outcome = Object.hasOwn(OUTCOME_OF, state) ? OUTCOME_OF[state as keyof typeof OUTCOME_OF] : null;
  const updatedAt = Math.max(receivedAt, updated ?? receivedAt, ...history.map((h) => h.at));

  const sourceChannel = request.extended_attributes?.channel;
  const channel: Channel = (sourceChannel && words.get(sourceChannel.toLowerCase())) || "unknown";

  const enquiry: Enquiry<ServiceRequestState> = {
    id,
    lifecycle: "service-request",
    version: 1,
    state,
    status: outcome === null ? "open" : "closed",
    outcome,
    receivedAt,
    updatedAt,
    closedAt: outcome === null ? null : updatedAt,
    events: 1 + history.length,
    handler: null,
    handlers: {},
    duplicateOf: null,
    referredTo: null,
    noNotify: null,
    notice: null,
  };
  const found: { -readonly [K in keyof Open311Case]: Open311Case[K] } = {
    enquiry,
    status,
    statusKnown,
    channel,
    history,
  };
  if (request.service_code !== undefined) found.serviceCode = request.service_code;
  if (request.service_name !== undefined) found.serviceName = request.service_name;
  if (sourceChannel !== undefined) found.sourceChannel = sourceChannel;
  if (dueAt !== undefined) found.dueAt = dueAt;
  if (request.description !== undefined) found.description = request.description;
  if (request.address !== undefined) found.address = request.address;
  if (typeof request.lat === "number") found.latitude = request.lat;
  if (typeof request.long === "number") found.longitude = request.long;
  return found;
}
