import { type CostToServeOptions, costToServe, type UnitCostPreset, type UnitCostTable } from "../cost/index.js";
import type { Money } from "../money/index.js";
import type { Channel } from "../taxonomy/index.js";
import type { BreakdownRow, ContactAggregate } from "./Aggregate.js";
import { type VolumeOptions, type VolumeState, volumes } from "./volumes.js";

/**
 * Options for {@link contactCost}: the contacts counted and how the total is rounded.
 *
 * @example
 * ```ts
 * import { halfEven } from "council-contact/money";
 * import type { ContactCostOptions } from "council-contact/metrics";
 * const options: ContactCostOptions = { rounding: halfEven };
 * options.rounding === halfEven //=> true
 * ```
 */
export interface ContactCostOptions extends VolumeOptions, CostToServeOptions {}

/**
 * A channel's row in {@link ContactCost}: every channel with contacts has one, costed or not.
 *
 * @example
 * ```ts
 * import type { ContactCostRow } from "council-contact/metrics";
 * const row: ContactCostRow = { key: "email", count: 40, unitCost: null, cost: null };
 * row.cost //=> null
 * ```
 */
export interface ContactCostRow extends BreakdownRow {
  /** Its cost per contact (exact decimal text), or `null` when the table has none. */
  readonly unitCost: string | null;
  /** count × unit cost to the penny (the rows add up to `total`), or `null` when uncosted. */
  readonly cost: Money | null;
}

/**
 * Cost to serve over the contacts an aggregate has seen.
 *
 * @example
 * ```ts
 * import type { ContactCost } from "council-contact/metrics";
 * import { money } from "council-contact/money";
 * const cost: ContactCost = { total: money("2.83"), contacts: 2, costedContacts: 1, costPerTransaction: money("2.83"), rows: [] };
 * cost.costPerTransaction //=> "2.83"
 * ```
 */
export interface ContactCost {
  /** Σ count × unit cost over costed channels, rounded once to the penny. */
  readonly total: Money;
  /** Every contact counted, costed or not: the same figure as the volumes and NI 14. */
  readonly contacts: number;
  /** Contacts on channels with a unit cost. */
  readonly costedContacts: number;
  /** Cost per transaction as GOV.UK defines it, total cost ÷ transactions (the costed ones), to the penny; `null` if none. */
  readonly costPerTransaction: Money | null;
  /** One row per channel with contacts, in key order; uncosted channels keep their row. */
  readonly rows: readonly ContactCostRow[];
}

/**
 * Cost to serve as an aggregate: contacts by channel (whole numbers, so shards merge exactly), costed at the end
 * with `costToServe` from `council-contact/cost`: exact products, one rounding, channel costs that add up to the
 * total. A channel with no unit cost is reported with its count and a `null` cost, never dropped or costed at £0.
 *
 * @param unitCosts - cost per contact by channel, or a preset such as `SOCITM_2012_UNIT_COSTS`.
 * @param options - the contacts counted and the rounding mode.
 * @returns the aggregate.
 * @throws RangeError for a malformed unit cost table or a bad option.
 * @example
 * ```ts
 * import { SOCITM_2012_UNIT_COSTS } from "council-contact/cost";
 * import { contactCost, summarize } from "council-contact/metrics";
 * import { parseContacts } from "council-contact/schema";
 * const contacts = parseContacts([
 *   { id: "a", at: "2024-05-01T09:00:00Z", channel: "telephone" },
 *   { id: "b", at: "2024-05-01T10:00:00Z", channel: "email" },
 * ]);
 * const cost = summarize(contacts, contactCost(SOCITM_2012_UNIT_COSTS));
 * [cost.total, cost.contacts, cost.costedContacts] //=> ["2.83", 2, 1]
 * cost.rows //=> [{ key: "email", count: 1, unitCost: null, cost: null }, { key: "telephone", count: 1, unitCost: "2.83", cost: "2.83" }]
 * contactCost({ telephone: "-1" }) //=> throws RangeError
 * ```
 */
export function contactCost(
  unitCosts: UnitCostTable | UnitCostPreset,
  options: ContactCostOptions = {},
): ContactAggregate<VolumeState, ContactCost> {
  const byChannel = volumes("channel", options);
  const rounding = options.rounding === undefined ? {} : { rounding: options.rounding };
  costToServe({}, unitCosts, rounding);
  return {
    ...byChannel,
    result(state) {
      const counts: Partial<Record<Channel, number>> = {};
      for (const row of byChannel.result(state).rows) counts[row.key as Channel] = row.count;
      const cost = costToServe(counts, unitCosts, rounding);
      const costed = new Map(cost.byChannel.map((line) => [line.channel as string, line]));
      return {
        total: cost.total,
        contacts: state.total,
        costedContacts: cost.volume,
        costPerTransaction: cost.costPerContact,
        rows: byChannel.result(state).rows.map(({ key, count }) => ({
          key,
          count,
          unitCost: costed.get(key)?.unitCost ?? null,
          cost: costed.get(key)?.cost ?? null,
        })),
      };
    },
  };
}
