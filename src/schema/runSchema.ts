import type * as z from "zod/mini";
import { messages, type SafeParseResult, show, ValidationError } from "../core/index.js";
import { fromZod } from "./fromZod.js";

/**
 * Runs a schema over any input and returns a `SafeParseResult`: never throws, whatever the input (an error
 * thrown inside zod, say by a hostile getter, becomes a `custom` issue).
 */
export function runSchema<T>(schema: z.ZodMiniType<T>, input: unknown, label: string): SafeParseResult<T> {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    // Valid input, the common case, is checked without collecting inputs; only a failure is run again to report them.
    result = schema.safeParse(input);
    if (!result.success) result = schema.safeParse(input, { reportInput: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : show(error);
    return {
      success: false,
      error: new ValidationError([{ code: "custom", path: [], message: messages.unexpected(label, detail) }], label),
    };
  }
  if (result.success) return { success: true, data: result.data };
  return { success: false, error: new ValidationError(fromZod(result.error.issues, label), label) };
}

/** The value of a `SafeParseResult`, or its error thrown. */
export function unwrap<T>(result: SafeParseResult<T>): T {
  if (result.success) return result.data;
  throw result.error;
}
