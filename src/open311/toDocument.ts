import { messages, ValidationError, type ValidationIssue } from "../core/index.js";
import type { Open311Document, Open311Kind } from "./Open311Document.js";
import { itemsOf, readShape } from "./readShape.js";
import { DEFINITION, KINDS } from "./shapes.js";

/**
 * Options for reading an Open311 payload.
 *
 * @example
 * ```ts
 * import type { Open311ParseOptions } from "council-contact/open311";
 * const options: Open311ParseOptions = { kind: "services" };
 * options.kind //=> "services"
 * ```
 */
export interface Open311ParseOptions {
  /** What the payload is. Default: told from the XML root, or from a JSON record's fields (an empty list reads as requests). */
  readonly kind?: Open311Kind;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The kind of a JSON record, from its fields. */
function kindOfRecord(record: unknown): Open311Kind {
  if (!isObject(record)) return "requests";
  const has = (key: string): boolean => Object.hasOwn(record, key);
  if (has("update_id")) return "updates";
  if (has("attributes") && !has("service_request_id")) return "service-definition";
  if (has("service_request_id") || has("token") || has("requested_datetime") || has("status")) return "requests";
  if (has("service_name") || has("metadata") || has("group") || has("keywords")) return "services";
  if (has("code") && has("description")) return "errors";
  return "requests";
}

/**
 * A parsed payload as a typed document.
 *
 * @param root - the payload: for JSON the parsed value; for XML `{ [rootElement]: content }`.
 * @param xml - whether it came from XML.
 * @param kind - the kind the caller named, if any.
 * @returns the document.
 * @throws ValidationError listing every field that is wrong.
 */
export function toDocument(root: unknown, xml: boolean, kind: Open311Kind | undefined): Open311Document {
  if (kind !== undefined && kind !== "service-definition" && !Object.hasOwn(KINDS, kind)) {
    const message = messages.oneOf("kind", [...Object.keys(KINDS), "service-definition"], kind);
    throw new ValidationError([{ code: "invalid_value", path: ["kind"], message, input: kind }], "Open311 options");
  }
  const issues: ValidationIssue[] = [];
  let content: unknown = root;
  let found: Open311Kind | undefined = kind;
  if (xml) {
    const [name] = isObject(root) ? Object.keys(root) : [];
    const byRoot = Object.entries(KINDS).find(([, k]) => k.root === name)?.[0] as Open311Kind | undefined;
    const named = name === "service_definition" ? "service-definition" : byRoot;
    if (named === undefined) {
      const message = messages.oneOf(
        "XML root element",
        [...Object.values(KINDS).map((k) => k.root), "service_definition"],
        name,
      );
      throw new ValidationError([{ code: "invalid_value", path: [], message, input: name }], "Open311 XML");
    }
    found ??= named;
    content = (root as Record<string, unknown>)[name as string];
  } else if (isObject(root)) {
    const wrapper = Object.values(KINDS).find((k) => Object.hasOwn(root, k.root) || Object.hasOwn(root, k.key));
    if (wrapper !== undefined) {
      found ??= Object.entries(KINDS).find(([, k]) => k === wrapper)?.[0] as Open311Kind;
      content = Object.hasOwn(root, wrapper.root) ? root[wrapper.root] : root[wrapper.key];
    } else {
      found ??= kindOfRecord(root);
      if (found !== "service-definition") content = [root];
    }
  } else if (Array.isArray(root)) {
    found ??= kindOfRecord(root[0]);
  }
  if (found === "service-definition") {
    let single = Array.isArray(content) && content.length === 1 ? content[0] : content;
    // early endpoints put <attribute> elements straight under <service_definition>
    if (isObject(single) && !Object.hasOwn(single, "attributes") && Object.hasOwn(single, "attribute")) {
      single = { ...single, attributes: { attribute: single.attribute } };
    }
    const definition = readShape(DEFINITION, single, ["definition"], issues);
    if (issues.length > 0) throw new ValidationError(issues, "Open311 service definition");
    return { kind: "service-definition", definition };
  }
  const spec = KINDS[found ?? "requests"];
  const items = xml ? itemsOf(content, spec.item) : Array.isArray(content) ? content : itemsOf(content, spec.item);
  if (items === undefined) {
    const message = messages.mustBe(spec.key, "a list", content);
    throw new ValidationError([{ code: "invalid_type", path: [spec.key], message, input: content }], "Open311");
  }
  const records = items.map((item, i) => readShape(spec.shape, item, [spec.key, i], issues));
  if (issues.length > 0) throw new ValidationError(issues, `Open311 ${spec.key}`);
  return { kind: found ?? "requests", [spec.key]: records } as unknown as Open311Document;
}
