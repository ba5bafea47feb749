import { refuse } from "../core/index.js";
import type { Money, RoundingMode } from "../money/index.js";
import {
  AVOIDABLE_REASON_CODES,
  type AvoidableReason,
  CHANNEL_CODES,
  type Channel,
  isAvoidableReason,
} from "../taxonomy/index.js";
import { penceByChannel } from "./costTable.js";
import type { UncostedVolume } from "./costToServe.js";
import { type Fraction, plus, times, toNumber, ZERO } from "./fraction.js";
import { type FractionEntry, fractionLines, roundedTotal, sortedKeys } from "./fractionLines.js";
import { checkOptions, readChannel, readNonNegative, readRounding, readShare } from "./readOptions.js";
import type { UnitCostPreset } from "./UnitCostPreset.js";
import type { UnitCostTable } from "./unitCost.js";

/**
 * A count of avoidable contacts of one reason, on one channel, optionally for one service: a row
 * of an NI 14 return or of a failure-demand study.
 *
 * @example
 * ```ts
 * import type { AvoidableContactCount } from "council-contact/cost";
 * const chasing: AvoidableContactCount = { reason: "progress-chasing", channel: "telephone", serviceId: "missed-bin", count: 12_000 };
 * chasing.count //=> 12000
 * ```
 */
export interface AvoidableContactCount {
  /** Why the contact was avoidable. */
  readonly reason: AvoidableReason;
  /** The channel it came in on. */
  readonly channel: Channel;
  /** The service it was about, when known. */
  readonly serviceId?: string;
  /** How many contacts, ≥ 0 (a sample grossed up may be fractional). */
  readonly count: number;
}

/**
 * The options of {@link avoidableContactCost}.
 *
 * @example
 * ```ts
 * import type { AvoidableContactCostOptions } from "council-contact/cost";
 * const options: AvoidableContactCostOptions = { removeShare: { "progress-chasing": 0.5, repeat: 0.25 } };
 * options.removeShare //=> { "progress-chasing": 0.5, repeat: 0.25 }
 * ```
 */
export interface AvoidableContactCostOptions {
  /** Share of the avoidable contacts to remove, in [0, 1]: one share for all, or a share per reason (others 0). Default 0. */
  readonly removeShare?: number | Readonly<Partial<Record<AvoidableReason, number>>>;
  /** How exact totals are rounded to the penny. Default `DEFAULT_ROUNDING` (`halfUp`). */
  readonly rounding?: RoundingMode;
}

/**
 * One group of an avoidable-contact breakdown.
 *
 * @example
 * ```ts
 * import { avoidableContactCost, SOCITM_2012_UNIT_COSTS, type AvoidableCostLine } from "council-contact/cost";
 * const line: AvoidableCostLine = avoidableContactCost([{ reason: "repeat", channel: "telephone", count: 10 }], SOCITM_2012_UNIT_COSTS).byReason[0]!;
 * line //=> { key: "repeat", contacts: 10, cost: "28.30" }
 * ```
 */
export interface AvoidableCostLine {
  /** The reason, service or channel; `null` for rows with no service. */
  readonly key: string | null;
  /** Costed avoidable contacts in the group. */
  readonly contacts: number;
  /** What they cost, to the penny; the groups of a breakdown add up to the total. */
  readonly cost: Money;
}

/**
 * What removing a share of avoidable contact saves, by reason.
 *
 * @example
 * ```ts
 * import { avoidableContactCost, SOCITM_2012_UNIT_COSTS, type AvoidableContactRemoval } from "council-contact/cost";
 * const removal: AvoidableContactRemoval = avoidableContactCost([{ reason: "repeat", channel: "telephone", count: 10 }], SOCITM_2012_UNIT_COSTS, { removeShare: 0.5 }).removal;
 * [removal.contacts, removal.saving] //=> [5, "14.15"]
 * ```
 */
export interface AvoidableContactRemoval {
  /** Costed contacts removed. */
  readonly contacts: number;
  /** Their cost: the saving, rounded once. */
  readonly saving: Money;
  /** The saving by reason (reasons with a share > 0), adding up to `saving`. */
  readonly byReason: readonly {
    /** The reason. */
    readonly reason: AvoidableReason;
    /** The share removed. */
    readonly share: number;
    /** Contacts removed. */
    readonly contacts: number;
    /** What they cost. */
    readonly saving: Money;
  }[];
}

/**
 * The cost of avoidable contact and what removing some of it saves.
 *
 * @example
 * ```ts
 * import { avoidableContactCost, SOCITM_2012_UNIT_COSTS, type AvoidableContactCost } from "council-contact/cost";
 * const result: AvoidableContactCost = avoidableContactCost([{ reason: "repeat", channel: "email", count: 3 }], SOCITM_2012_UNIT_COSTS);
 * [result.total, result.uncosted] //=> ["0.00", [{ channel: "email", volume: 3 }]]
 * ```
 */
export interface AvoidableContactCost {
  /** Σ count × unit cost over costed rows, rounded once. */
  readonly total: Money;
  /** Costed avoidable contacts. */
  readonly contacts: number;
  /** By reason, in the taxonomy's order. */
  readonly byReason: readonly AvoidableCostLine[];
  /** By service id in code-unit order, then `null` (no service). */
  readonly byService: readonly AvoidableCostLine[];
  /** By channel, in channel-code order. */
  readonly byChannel: readonly AvoidableCostLine[];
  /** Avoidable contacts on channels with no unit cost: reported, never costed at £0. */
  readonly uncosted: readonly UncostedVolume[];
  /** What removing the shares in `removeShare` saves. */
  readonly removal: AvoidableContactRemoval;
}

/**
 * Costs avoidable contact (NI 14's "contact of low or no value to the customer", failure demand)
 * from counts by reason, service and channel, and works out what removing a share of it saves.
 * Every breakdown adds up to the total to the penny (exact products, one rounding, largest
 * remainder); counts on channels with no unit cost are reported as uncosted, never costed at £0.
 *
 * @param rows - counts of avoidable contacts by reason, channel and (optionally) service. Not modified.
 * @param unitCosts - cost per contact by channel, or a preset such as {@link SOCITM_2012_UNIT_COSTS}.
 * @param options - the share to remove (overall or per reason) and the rounding mode.
 * @returns the cost by reason, service and channel, the uncosted counts and the saving.
 * @throws RangeError naming the row and field for an unknown reason or channel or a negative
 * count, and the option for a share outside [0, 1].
 * @example
 * ```ts
 * import { avoidableContactCost, SOCITM_2012_UNIT_COSTS } from "council-contact/cost";
 * const rows = [
 *   { reason: "progress-chasing" as const, channel: "telephone" as const, serviceId: "missed-bin", count: 12_000 },
 *   { reason: "progress-chasing" as const, channel: "face-to-face" as const, serviceId: "missed-bin", count: 500 },
 *   { reason: "misdirected" as const, channel: "telephone" as const, count: 8_000 },
 * ];
 * const result = avoidableContactCost(rows, SOCITM_2012_UNIT_COSTS, { removeShare: { "progress-chasing": 0.5 } });
 * result.total //=> "60910.00"
 * result.byReason.map((line) => [line.key, line.cost]) //=> [["progress-chasing", "38270.00"], ["misdirected", "22640.00"]]
 * [result.removal.contacts, result.removal.saving] //=> [6250, "19135.00"]
 * avoidableContactCost(rows, SOCITM_2012_UNIT_COSTS, { removeShare: 1.5 }) //=> throws RangeError
 * ```
 */
export function avoidableContactCost(
  rows: readonly AvoidableContactCount[],
  unitCosts: UnitCostTable | UnitCostPreset,
  options: AvoidableContactCostOptions = {},
): AvoidableContactCost {
  checkOptions(options);
  const rounding = readRounding(options.rounding);
  const pence = penceByChannel(unitCosts, "unitCosts");
  const shares = removeShares(options.removeShare);
  if (!Array.isArray(rows)) refuse("rows", "an array of avoidable-contact counts", rows);
  type Entry = { reason: AvoidableReason; channel: Channel; service: string | null; volume: Fraction; cost: Fraction };
  const costed: Entry[] = [];
  const uncosted = new Map<Channel, Fraction>();
  rows.forEach((row, i) => {
    if (!isAvoidableReason(row?.reason))
      refuse(`rows[${i}].reason`, 'an avoidable-reason code such as "progress-chasing"', row?.reason);
    const channel = readChannel(row.channel, `rows[${i}].channel`);
    const volume = readNonNegative(row.count, `rows[${i}].count`);
    const unit = pence.get(channel);
    if (unit)
      costed.push({ reason: row.reason, channel, service: row.serviceId ?? null, volume, cost: times(volume, unit) });
    else uncosted.set(channel, plus(uncosted.get(channel) ?? ZERO, volume));
  });
  const lines = <K extends string | null>(key: (entry: Entry) => K, order: readonly K[]): AvoidableCostLine[] =>
    fractionLines<K>(
      costed.map((entry): FractionEntry<K> => ({ key: key(entry), volume: entry.volume, cost: entry.cost })),
      order,
      rounding,
    ).map((line) => ({ key: line.key, contacts: line.volume, cost: line.cost }));
  const removed = costed.flatMap((entry) => {
    const share = shares.get(entry.reason);
    return share ? [{ key: entry.reason, volume: times(entry.volume, share), cost: times(entry.cost, share) }] : [];
  });
  const removedByReason = fractionLines(removed, AVOIDABLE_REASON_CODES, rounding);
  return {
    total: roundedTotal(costed, rounding),
    contacts: toNumber(costed.reduce((sum, entry) => plus(sum, entry.volume), ZERO)),
    byReason: lines((entry) => entry.reason, AVOIDABLE_REASON_CODES),
    byService: lines((entry) => entry.service, sortedKeys(costed.map((entry) => entry.service))),
    byChannel: lines((entry) => entry.channel, CHANNEL_CODES),
    uncosted: CHANNEL_CODES.filter((channel) => uncosted.get(channel)?.n).map((channel) => ({
      channel,
      volume: toNumber(uncosted.get(channel)!),
    })),
    removal: {
      contacts: toNumber(removed.reduce((sum, entry) => plus(sum, entry.volume), ZERO)),
      saving: roundedTotal(removed, rounding),
      byReason: removedByReason.map((line) => ({
        reason: line.key,
        share: toNumber(shares.get(line.key)!),
        contacts: line.volume,
        saving: line.cost,
      })),
    },
  };
}

/** The share to remove for each reason with one > 0. */
function removeShares(option: AvoidableContactCostOptions["removeShare"]): Map<AvoidableReason, Fraction> {
  const shares = new Map<AvoidableReason, Fraction>();
  if (option === undefined) return shares;
  if (typeof option === "number") {
    const share = readShare(option, "removeShare");
    for (const reason of AVOIDABLE_REASON_CODES) if (share.n > 0n) shares.set(reason, share);
    return shares;
  }
  if (typeof option !== "object" || option === null)
    refuse("removeShare", "a share in [0, 1] or shares by reason", option);
  for (const [reason, value] of Object.entries(option)) {
    if (!isAvoidableReason(reason)) refuse("removeShare key", "an avoidable-reason code", reason);
    const share = readShare(value, `removeShare.${reason}`);
    if (share.n > 0n) shares.set(reason, share);
  }
  return shares;
}
