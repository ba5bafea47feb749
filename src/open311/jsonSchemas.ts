import * as z from "zod/mini";
import type { Open311Kind } from "./Open311Document.js";
import { DEFINITION, ERROR, type FieldShape, REQUEST, SERVICE, type Shape, UPDATE } from "./shapes.js";

/** A zod schema for a field, as `formatOpen311Json` writes it. */
function fieldSchema(field: FieldShape): z.ZodMiniType {
  if (field === "string") return z.string();
  if (field === "number") return z.number();
  if (field === "boolean") return z.boolean();
  if (field === "strings") return z.record(z.string(), z.string());
  return z.array(shapeSchema(field.fields));
}

/** A zod schema for a record: every field optional, no others. */
function shapeSchema(shape: Shape): z.ZodMiniType {
  return z.strictObject(
    Object.fromEntries(Object.entries(shape).map(([name, field]) => [name, z.optional(fieldSchema(field))])),
  );
}

const LISTS: Readonly<Record<Exclude<Open311Kind, "service-definition">, Shape>> = {
  services: SERVICE,
  requests: REQUEST,
  errors: ERROR,
  updates: UPDATE,
};

/** The zod schema of a kind's JSON payload (what `open311JsonSchemas` converts). */
export function open311ZodSchema(kind: Open311Kind): z.ZodMiniType {
  return kind === "service-definition" ? shapeSchema(DEFINITION) : z.array(shapeSchema(LISTS[kind]));
}

/**
 * JSON Schemas (draft 2020-12, from zod's `toJSONSchema`) of the GeoReport v2 JSON payloads that
 * `formatOpen311Json` writes and `parseOpen311Json` reads: a list of services, requests, errors or updates, or
 * one service definition. The package also ships them as `council-contact/schemas/open311-<kind>.json`.
 *
 * @returns each kind's schema.
 *
 * @example
 * ```ts
 * import { open311JsonSchemas } from "council-contact/open311";
 * const schemas = open311JsonSchemas();
 * schemas.requests.type //=> "array"
 * schemas["service-definition"].type //=> "object"
 * ```
 */
export function open311JsonSchemas(): Readonly<Record<Open311Kind, Readonly<Record<string, unknown>>>> {
  const out: Record<string, Readonly<Record<string, unknown>>> = {};
  for (const kind of [...Object.keys(LISTS), "service-definition"] as Open311Kind[]) {
    out[kind] = { ...z.toJSONSchema(open311ZodSchema(kind)), title: `Open311 ${kind.replace("-", " ")}` };
  }
  return out as Record<Open311Kind, Readonly<Record<string, unknown>>>;
}
