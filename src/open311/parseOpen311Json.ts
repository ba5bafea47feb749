import { type SafeParseResult, ValidationError } from "../core/index.js";
import type { Open311Document } from "./Open311Document.js";
import { STRING_KEYS } from "./shapes.js";
import { type Open311ParseOptions, toDocument } from "./toDocument.js";

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Rewrites bare numbers that must stay text as strings, before `JSON.parse` sees them: ids and codes (so
 * `"service_code":006` keeps `"006"` and a long id keeps every digit) and any number with a leading zero.
 */
export function quoteBareNumbers(text: string): string {
  let out = "";
  let from = 0;
  let key = "";
  let lastString = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      lastString = text.slice(i + 1, j);
      i = j;
    } else if (char === ":") {
      key = lastString;
    } else if (char === "," || char === "{" || char === "[") {
      if (char !== ",") key = "";
    } else if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      if (match === null) continue;
      const literal = match[0];
      if (STRING_KEYS.has(key) || /^-?0\d/.test(literal)) {
        out += `${text.slice(from, i)}"${literal}"`;
        from = i + literal.length;
      }
      i += literal.length - 1;
    }
  }
  return out + text.slice(from);
}

/** The 1-based line and column of a character position. */
function lineOf(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  return `line ${line}, column ${position - before.lastIndexOf("\n")}`;
}

/**
 * Reads a GeoReport v2 JSON response (services, a service definition, requests, a POST answer, a token lookup,
 * errors, or mySociety's service request updates) into the typed document `parseOpen311Xml` gives for the same
 * payload. Ids and codes stay strings, even where the spec's own examples write `"service_code":006`; `null`
 * and empty text mean absent; a single request object reads as a list of one; times keep their offsets.
 *
 * @param text - the response body.
 * @param options - `kind` to say what it is when the fields cannot (an empty list).
 * @returns the document.
 * @throws ValidationError for text that is not JSON (naming the line and column) or a field of the wrong type.
 *
 * @example
 * ```ts
 * import { parseOpen311Json } from "council-contact/open311";
 * const document = parseOpen311Json('[{"service_request_id":638344,"status":"closed","service_code":006,"description":null,"lat":37.76}]');
 * document //=> { kind: "requests", requests: [{ service_request_id: "638344", status: "closed", service_code: "006", lat: 37.76 }] }
 * parseOpen311Json('[{"service_code":"001",}]') //=> throws ValidationError
 * ```
 */
export function parseOpen311Json(text: string, options: Open311ParseOptions = {}): Open311Document {
  if (typeof text !== "string") {
    throw new ValidationError([
      { code: "invalid_type", path: [], message: "an Open311 JSON payload must be text", input: text },
    ]);
  }
  const quoted = quoteBareNumbers(text.replace(/^\ufeff/, ""));
  let root: unknown;
  try {
    root = JSON.parse(quoted);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(reason);
    const where = at === null ? "" : ` at ${lineOf(quoted, Number(at[1]))}`;
    const message = `not JSON${where}: ${reason}`;
    throw new ValidationError([{ code: "invalid_format", path: [], message }], "Open311 JSON");
  }
  return toDocument(root, false, options?.kind);
}

/**
 * Like {@link parseOpen311Json}, but returns the error instead of throwing it.
 *
 * @param text - the response body.
 * @param options - as for `parseOpen311Json`.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeParseOpen311Json } from "council-contact/open311";
 * safeParseOpen311Json("{").success //=> false
 * ```
 */
export function safeParseOpen311Json(text: string, options?: Open311ParseOptions): SafeParseResult<Open311Document> {
  try {
    return { success: true, data: parseOpen311Json(text, options) };
  } catch (error) {
    if (error instanceof ValidationError) return { success: false, error };
    throw error;
  }
}
