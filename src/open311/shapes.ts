/** How a field is read: its type, or a list of records (with the XML element name of one item). */
export type FieldShape =
  | "string"
  | "number"
  | "boolean"
  | "strings"
  | { readonly item: string; readonly fields: Shape };

/** The fields of a record, in the order they are written. */
export type Shape = Readonly<Record<string, FieldShape>>;

const text = (...names: string[]): Shape => Object.fromEntries(names.map((name) => [name, "string"]));

export const SERVICE: Shape = {
  service_code: "string",
  service_name: "string",
  description: "string",
  metadata: "boolean",
  type: "string",
  keywords: "string",
  group: "string",
};

const VALUE: Shape = text("key", "name");

const ATTRIBUTE: Shape = {
  variable: "boolean",
  code: "string",
  datatype: "string",
  required: "boolean",
  datatype_description: "string",
  order: "number",
  description: "string",
  values: { item: "value", fields: VALUE },
};

export const DEFINITION: Shape = { service_code: "string", attributes: { item: "attribute", fields: ATTRIBUTE } };

const NOTE: Shape = text("datetime", "summary", "description", "type");

export const REQUEST: Shape = {
  ...text(
    "service_request_id",
    "token",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "address_id",
    "zipcode",
  ),
  lat: "number",
  long: "number",
  media_url: "string",
  account_id: "string",
  extended_attributes: "strings",
  notes: { item: "note", fields: NOTE },
};

export const ERROR: Shape = { code: "number", description: "string" };

export const UPDATE: Shape = text(
  "update_id",
  "service_request_id",
  "status",
  "updated_datetime",
  "description",
  "media_url",
  "external_status_code",
);

/** Each kind's list key in the document, XML root, XML item element and record shape. */
export const KINDS = {
  services: { key: "services", root: "services", item: "service", shape: SERVICE },
  requests: { key: "requests", root: "service_requests", item: "request", shape: REQUEST },
  errors: { key: "errors", root: "errors", item: "error", shape: ERROR },
  updates: { key: "updates", root: "service_request_updates", item: "request_update", shape: UPDATE },
} as const;

/** Keys whose bare JSON numbers are kept as the text written: ids and codes. */
export const STRING_KEYS: ReadonlySet<string> = new Set(
  [SERVICE, VALUE, ATTRIBUTE, DEFINITION, NOTE, REQUEST, UPDATE].flatMap((shape) =>
    Object.entries(shape)
      .filter(([, field]) => field === "string")
      .map(([name]) => name),
  ),
);
