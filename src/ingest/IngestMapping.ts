import type { Channel } from "../taxonomy/index.js";

/**
 * Where a field comes from: a column name, or several names of which the first one present is read (so one
 * mapping serves a city's CSV headers and its API's snake_case keys). In rows of objects a name with dots
 * (`extended_attributes.channel`) also reaches into nested objects.
 *
 * @example
 * ```ts
 * import type { ColumnName } from "council-contact/ingest";
 * const created: ColumnName = ["Created Date", "created_date"];
 * created.length //=> 2
 * ```
 */
export type ColumnName = string | readonly string[];

/**
 * How the columns of an export become records: which column holds each field, the zone its local times are
 * in, and how its channel and status words read. Only `id` and `openedAt` are required.
 *
 * @example
 * ```ts
 * import type { IngestMapping } from "council-contact/ingest";
 * const mapping: IngestMapping = {
 *   id: "Ref",
 *   openedAt: "Logged",
 *   closedAt: "Resolved",
 *   channel: "How received",
 *   channels: { Phone: "telephone", Web: "web-form" },
 *   closedStatuses: ["Resolved"],
 *   timeZone: "Europe/London",
 * };
 * mapping.id //=> "Ref"
 * ```
 */
export interface IngestMapping {
  /** The column with each row's own id (the source's case number). */
  readonly id: ColumnName;
  /** When the request was made. */
  readonly openedAt: ColumnName;
  /** When it was closed. */
  readonly closedAt?: ColumnName;
  /** When the source says it is due (a target or expected date). */
  readonly dueAt?: ColumnName;
  /** Its status, kept verbatim. */
  readonly status?: ColumnName;
  /** How it came in, read through `channels`. */
  readonly channel?: ColumnName;
  /** What it is about (a complaint type, a service name): becomes the contact's `serviceId`. */
  readonly service?: ColumnName;
  /** Free text describing it: becomes the contact's `note`. */
  readonly description?: ColumnName;
  /** The address. */
  readonly address?: ColumnName;
  /** Latitude in decimal degrees. */
  readonly latitude?: ColumnName;
  /** Longitude in decimal degrees. */
  readonly longitude?: ColumnName;
  /** The source's own verdict on its deadline (Boston's `ontime`), read through `onTimeValues`. */
  readonly onTime?: ColumnName;
  /** The IANA zone of times written without an offset. Default `Europe/London`. */
  readonly timeZone?: string;
  /** The source's channel words (matched ignoring case and surrounding space) and their channel codes; any other word becomes `unknown`, with a warning. */
  readonly channels?: Readonly<Record<string, Channel>>;
  /** The statuses that mean closed (ignoring case). Default `["closed"]`. */
  readonly closedStatuses?: readonly string[];
  /** The words of the `onTime` column for on time and for late. Default `ONTIME` and `OVERDUE`. */
  readonly onTimeValues?: {
    /** The word for a case closed on time. */
    readonly onTime: string;
    /** The word for a case closed late. */
    readonly late: string;
  };
}
