import * as z from "zod/mini";
import { CHANNEL_CODES, CONTACT_OUTCOME_CODES, DIRECTION_CODES, INTERACTION_CODES } from "../taxonomy/index.js";
import type { Contact, ContactInput } from "./Contact.js";
import { definedOnly, instantField, nonEmptyText, uprnText, wholeSeconds } from "./fields.js";

const CONTACT_KEYS = [
  "id",
  "at",
  "channel",
  "direction",
  "customerId",
  "enquiryId",
  "serviceId",
  "interaction",
  "outcome",
  "handleSeconds",
  "waitSeconds",
  "answered",
  "uprn",
  "ward",
  "note",
] as const;

/**
 * The zod schema of a boundary contact (zod's `mini` build, which keeps a bundle small). It is strict: unknown
 * keys are refused. Its output is a {@link Contact}. Prefer `parseContact` / `safeParseContact`, which turn zod's
 * issues into a `ValidationError`; use the schema to compose your own zod schemas.
 *
 * @example
 * ```ts
 * import { contactSchema } from "council-contact/schema";
 * contactSchema.safeParse({ id: "c-1", at: 0, channel: "sms" }).success //=> true
 * contactSchema.safeParse({ id: "c-1", at: 0, channel: "pigeon" }).success //=> false
 * ```
 */
export const contactSchema: z.ZodMiniType<Contact, ContactInput> = /* @__PURE__ */ buildContactSchema();

// Built in a function marked pure, so a bundle that does not use the schema drops it.
function buildContactSchema(): z.ZodMiniType<Contact, ContactInput> {
  return z.pipe(
    z.strictObject({
      id: nonEmptyText,
      at: instantField,
      channel: z.enum(CHANNEL_CODES),
      direction: z.optional(z.enum(DIRECTION_CODES)),
      customerId: z.optional(nonEmptyText),
      enquiryId: z.optional(nonEmptyText),
      serviceId: z.optional(nonEmptyText),
      interaction: z.optional(z.enum(INTERACTION_CODES)),
      outcome: z.optional(z.enum(CONTACT_OUTCOME_CODES)),
      handleSeconds: z.optional(wholeSeconds),
      waitSeconds: z.optional(wholeSeconds),
      answered: z.optional(z.boolean()),
      uprn: z.optional(uprnText),
      ward: z.optional(nonEmptyText),
      note: z.optional(z.string()),
    }),
    z.transform((parsed): Contact => definedOnly<Contact>(parsed, CONTACT_KEYS)),
  );
}
