import type { IngestMapping } from "./IngestMapping.js";

/**
 * The names of the built-in mappings.
 *
 * @example
 * ```ts
 * import type { IngestPreset } from "council-contact/ingest";
 * const preset: IngestPreset = "boston311";
 * preset //=> "boston311"
 * ```
 */
export type IngestPreset = "nyc311" | "boston311" | "chicago-open311";

/**
 * Mappings for published 311 exports, each column under its CSV header and its API key:
 * - `nyc311`: NYC Open Data's 311 Service Requests (dataset erm2-nwe9), as CSV and as Socrata JSON; times in
 *   America/New_York; `Open Data Channel Type` PHONE, ONLINE, MOBILE (OTHER and UNKNOWN stay `unknown`).
 * - `boston311`: Analyze Boston's 311 Service Requests; America/New_York; `target_dt` is the due time and
 *   `ontime` the city's verdict; `source` Constituent Call, Citizens Connect App, Self Service, Twitter, Email
 *   (City Worker App and Employee Generated are raised by staff and stay `unknown`).
 * - `chicago-open311`: Open311 GeoReport v2 requests (Chicago's endpoint), as CSV columns or JSON objects with
 *   `extended_attributes.channel`; America/Chicago for times without an offset.
 *
 * @example
 * ```ts
 * import { INGEST_PRESETS } from "council-contact/ingest";
 * INGEST_PRESETS.nyc311.timeZone //=> "America/New_York"
 * INGEST_PRESETS.boston311.dueAt //=> "target_dt"
 * ```
 */
export const INGEST_PRESETS: Readonly<Record<IngestPreset, IngestMapping>> = {
  nyc311: {
    id: ["Unique Key", "unique_key"],
    openedAt: ["Created Date", "created_date"],
    closedAt: ["Closed Date", "closed_date"],
    dueAt: ["Due Date", "due_date"],
    status: ["Status", "status"],
    channel: ["Open Data Channel Type", "open_data_channel_type"],
    service: ["Complaint Type", "complaint_type"],
    description: ["Descriptor", "descriptor"],
    address: ["Incident Address", "incident_address"],
    latitude: ["Latitude", "latitude"],
    longitude: ["Longitude", "longitude"],
    timeZone: "America/New_York",
    channels: { PHONE: "telephone", ONLINE: "web-form", MOBILE: "mobile-app" },
    closedStatuses: ["Closed"],
  },
  boston311: {
    id: "case_enquiry_id",
    openedAt: "open_dt",
    closedAt: "closed_dt",
    dueAt: "target_dt",
    status: "case_status",
    channel: "source",
    service: "type",
    description: "case_title",
    address: "location",
    latitude: "latitude",
    longitude: "longitude",
    onTime: "ontime",
    timeZone: "America/New_York",
    channels: {
      "Constituent Call": "telephone",
      "Citizens Connect App": "mobile-app",
      "Self Service": "web-self-service",
      Twitter: "social-media",
      Email: "email",
    },
    closedStatuses: ["Closed"],
    onTimeValues: { onTime: "ONTIME", late: "OVERDUE" },
  },
  "chicago-open311": {
    id: "service_request_id",
    openedAt: "requested_datetime",
    dueAt: "expected_datetime",
    status: "status",
    channel: ["channel", "extended_attributes.channel"],
    service: ["service_name", "service_code"],
    description: "description",
    address: "address",
    latitude: "lat",
    longitude: "long",
    timeZone: "America/Chicago",
    channels: { phone: "telephone", web: "web-form", "mobile app": "mobile-app", email: "email", mobile: "mobile-app" },
    closedStatuses: ["closed"],
  },
};
