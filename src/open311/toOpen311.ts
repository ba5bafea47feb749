import { formatInstant, rangeError } from "../core/index.js";
import type { Open311Case } from "./fromOpen311.js";
import type { Open311Request } from "./Open311Document.js";

/**
 * Writes a case back as a GeoReport request: id, status (verbatim, as it came), service code and name, times
 * (as UTC instants), the due time, the place, the channel word and the history as `notes`. `fromOpen311` reads
 * the result back to the same case.
 *
 * @param found - a case from `fromOpen311`.
 * @returns the request.
 * @throws RangeError when `found` is not a case.
 *
 * @example
 * ```ts
 * import { fromOpen311, toOpen311 } from "council-contact/open311";
 * const request = { service_request_id: "7", status: "acknowledged", service_code: "006", requested_datetime: "2024-05-01T10:00:00+01:00" };
 * toOpen311(fromOpen311(request)) //=> { service_request_id: "7", status: "acknowledged", service_code: "006", requested_datetime: "2024-05-01T09:00:00.000Z", updated_datetime: "2024-05-01T09:00:00.000Z" }
 * ```
 */
export function toOpen311(found: Open311Case): Open311Request {
  const enquiry = found?.enquiry;
  if (typeof enquiry !== "object" || enquiry === null || !Number.isFinite(enquiry.receivedAt)) {
    throw rangeError("case", "a case from fromOpen311", found);
  }
  const request: { -readonly [K in keyof Open311Request]: Open311Request[K] } = {
    service_request_id: enquiry.id,
    status: found.status,
  };
  if (found.serviceName !== undefined) request.service_name = found.serviceName;
  if (found.serviceCode !== undefined) request.service_code = found.serviceCode;
  if (found.description !== undefined) request.description = found.description;
  request.requested_datetime = formatInstant(enquiry.receivedAt);
  request.updated_datetime = formatInstant(enquiry.updatedAt);
  if (found.dueAt !== undefined) request.expected_datetime = formatInstant(found.dueAt);
  if (found.address !== undefined) request.address = found.address;
  if (found.latitude !== undefined) request.lat = found.latitude;
  if (found.longitude !== undefined) request.long = found.longitude;
  if (found.sourceChannel !== undefined) request.extended_attributes = { channel: found.sourceChannel };
  if (!Array.isArray(found.history) || !found.history.every((entry) => Number.isFinite(entry?.at))) {
    throw rangeError("case.history", "a list of entries with an instant `at`", found.history);
  }
  if (found.history.length > 0) {
    request.notes = found.history.map((entry) => {
      const note: { datetime: string; type?: string; summary?: string; description?: string } = {
        datetime: formatInstant(entry.at),
      };
      if (entry.type !== undefined) note.type = entry.type;
      if (entry.summary !== undefined) note.summary = entry.summary;
      if (entry.description !== undefined) note.description = entry.description;
      return note;
    });
  }
  return request;
}
