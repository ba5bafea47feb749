import type { Money } from "../money/index.js";

/**
 * One group of a breakdown: contacts, handle time and cost.
 *
 * @example
 * ```ts
 * import { costContacts, SOCITM_2012_UNIT_COSTS, type ContactCostLine } from "council-contact/cost";
 * const rows = [{ at: 0, channel: "telephone" as const, serviceId: "council-tax", handleSeconds: 240 }];
 * const timed = { by: ["service" as const], perHandleMinute: { telephone: "0.25" } }; // + 25p a minute of handle time
 * const line: ContactCostLine = costContacts(rows, SOCITM_2012_UNIT_COSTS, timed).byService![0]!;
 * line //=> { key: "council-tax", contacts: 1, handleSeconds: 240, cost: "3.83" }
 * ```
 */
export interface ContactCostLine {
  /** The channel, service, cluster, month (`YYYY-MM`) or enquiry; `null` for contacts with none. */
  readonly key: string | null;
  /** Costed contacts in the group. */
  readonly contacts: number;
  /** Their recorded handle time in seconds; present when handle time is costed (`perHandleMinute`). */
  readonly handleSeconds?: number;
  /** Their cost to the penny; the groups of a breakdown add up to the total exactly. */
  readonly cost: Money;
}
