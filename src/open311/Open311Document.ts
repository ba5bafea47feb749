/**
 * A service a GeoReport v2 endpoint offers (`GET services`). Codes stay strings: `"006"` is not `6`.
 *
 * @example
 * ```ts
 * import type { Open311Service } from "council-contact/open311";
 * const service: Open311Service = { service_code: "006", service_name: "Potholes", metadata: false, type: "realtime" };
 * service.service_code //=> "006"
 * ```
 */
export interface Open311Service {
  /** The service's code. */
  readonly service_code?: string;
  /** Its name. */
  readonly service_name?: string;
  /** What it is for. */
  readonly description?: string;
  /** Whether it has a service definition with extra attributes. */
  readonly metadata?: boolean;
  /** `realtime`, `batch` or `blackbox`. */
  readonly type?: string;
  /** Comma-separated keywords. */
  readonly keywords?: string;
  /** The group it belongs to. */
  readonly group?: string;
}

/**
 * One allowed value of a list attribute.
 *
 * @example
 * ```ts
 * import type { Open311AttributeValue } from "council-contact/open311";
 * const value: Open311AttributeValue = { key: "123", name: "Ford" };
 * value.key //=> "123"
 * ```
 */
export interface Open311AttributeValue {
  /** The value's key, a string. */
  readonly key?: string;
  /** Its label. */
  readonly name?: string;
}

/**
 * An extra question a service asks (`GET services/{code}`).
 *
 * @example
 * ```ts
 * import type { Open311Attribute } from "council-contact/open311";
 * const attribute: Open311Attribute = { code: "WHISHETN", datatype: "string", required: true, order: 1 };
 * attribute.required //=> true
 * ```
 */
export interface Open311Attribute {
  /** Whether the citizen answers it (false: information only). */
  readonly variable?: boolean;
  /** Its code. */
  readonly code?: string;
  /** `string`, `number`, `datetime`, `text`, `singlevaluelist` or `multivaluelist`. */
  readonly datatype?: string;
  /** Whether an answer is required. */
  readonly required?: boolean;
  /** How to answer it. */
  readonly datatype_description?: string;
  /** Its position in the form. */
  readonly order?: number;
  /** The question. */
  readonly description?: string;
  /** The allowed values of a list. */
  readonly values?: readonly Open311AttributeValue[];
}

/**
 * A service definition: a service's extra attributes.
 *
 * @example
 * ```ts
 * import type { Open311ServiceDefinition } from "council-contact/open311";
 * const definition: Open311ServiceDefinition = { service_code: "DMV66", attributes: [] };
 * definition.service_code //=> "DMV66"
 * ```
 */
export interface Open311ServiceDefinition {
  /** The service's code. */
  readonly service_code?: string;
  /** Its attributes. */
  readonly attributes?: readonly Open311Attribute[];
}

/**
 * One entry of a request's `notes` timeline, as Chicago's endpoint writes it.
 *
 * @example
 * ```ts
 * import type { Open311Note } from "council-contact/open311";
 * const note: Open311Note = { datetime: "2014-05-09T19:02:21-05:00", summary: "Request opened", type: "opened" };
 * note.type //=> "opened"
 * ```
 */
export interface Open311Note {
  /** When, with its offset as written. */
  readonly datetime?: string;
  /** A short summary. */
  readonly summary?: string;
  /** More detail. */
  readonly description?: string;
  /** `opened`, `activity`, `closed`, … */
  readonly type?: string;
}

/**
 * A service request as GeoReport v2 exchanges it: a request (`GET requests`), the answer to a POST (an id or a
 * token and a notice) and a token lookup all share this shape, with the fields each carries. Ids and codes are
 * strings; times are kept as written, offsets and all; an absent field is left out.
 *
 * @example
 * ```ts
 * import type { Open311Request } from "council-contact/open311";
 * const request: Open311Request = {
 *   service_request_id: "638344",
 *   status: "closed",
 *   service_code: "006",
 *   requested_datetime: "2010-04-14T06:37:38-08:00",
 *   lat: 37.762221815,
 *   long: -122.4651145,
 * };
 * request.service_code //=> "006"
 * ```
 */
export interface Open311Request {
  /** The request's id. */
  readonly service_request_id?: string;
  /** A token given before the id is known. */
  readonly token?: string;
  /** `open` or `closed` in the spec; FixMyStreet and councils use more, kept verbatim. */
  readonly status?: string;
  /** Why the status is what it is. */
  readonly status_notes?: string;
  /** The service's name. */
  readonly service_name?: string;
  /** The service's code. */
  readonly service_code?: string;
  /** What the citizen wrote. */
  readonly description?: string;
  /** The agency responsible. */
  readonly agency_responsible?: string;
  /** What the citizen should expect. */
  readonly service_notice?: string;
  /** When it was made, as written. */
  readonly requested_datetime?: string;
  /** When it last changed, as written. */
  readonly updated_datetime?: string;
  /** When it is expected to be done, as written. */
  readonly expected_datetime?: string;
  /** The address. */
  readonly address?: string;
  /** The endpoint's own address id. */
  readonly address_id?: string;
  /** The postal code. */
  readonly zipcode?: string;
  /** Latitude. */
  readonly lat?: number;
  /** Longitude. */
  readonly long?: number;
  /** A photo. */
  readonly media_url?: string;
  /** The citizen's account id, on a POST answer. */
  readonly account_id?: string;
  /** Vendor fields (Chicago's `channel`, `ward`), verbatim. */
  readonly extended_attributes?: Readonly<Record<string, string>>;
  /** The request's timeline (Chicago). */
  readonly notes?: readonly Open311Note[];
}

/**
 * An error an endpoint returns.
 *
 * @example
 * ```ts
 * import type { Open311Error } from "council-contact/open311";
 * const error: Open311Error = { code: 403, description: "Invalid api_key" };
 * error.code //=> 403
 * ```
 */
export interface Open311Error {
  /** The HTTP status code. */
  readonly code?: number;
  /** What went wrong. */
  readonly description?: string;
}

/**
 * One update of mySociety's `servicerequestupdates` extension: a change of status with its time and text.
 *
 * @example
 * ```ts
 * import type { Open311Update } from "council-contact/open311";
 * const update: Open311Update = { update_id: "u-1", service_request_id: "638344", status: "closed", updated_datetime: "2010-04-15T09:00:00-08:00" };
 * update.status //=> "closed"
 * ```
 */
export interface Open311Update {
  /** The update's id. */
  readonly update_id?: string;
  /** The request it updates. */
  readonly service_request_id?: string;
  /** The request's status after it. */
  readonly status?: string;
  /** When, as written. */
  readonly updated_datetime?: string;
  /** What happened. */
  readonly description?: string;
  /** A photo. */
  readonly media_url?: string;
  /** FixMyStreet's extended status, where sent. */
  readonly external_status_code?: string;
}

/**
 * Any GeoReport v2 response, by kind: the same object whether it came as JSON or XML.
 *
 * @example
 * ```ts
 * import type { Open311Document } from "council-contact/open311";
 * const document: Open311Document = { kind: "errors", errors: [{ code: 404, description: "not found" }] };
 * document.kind //=> "errors"
 * ```
 */
export type Open311Document =
  | {
      /** A service list (`services.json` / `services.xml`). */
      readonly kind: "services";
      /** The services, in the order given. */
      readonly services: readonly Open311Service[];
    }
  | {
      /** One service's definition (`services/{code}.json`). */
      readonly kind: "service-definition";
      /** The definition and its attributes. */
      readonly definition: Open311ServiceDefinition;
    }
  | {
      /** Service requests, a single request, a POST answer or a token lookup. */
      readonly kind: "requests";
      /** The requests, in the order given; a single request is a list of one. */
      readonly requests: readonly Open311Request[];
    }
  | {
      /** An error answer. */
      readonly kind: "errors";
      /** The errors, with their codes and descriptions. */
      readonly errors: readonly Open311Error[];
    }
  | {
      /** mySociety's service request updates. */
      readonly kind: "updates";
      /** The updates, in the order given. */
      readonly updates: readonly Open311Update[];
    };

/**
 * The kinds of {@link Open311Document}.
 *
 * @example
 * ```ts
 * import type { Open311Kind } from "council-contact/open311";
 * const kind: Open311Kind = "requests";
 * kind //=> "requests"
 * ```
 */
export type Open311Kind = Open311Document["kind"];
