import { XMLParser, XMLValidator } from "fast-xml-parser";
import { type SafeParseResult, ValidationError } from "../core/index.js";
import type { Open311Document } from "./Open311Document.js";
import { type Open311ParseOptions, toDocument } from "./toDocument.js";

const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
});

/**
 * Reads a GeoReport v2 XML response into the same typed document `parseOpen311Json` gives for the same payload:
 * the root element says what it is (`services`, `service_definition`, `service_requests`, `errors`,
 * `service_request_updates`); empty elements mean absent; one item and a list of one are the same.
 *
 * @param text - the response body.
 * @param options - `kind` to read the items as another kind than the root says.
 * @returns the document.
 * @throws ValidationError for text that is not well-formed XML (naming the line) or a field of the wrong type.
 *
 * @example
 * ```ts
 * import { parseOpen311Xml } from "council-contact/open311";
 * const xml = "<service_requests><request><service_request_id>638344</service_request_id><service_code>006</service_code><description></description><lat>37.76</lat></request></service_requests>";
 * parseOpen311Xml(xml) //=> { kind: "requests", requests: [{ service_request_id: "638344", service_code: "006", lat: 37.76 }] }
 * parseOpen311Xml("<service_requests><request>") //=> throws ValidationError
 * ```
 */
export function parseOpen311Xml(text: string, options: Open311ParseOptions = {}): Open311Document {
  if (typeof text !== "string") {
    throw new ValidationError([
      { code: "invalid_type", path: [], message: "an Open311 XML payload must be text", input: text },
    ]);
  }
  const body = text.replace(/^\ufeff/, "");
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    const message = `not well-formed XML at line ${line}, column ${col}: ${msg}`;
    throw new ValidationError([{ code: "invalid_format", path: [], message }], "Open311 XML");
  }
  return toDocument(parser.parse(body), true, options?.kind);
}

/**
 * Like {@link parseOpen311Xml}, but returns the error instead of throwing it.
 *
 * @param text - the response body.
 * @param options - as for `parseOpen311Xml`.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeParseOpen311Xml } from "council-contact/open311";
 * safeParseOpen311Xml("<errors><error><code>404</code></error></errors>") //=> { success: true, data: { kind: "errors", errors: [{ code: 404 }] } }
 * ```
 */
export function safeParseOpen311Xml(text: string, options?: Open311ParseOptions): SafeParseResult<Open311Document> {
  try {
    return { success: true, data: parseOpen311Xml(text, options) };
  } catch (error) {
    if (error instanceof ValidationError) return { success: false, error };
    throw error;
  }
}
