import * as z from "zod/mini";
import type { SafeParseResult } from "../core/index.js";
import { definedOnly, nonEmptyText, uprnText } from "./fields.js";
import type { CustomerId, Uprn } from "./ids.js";
import { runSchema, unwrap } from "./runSchema.js";

/**
 * A customer: the minimum of personal data the library needs (UK GDPR data minimisation). Everything but the id
 * is optional. The postcode is kept in its standard form, upper case with one space (`SW1A 1AA`).
 *
 * @example
 * ```ts
 * import { parseCustomer, type Customer } from "council-contact/schema";
 * const customer: Customer = parseCustomer({ id: "cust-1", postcode: "sw1a1aa" });
 * customer.postcode //=> "SW1A 1AA"
 * ```
 */
export interface Customer {
  /** Unique id of the customer. */
  readonly id: CustomerId;
  /** The name they gave. */
  readonly name?: string;
  /** An email address. */
  readonly email?: string;
  /** A phone number as given. */
  readonly phone?: string;
  /** Their home's UPRN. */
  readonly uprn?: Uprn;
  /** Their postcode, upper case with one space. */
  readonly postcode?: string;
}

/**
 * A customer as it crosses the boundary: like {@link Customer} with plain string ids and a postcode in any case and spacing.
 *
 * @example
 * ```ts
 * import type { CustomerInput } from "council-contact/schema";
 * const row: CustomerInput = { id: "cust-1", email: "ada@example.org" };
 * row.email //=> "ada@example.org"
 * ```
 */
export interface CustomerInput {
  /** Unique id of the customer. */
  readonly id: string;
  /** A non-empty name. */
  readonly name?: string | undefined;
  /** An email address. */
  readonly email?: string | undefined;
  /** 7 to 20 digits, spaces, brackets and hyphens, with an optional leading `+`. */
  readonly phone?: string | undefined;
  /** A UPRN: 1 to 12 digits. */
  readonly uprn?: string | undefined;
  /** A UK postcode, any case, with or without the space. */
  readonly postcode?: string | undefined;
}

const CUSTOMER_KEYS = ["id", "name", "email", "phone", "uprn", "postcode"] as const;
/** The shape of a UK postcode (outward code, optional space, inward code), plus the special GIR 0AA. */
const POSTCODE = /^(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA)$/i;

function normalisePostcode(postcode: string): string {
  const compact = postcode.replace(" ", "").toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/**
 * The zod schema of a boundary customer (strict; its output is a {@link Customer}).
 *
 * @example
 * ```ts
 * import { customerSchema } from "council-contact/schema";
 * customerSchema.safeParse({ id: "cust-1", postcode: "not a postcode" }).success //=> false
 * ```
 */
export const customerSchema: z.ZodMiniType<Customer, CustomerInput> = /* @__PURE__ */ buildCustomerSchema();

// Built in a function marked pure, so a bundle that does not use the schema drops it.
function buildCustomerSchema(): z.ZodMiniType<Customer, CustomerInput> {
  return z.pipe(
    z.strictObject({
      id: nonEmptyText,
      name: z.optional(nonEmptyText),
      email: z.optional(z.email()),
      phone: z.optional(z.string().check(z.regex(/^\+?[\d ()-]{7,20}$/))),
      uprn: z.optional(uprnText),
      postcode: z.optional(z.pipe(z.string().check(z.regex(POSTCODE)), z.transform(normalisePostcode))),
    }),
    z.transform((parsed): Customer => definedOnly<Customer>(parsed, CUSTOMER_KEYS)),
  );
}

/**
 * Checks a boundary customer and returns it as a {@link Customer}, with the postcode in standard form.
 *
 * @param input - anything, typically one row of parsed JSON.
 * @returns the customer.
 * @throws {ValidationError} carrying every issue (a malformed email or postcode is `invalid_format`).
 * @example
 * ```ts
 * import { parseCustomer } from "council-contact/schema";
 * parseCustomer({ id: "cust-1", email: "ada@example.org", postcode: "l1 8jq" }) //=> { id: "cust-1", email: "ada@example.org", postcode: "L1 8JQ" }
 * parseCustomer({ id: "cust-2", email: "ada at example" }) //=> throws ValidationError
 * ```
 */
export function parseCustomer(input: unknown): Customer {
  return unwrap(safeParseCustomer(input));
}

/**
 * Like {@link parseCustomer}, but returns `{ success, data | error }` and never throws.
 *
 * @param input - anything.
 * @returns the customer, or the `ValidationError` that `parseCustomer` would throw.
 * @example
 * ```ts
 * import { safeParseCustomer } from "council-contact/schema";
 * const result = safeParseCustomer({ id: "cust-1", postcode: "12345" });
 * result.success ? "" : result.error.issues[0]?.message //=> "postcode must be a UK postcode such as SW1A 1AA, got \"12345\""
 * ```
 */
export function safeParseCustomer(input: unknown): SafeParseResult<Customer> {
  return runSchema(customerSchema, input, "Customer");
}
