import { fromPence, type Money, type RoundingMode } from "../money/index.js";
import { CHANNEL_CODES, type Channel } from "../taxonomy/index.js";
import { apportion } from "./apportion.js";
import { penceByChannel } from "./costTable.js";
import { type Fraction, fraction, plus, times, toNumber, ZERO } from "./fraction.js";
import { channelKeys, checkOptions, readNonNegative, readRounding } from "./readOptions.js";
import type { UnitCostPreset } from "./UnitCostPreset.js";
import type { UnitCostTable } from "./unitCost.js";
import { unitCostText } from "./unitCost.js";

/**
 * Contacts by channel code (a year's, a month's: any period). Volumes need not be whole numbers
 * (a forecast may shift 12.5% of 1,001 calls); each is read exactly by its decimal form.
 *
 * @example
 * ```ts
 * import type { ChannelVolumes } from "council-contact/cost";
 * const year: ChannelVolumes = { telephone: 160_000, "web-form": 510_000 };
 * year.telephone //=> 160000
 * ```
 */
export type ChannelVolumes = Readonly<Partial<Record<Channel, number>>>;

/**
 * The options of {@link costToServe}.
 *
 * @example
 * ```ts
 * import { halfEven } from "council-contact/money";
 * import type { CostToServeOptions } from "council-contact/cost";
 * const options: CostToServeOptions = { rounding: halfEven };
 * options.rounding === halfEven //=> true
 * ```
 */
export interface CostToServeOptions {
  /** How the exact total is rounded to the penny. Default `DEFAULT_ROUNDING` (`halfUp`). */
  readonly rounding?: RoundingMode;
}

/**
 * One costed channel in a {@link CostToServe}.
 *
 * @example
 * ```ts
 * import { costToServe, SOCITM_2012_UNIT_COSTS, type ChannelCost } from "council-contact/cost";
 * const calls: ChannelCost = costToServe({ telephone: 3 }, SOCITM_2012_UNIT_COSTS).byChannel[0]!;
 * calls //=> { channel: "telephone", volume: 3, unitCost: "2.83", cost: "8.49" }
 * ```
 */
export interface ChannelCost {
  /** The channel code. */
  readonly channel: Channel;
  /** Contacts on it. */
  readonly volume: number;
  /** Its cost per contact, exact (canonical {@link UnitCost} text). */
  readonly unitCost: string;
  /** Volume × unit cost, to the penny; the channels add up to the total exactly. */
  readonly cost: Money;
}

/**
 * Contacts on a channel with no unit cost: reported, never costed at £0.
 *
 * @example
 * ```ts
 * import { costToServe, SOCITM_2012_UNIT_COSTS, type UncostedVolume } from "council-contact/cost";
 * const uncosted: readonly UncostedVolume[] = costToServe({ email: 40 }, SOCITM_2012_UNIT_COSTS).uncosted;
 * uncosted //=> [{ channel: "email", volume: 40 }]
 * ```
 */
export interface UncostedVolume {
  /** The channel code. */
  readonly channel: Channel;
  /** Contacts on it, left out of every total. */
  readonly volume: number;
}

/**
 * What a set of volumes costs: the total, each channel, and what could not be costed.
 *
 * @example
 * ```ts
 * import { costToServe, SOCITM_2012_UNIT_COSTS, type CostToServe } from "council-contact/cost";
 * const result: CostToServe = costToServe({ telephone: 10 }, SOCITM_2012_UNIT_COSTS);
 * [result.total, result.volume, result.costPerContact] //=> ["28.30", 10, "2.83"]
 * ```
 */
export interface CostToServe {
  /** Σ volume × unit cost over the costed channels, rounded once to the penny. */
  readonly total: Money;
  /** Contacts costed (uncosted ones excluded). */
  readonly volume: number;
  /** The exact total ÷ the costed volume, rounded to the penny; `null` when nothing was costed. */
  readonly costPerContact: Money | null;
  /** Each channel with a unit cost, in channel-code order; their costs add up to `total`. */
  readonly byChannel: readonly ChannelCost[];
  /** Channels with contacts but no unit cost, in channel-code order. */
  readonly uncosted: readonly UncostedVolume[];
}

/**
 * Costs contacts by channel at unit costs: the cost to serve. Every product is exact (a sub-penny
 * or fractional unit cost stays exact); the total is rounded once with the declared mode, and each
 * channel's cost is its exact cost rounded down or up by largest remainder so that the channels add
 * up to the total to the penny. A channel with contacts and no unit cost is **uncosted**: listed
 * with its volume in `uncosted` and left out of the total, never costed at £0.
 *
 * @param volumesByChannel - contacts by channel code, each a finite number ≥ 0. Not modified.
 * @param unitCosts - cost per contact by channel, or a preset such as {@link SOCITM_2012_UNIT_COSTS}.
 * @param options - the rounding mode.
 * @returns the total, each costed channel, the cost per contact and the uncosted volumes.
 * @throws RangeError naming the option and value for an unknown channel code, a negative or
 * non-finite volume, or a negative or malformed unit cost.
 * @example
 * ```ts
 * import { costToServe, SOCITM_2012_UNIT_COSTS } from "council-contact/cost";
 * // 670,000 enquiries, 160,000 of them by phone: 79p an enquiry at Socitm 2012 rates
 * const before = costToServe({ telephone: 160_000, "web-form": 510_000 }, SOCITM_2012_UNIT_COSTS);
 * [before.total, before.costPerContact] //=> ["529300.00", "0.79"]
 * costToServe({ telephone: 85_000, "web-form": 585_000 }, SOCITM_2012_UNIT_COSTS).costPerContact //=> "0.49"
 * costToServe({ telephone: 1 }, { telephone: "1/3" }).total //=> "0.33"
 * costToServe({ telephone: -1 }, SOCITM_2012_UNIT_COSTS) //=> throws RangeError
 * costToServe({ pigeon: 1 } as never, SOCITM_2012_UNIT_COSTS) //=> throws RangeError
 * ```
 */
export function costToServe(
  volumesByChannel: ChannelVolumes,
  unitCosts: UnitCostTable | UnitCostPreset,
  options: CostToServeOptions = {},
): CostToServe {
  checkOptions(options);
  const pence = penceByChannel(unitCosts, "unitCosts");
  return costOfVolumes(readChannelVolumes(volumesByChannel, "volumesByChannel"), pence, readRounding(options.rounding));
}

/** {@link costToServe} over exact volumes and rates in pence (private; the scenarios use it too). */
export function costOfVolumes(
  volumes: ReadonlyMap<Channel, Fraction>,
  pence: ReadonlyMap<Channel, Fraction>,
  rounding: RoundingMode,
): CostToServe {
  const costed: { channel: Channel; volume: Fraction; unit: Fraction }[] = [];
  const uncosted: UncostedVolume[] = [];
  for (const [channel, volume] of volumes) {
    const unit = pence.get(channel);
    if (unit) costed.push({ channel, volume, unit });
    else if (volume.n > 0n) uncosted.push({ channel, volume: toNumber(volume) });
  }
  const exact = costed.map(({ volume, unit }) => times(volume, unit));
  const { total, shares } = apportion(exact, rounding);
  const volume = costed.reduce((sum, line) => plus(sum, line.volume), ZERO);
  const exactTotal = exact.reduce(plus, ZERO);
  return {
    total: fromPence(total),
    volume: toNumber(volume),
    costPerContact: volume.n === 0n ? null : fromPence(rounding(exactTotal.n * volume.d, exactTotal.d * volume.n)),
    byChannel: costed.map(({ channel, volume: v, unit }, i) => ({
      channel,
      volume: toNumber(v),
      unitCost: unitCostText(fraction(unit.n, unit.d * 100n)),
      cost: fromPence(shares[i]!),
    })),
    uncosted,
  };
}

/** Volumes by channel read exactly, in channel-code order (private; shared with the scenarios). */
export function readChannelVolumes(volumes: ChannelVolumes, option: string): Map<Channel, Fraction> {
  const known = new Set(channelKeys(volumes, option));
  const read = new Map<Channel, Fraction>();
  for (const channel of CHANNEL_CODES) {
    if (!known.has(channel)) continue;
    const value = volumes[channel];
    if (value === undefined) continue;
    read.set(channel, readNonNegative(value, `${option}.${channel}`));
  }
  return read;
}
