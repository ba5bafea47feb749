import { XMLBuilder } from "fast-xml-parser";
import { rangeError } from "../core/index.js";
import type { Open311Document } from "./Open311Document.js";
import { DEFINITION, KINDS, type Shape } from "./shapes.js";
import { toDocument } from "./toDocument.js";

const builder = new XMLBuilder({ format: true, indentBy: "  ", suppressEmptyNode: false, processEntities: true });

/** The spec's payload for a document, checked field by field: lists for every kind, one object for a definition. */
function payload(document: Open311Document): unknown {
  const raw = rawPayload(document);
  const checked = toDocument(raw, false, document.kind);
  return checked.kind === "service-definition" ? checked.definition : rawPayload(checked);
}

function rawPayload(document: Open311Document): unknown {
  if (typeof document !== "object" || document === null) throw rangeError("document", "an Open311 document", document);
  if (document.kind === "service-definition") return document.definition;
  if (!Object.hasOwn(KINDS, document.kind)) throw rangeError("document.kind", "an Open311 kind", document.kind);
  const list = (document as unknown as Record<string, unknown>)[KINDS[document.kind].key];
  if (!Array.isArray(list)) throw rangeError(`document.${KINDS[document.kind].key}`, "a list", list);
  return list;
}

/** A record as XML content: list fields wrapped in their item elements. */
function xmlRecord(shape: Shape, record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(shape)) {
    const value = record[name];
    if (value === undefined) continue;
    out[name] =
      typeof field === "object" && Array.isArray(value)
        ? { [field.item]: value.map((item) => xmlRecord(field.fields, item as Record<string, unknown>)) }
        : value;
  }
  return out;
}

/**
 * Writes a document as a GeoReport v2 JSON response: a list of records (one object for a service definition),
 * ids and codes as strings, absent fields left out. `parseOpen311Json` reads it back to the same document.
 *
 * @param document - the document.
 * @returns the JSON text.
 * @throws RangeError when `document` is not an Open311 document; ValidationError when a field has the wrong type.
 *
 * @example
 * ```ts
 * import { formatOpen311Json } from "council-contact/open311";
 * formatOpen311Json({ kind: "errors", errors: [{ code: 404, description: "not found" }] }) //=> '[{"code":404,"description":"not found"}]'
 * ```
 */
export function formatOpen311Json(document: Open311Document): string {
  return JSON.stringify(payload(document));
}

/**
 * Writes a document as a GeoReport v2 XML response under its root element (`service_requests`, `services`, …).
 * `parseOpen311Xml` reads it back to the same document.
 *
 * @param document - the document.
 * @returns the XML text, with its declaration.
 * @throws RangeError when `document` is not an Open311 document; ValidationError when a field has the wrong type.
 *
 * @example
 * ```ts
 * import { formatOpen311Xml, parseOpen311Xml } from "council-contact/open311";
 * const xml = formatOpen311Xml({ kind: "requests", requests: [{ service_request_id: "1", service_code: "006" }] });
 * xml.includes("<service_code>006</service_code>") //=> true
 * parseOpen311Xml(xml) //=> { kind: "requests", requests: [{ service_request_id: "1", service_code: "006" }] }
 * ```
 */
export function formatOpen311Xml(document: Open311Document): string {
  const body = payload(document);
  let tree: Record<string, unknown>;
  if (document.kind === "service-definition") {
    tree = { service_definition: xmlRecord(DEFINITION, body as Record<string, unknown>) };
  } else {
    const spec = KINDS[document.kind];
    const items = (body as Record<string, unknown>[]).map((record) => xmlRecord(spec.shape, record));
    tree = { [spec.root]: items.length === 0 ? "" : { [spec.item]: items } };
  }
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(tree) as string}`;
}
