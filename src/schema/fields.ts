// Field schemas shared by the record schemas.
import * as z from "zod/mini";
import { messages, readInstant } from "../core/index.js";

/** A non-empty string (ids, labels). */
export const nonEmptyText = z.string().check(z.minLength(1));

/** Whole seconds, ≥ 0. */
export const wholeSeconds = z.int().check(z.minimum(0));

/** A UPRN: 1 to 12 digits. */
export const uprnText = z.string().check(z.regex(/^\d{1,12}$/));

/**
 * An instant at the boundary (an ISO 8601 string with an offset, integer epoch milliseconds or a `Date`: the
 * grammar of core's `readInstant`), read as epoch milliseconds. Its JSON Schema is written by hand in `jsonSchemas.ts`, which finds it by identity.
 * It takes any value and reports what is wrong itself (`readInstant`), so its declared input type is what it
 * accepts, not zod's `unknown`.
 */
export const instantField = /* @__PURE__ */ buildInstantField();

function buildInstantField(): z.ZodMiniType<number, string | number | Date> {
  return z.pipe(
    z.unknown(),
    z.transform((value: unknown, ctx): number => {
      if (value === undefined) {
        ctx.issues.push({ code: "custom", message: messages.missing("at"), input: value, params: { code: "missing" } });
        return z.NEVER;
      }
      const read = readInstant(value, "at");
      if (typeof read === "number") return read;
      ctx.issues.push({ code: "custom", message: read.message, input: value, params: { code: read.code } });
      return z.NEVER;
    }),
  ) as unknown as z.ZodMiniType<number, string | number | Date>;
}

/** Copies the defined values of `value` in the order of `keys`, leaving out absent and `undefined` ones. */
export function definedOnly<T>(value: Readonly<Record<string, unknown>>, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const field = value[key];
    if (field !== undefined) out[key] = field;
  }
  return out as T;
}
