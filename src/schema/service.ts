import * as z from "zod/mini";
import type { SafeParseResult } from "../core/index.js";
import { PROVIDING_TIERS, type ProvidingTier } from "../taxonomy/index.js";
import { definedOnly, nonEmptyText } from "./fields.js";
import type { ServiceId } from "./ids.js";
import { runSchema, unwrap } from "./runSchema.js";

/**
 * A service record as it crosses the boundary: a council's service with its cluster and, where known, its LGSL id
 * and providing tier. Entries of the taxonomy's catalogue are valid services.
 *
 * @example
 * ```ts
 * import { parseService, type Service } from "council-contact/schema";
 * const service: Service = parseService({ id: "trade-waste", label: "Trade waste", cluster: "street-scene" });
 * service.cluster //=> "street-scene"
 * ```
 */
export interface Service {
  /** The service id. */
  readonly id: ServiceId;
  /** A short label for people. */
  readonly label: string;
  /** The id of its cluster. */
  readonly cluster: string;
  /** Its Local Government Service List id, a positive whole number. */
  readonly lgsl?: number;
  /** The tier of council that provides it. */
  readonly tier?: ProvidingTier;
  /** Where the record comes from. */
  readonly source?: string;
}

/**
 * A service as it crosses the boundary: like {@link Service} with a plain string id.
 *
 * @example
 * ```ts
 * import type { ServiceInput } from "council-contact/schema";
 * const row: ServiceInput = { id: "potholes", label: "Potholes", cluster: "street-scene", lgsl: 557 };
 * row.lgsl //=> 557
 * ```
 */
export interface ServiceInput {
  /** The service id, a non-empty string. */
  readonly id: string;
  /** A non-empty label. */
  readonly label: string;
  /** The id of its cluster. */
  readonly cluster: string;
  /** A positive whole number. */
  readonly lgsl?: number | undefined;
  /** `all`, `district/unitary` or `county/unitary`. */
  readonly tier?: ProvidingTier | undefined;
  /** Where the record comes from. */
  readonly source?: string | undefined;
}

const SERVICE_KEYS = ["id", "label", "cluster", "lgsl", "tier", "source"] as const;

/**
 * The zod schema of a boundary service (strict; its output is a {@link Service}).
 *
 * @example
 * ```ts
 * import { serviceSchema } from "council-contact/schema";
 * serviceSchema.safeParse({ id: "potholes", label: "Potholes", cluster: "street-scene", lgsl: 0 }).success //=> false
 * ```
 */
export const serviceSchema: z.ZodMiniType<Service, ServiceInput> = /* @__PURE__ */ buildServiceSchema();

// Built in a function marked pure, so a bundle that does not use the schema drops it.
function buildServiceSchema(): z.ZodMiniType<Service, ServiceInput> {
  return z.pipe(
    z.strictObject({
      id: nonEmptyText,
      label: nonEmptyText,
      cluster: nonEmptyText,
      lgsl: z.optional(z.int().check(z.minimum(1))),
      tier: z.optional(z.enum(PROVIDING_TIERS)),
      source: z.optional(z.string()),
    }),
    z.transform((parsed): Service => definedOnly<Service>(parsed, SERVICE_KEYS)),
  );
}

/**
 * Checks a boundary service and returns it as a {@link Service}. It checks the record's shape only; whether its
 * cluster exists is the catalogue's business (`extendCatalogue` in `council-contact/taxonomy`).
 *
 * @param input - anything.
 * @returns the service.
 * @throws {ValidationError} carrying every issue.
 * @example
 * ```ts
 * import { parseService } from "council-contact/schema";
 * parseService({ id: "council-tax", label: "Council tax", cluster: "revenues", lgsl: 57, tier: "district/unitary" }).lgsl //=> 57
 * parseService({ id: "council-tax", label: "", cluster: "revenues", tier: "parish" }) //=> throws ValidationError
 * ```
 */
export function parseService(input: unknown): Service {
  return unwrap(safeParseService(input));
}

/**
 * Like {@link parseService}, but returns `{ success, data | error }` and never throws.
 *
 * @param input - anything.
 * @returns the service, or the `ValidationError` that `parseService` would throw.
 * @example
 * ```ts
 * import { safeParseService } from "council-contact/schema";
 * safeParseService({ id: "x", label: "X", cluster: "corporate", lgsl: 2.5 }).success //=> false
 * ```
 */
export function safeParseService(input: unknown): SafeParseResult<Service> {
  return runSchema(serviceSchema, input, "Service");
}
