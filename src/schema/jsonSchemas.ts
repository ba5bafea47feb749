import * as z from "zod/mini";
import { contactSchema } from "./contactSchema.js";
import { customerSchema } from "./customer.js";
import { instantField } from "./fields.js";
import { serviceSchema } from "./service.js";

/**
 * A JSON Schema document (draft 2020-12) as a plain object, ready for `JSON.stringify` or a JSON Schema validator.
 *
 * @example
 * ```ts
 * import { serviceJsonSchema, type JsonSchema } from "council-contact/schema";
 * const schema: JsonSchema = serviceJsonSchema();
 * schema.type //=> "object"
 * ```
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * ISO 8601 date, time and an offset (Z, ±HH:MM, ±HHMM or ±HH), as `parseInstant` reads it (the range of days is
 * checked there, not here). Wider than RFC 3339's `date-time`, so no `format` keyword is given.
 */
const INSTANT_PATTERN = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}([.,]\\d{1,9})?)?(Z|[+-]\\d{2}(:?\\d{2})?)$";

function toJsonSchema(schema: z.ZodMiniType, title: string, description: string): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: "input",
    override: (ctx) => {
      if ((ctx.zodSchema as unknown) !== instantField) return;
      Object.assign(ctx.jsonSchema, {
        description: "an ISO 8601 instant with an offset or Z, or integer epoch milliseconds",
        anyOf: [
          { type: "string", pattern: INSTANT_PATTERN },
          { type: "integer", minimum: -62_167_219_200_000, maximum: 253_402_300_799_999 },
        ],
      });
    },
  });
  return { ...json, title, description };
}

/**
 * The JSON Schema of a boundary contact (what `parseContact` accepts), for CRM vendors and API gateways. It states
 * the shape (required keys, types, code lists, whole non-negative seconds, no extra keys); `parseContact` also
 * checks what JSON Schema cannot, such as whether a date exists.
 *
 * @returns a new JSON Schema object.
 * @example
 * ```ts
 * import { contactJsonSchema } from "council-contact/schema";
 * contactJsonSchema().required //=> ["id", "at", "channel"]
 * contactJsonSchema().additionalProperties //=> false
 * ```
 */
export function contactJsonSchema(): JsonSchema {
  return toJsonSchema(
    contactSchema,
    "Contact",
    "One contact between a customer and a UK council, as council-contact reads it.",
  );
}

/**
 * The JSON Schema of a boundary customer (what `parseCustomer` accepts).
 *
 * @returns a new JSON Schema object.
 * @example
 * ```ts
 * import { customerJsonSchema } from "council-contact/schema";
 * customerJsonSchema().required //=> ["id"]
 * ```
 */
export function customerJsonSchema(): JsonSchema {
  return toJsonSchema(customerSchema, "Customer", "The minimum personal data council-contact keeps about a customer.");
}

/**
 * The JSON Schema of a boundary service (what `parseService` accepts).
 *
 * @returns a new JSON Schema object.
 * @example
 * ```ts
 * import { serviceJsonSchema } from "council-contact/schema";
 * serviceJsonSchema().required //=> ["id", "label", "cluster"]
 * ```
 */
export function serviceJsonSchema(): JsonSchema {
  return toJsonSchema(serviceSchema, "Service", "A council service with its cluster, LGSL id and providing tier.");
}
