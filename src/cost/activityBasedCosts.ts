import { refuse } from "../core/index.js";
import { add, allocate, fromPence, type Money, type RoundingMode, sum } from "../money/index.js";
import type { Channel } from "../taxonomy/index.js";
import { apportion } from "./apportion.js";
import { type ChannelVolumes, readChannelVolumes } from "./costToServe.js";
import { decimalText, type Fraction, fraction, over, plus, times, toNumber, ZERO } from "./fraction.js";
import {
  channelKeys,
  checkOptions,
  onePlus,
  penceFraction,
  readMoney,
  readNonNegative,
  readPositive,
  readRounding,
} from "./readOptions.js";
import { unitCostText } from "./unitCost.js";

/**
 * What one member of staff costs: the basis of a loaded hourly cost.
 *
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import type { StaffCost } from "council-contact/cost";
 * const adviser: StaffCost = { annualSalary: money("25000"), onCostRate: 0.3, productiveHoursPerYear: 1650 };
 * adviser.onCostRate //=> 0.3
 * ```
 */
export interface StaffCost {
  /** Gross salary a year for one full-time post. */
  readonly annualSalary: Money;
  /** Employer on-costs (National Insurance, pension) as a share of salary, ≥ 0: 0.3 for 30%. */
  readonly onCostRate: number;
  /** Hours a year one post spends handling contacts, after leave, training and breaks; > 0. */
  readonly productiveHoursPerYear: number;
}

/**
 * A cost that does not vary with each contact (accommodation, telephony, systems), spread over
 * channels by volume or by staff time.
 *
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import type { Overhead } from "council-contact/cost";
 * const telephony: Overhead = { name: "telephony", annualCost: money("60000"), allocateBy: "volume", channels: ["telephone"] };
 * telephony.allocateBy //=> "volume"
 * ```
 */
export interface Overhead {
  /** What it is, for reports. */
  readonly name: string;
  /** What it costs a year. */
  readonly annualCost: Money;
  /** `volume`: in proportion to contacts; `time`: in proportion to contacts × handle minutes. */
  readonly allocateBy: "volume" | "time";
  /** The channels that share it. Default every channel in `volumes`. */
  readonly channels?: readonly Channel[];
}

/**
 * The options of {@link activityBasedCosts}.
 *
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import type { ActivityBasedCostOptions } from "council-contact/cost";
 * const options: ActivityBasedCostOptions = {
 *   staff: { annualSalary: money("25000"), onCostRate: 0.3, productiveHoursPerYear: 1650 },
 *   handleMinutes: { telephone: 6 },
 *   volumes: { telephone: 100_000 },
 * };
 * options.handleMinutes.telephone //=> 6
 * ```
 */
export interface ActivityBasedCostOptions {
  /** What a member of staff costs. */
  readonly staff: StaffCost;
  /** Staff minutes per contact by channel (0 for self-service); one entry for every channel in `volumes`. */
  readonly handleMinutes: Readonly<Partial<Record<Channel, number>>>;
  /** Contacts a year by channel: the basis for spreading overheads and for cost per contact. */
  readonly volumes: ChannelVolumes;
  /** Costs allocated over the channels. Default none. */
  readonly overheads?: readonly Overhead[];
  /** How the exact staff cost is rounded to the penny. Default `DEFAULT_ROUNDING` (`halfUp`). */
  readonly rounding?: RoundingMode;
}

/**
 * One channel's activity-based cost.
 *
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import { activityBasedCosts, type ActivityBasedChannel } from "council-contact/cost";
 * const calls: ActivityBasedChannel = activityBasedCosts({
 *   staff: { annualSalary: money("25000"), onCostRate: 0.3, productiveHoursPerYear: 1650 },
 *   handleMinutes: { telephone: 6 }, volumes: { telephone: 100 },
 * }).channels[0]!;
 * [calls.staffCostPerContact, calls.unitCost, calls.totalCost] //=> ["65/33", "65/33", "196.97"]
 * ```
 */
export interface ActivityBasedChannel {
  /** The channel code. */
  readonly channel: Channel;
  /** Contacts a year. */
  readonly volume: number;
  /** Staff minutes per contact. */
  readonly handleMinutes: number;
  /** Handle minutes × cost per minute, exact. */
  readonly staffCostPerContact: string;
  /** Overheads allocated to the channel ÷ its volume, exact (0 with no volume). */
  readonly overheadPerContact: string;
  /** Staff plus overhead cost per contact, exact: pass `unitCosts` to the costing functions. */
  readonly unitCost: string;
  /** Staff cost a year, to the penny (the channels add up to the rounded total staff cost). */
  readonly staffCost: Money;
  /** Overheads allocated to the channel a year, to the penny. */
  readonly overheadCost: Money;
  /** Staff cost + overhead cost. */
  readonly totalCost: Money;
}

/**
 * One overhead spread over channels; the shares add up to its annual cost exactly.
 *
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import { activityBasedCosts, type OverheadAllocation } from "council-contact/cost";
 * const rent: OverheadAllocation = activityBasedCosts({
 *   staff: { annualSalary: money("25000"), onCostRate: 0.3, productiveHoursPerYear: 1650 },
 *   handleMinutes: { telephone: 6, "face-to-face": 12 }, volumes: { telephone: 2, "face-to-face": 1 },
 *   overheads: [{ name: "rent", annualCost: money("1"), allocateBy: "volume" }],
 * }).overheads[0]!;
 * rent.byChannel //=> [{ channel: "face-to-face", amount: "0.33" }, { channel: "telephone", amount: "0.67" }]
 * ```
 */
export interface OverheadAllocation {
  /** The overhead's name. */
  readonly name: string;
  /** How it was spread. */
  readonly allocateBy: "volume" | "time";
  /** Each sharing channel's part, in channel-code order, by largest remainder. */
  readonly byChannel: readonly {
    /** The channel code. */
    readonly channel: Channel;
    /** Its share of the overhead. */
    readonly amount: Money;
  }[];
}

/**
 * The result of {@link activityBasedCosts}.
 *
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import { activityBasedCosts, type ActivityBasedCosts } from "council-contact/cost";
 * const costs: ActivityBasedCosts = activityBasedCosts({
 *   staff: { annualSalary: money("25000"), onCostRate: 0.3, productiveHoursPerYear: 1650 },
 *   handleMinutes: { telephone: 6 }, volumes: { telephone: 100 },
 * });
 * [costs.loadedHourlyCost, costs.costPerMinute] //=> ["650/33", "65/198"]
 * ```
 */
export interface ActivityBasedCosts {
  /** Salary × (1 + on-cost rate) ÷ productive hours, exact, in pounds. */
  readonly loadedHourlyCost: string;
  /** The loaded hourly cost ÷ 60, exact, in pounds. */
  readonly costPerMinute: string;
  /** Each channel, in channel-code order. */
  readonly channels: readonly ActivityBasedChannel[];
  /** Cost per contact by channel, exact: ready for {@link costToServe} and the other costing functions. */
  readonly unitCosts: Readonly<Partial<Record<Channel, string>>>;
  /** Every overhead with its allocation. */
  readonly overheads: readonly OverheadAllocation[];
  /** Staff cost (rounded once) plus every overhead: the cost of the year's contacts. */
  readonly total: Money;
}

/**
 * Activity-based unit costs: staff minutes per contact × a loaded cost per minute (salary plus
 * employer on-costs, ÷ productive hours), plus overheads (accommodation, telephony, systems)
 * allocated across channels by volume or by staff time. Each overhead is split to the penny by
 * largest remainder (the shares add up to it exactly); every unit cost is exact, however many
 * places it runs to (£32,500 ÷ 1,650 hours is £650/33 an hour), so costing the same volumes at
 * these unit costs gives back the rounded staff cost plus the overheads, to the penny.
 *
 * @param options - staff cost, handle minutes and volumes by channel, overheads, rounding.
 * @returns the loaded hourly cost, each channel's unit cost and annual cost, the overhead allocations and the total.
 * @throws RangeError naming the option and value for an unknown channel, a channel in `volumes`
 * without handle minutes (or the reverse), a negative volume or rate, productive hours ≤ 0, or an
 * overhead with nothing to spread it over.
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import { activityBasedCosts, costToServe, formatUnitCost } from "council-contact/cost";
 * const volumes = { telephone: 100_000, "face-to-face": 20_000, "web-form": 80_000 };
 * const abc = activityBasedCosts({
 *   staff: { annualSalary: money("25000"), onCostRate: 0.3, productiveHoursPerYear: 1650 },
 *   handleMinutes: { telephone: 6, "face-to-face": 12, "web-form": 0 },
 *   volumes,
 *   overheads: [{ name: "accommodation", annualCost: money("90000"), allocateBy: "time" },
 *               { name: "systems", annualCost: money("40000"), allocateBy: "volume" }],
 * });
 * formatUnitCost(abc.unitCosts.telephone!) //=> "£2.8126"
 * abc.total //=> "405757.58"
 * costToServe(volumes, abc.unitCosts).total //=> "405757.58"
 * activityBasedCosts({ staff: abc.channels[0] as never, handleMinutes: {}, volumes }) //=> throws RangeError
 * ```
 */
export function activityBasedCosts(options: ActivityBasedCostOptions): ActivityBasedCosts {
  checkOptions(options);
  const rounding = readRounding(options.rounding);
  const salary = penceFraction(readMoney(options.staff?.annualSalary, "staff.annualSalary"));
  const onCost = onePlus(readNonNegative(options.staff.onCostRate, "staff.onCostRate"));
  const hours = readPositive(options.staff.productiveHoursPerYear, "staff.productiveHoursPerYear");
  const perHour = over(times(salary, onCost), hours);
  const perMinute = over(perHour, fraction(60n));

  const volumes = readChannelVolumes(options.volumes, "volumes");
  const minutesGiven = new Set(channelKeys(options.handleMinutes, "handleMinutes"));
  const minutes = new Map<Channel, Fraction>();
  for (const channel of volumes.keys()) {
    if (!minutesGiven.has(channel))
      refuse(
        `handleMinutes.${channel}`,
        "staff minutes per contact (0 for self-service), as volumes has the channel",
        undefined,
      );
    minutes.set(channel, readNonNegative(options.handleMinutes[channel], `handleMinutes.${channel}`));
  }
  for (const channel of minutesGiven)
    if (!volumes.has(channel)) refuse(`volumes.${channel}`, "a volume, as handleMinutes has the channel", undefined);

  const channels = [...volumes.keys()];
  if (options.overheads !== undefined && !Array.isArray(options.overheads)) {
    refuse("overheads", "an array of overheads", options.overheads);
  }
  const overheads = (options.overheads ?? []).map((overhead, i) =>
    allocateOverhead(overhead, i, channels, volumes, minutes),
  );
  const staffExact = channels.map((channel) => times(times(volumes.get(channel)!, minutes.get(channel)!), perMinute));
  const staff = apportion(staffExact, rounding);
  const lines = channels.map((channel, i): ActivityBasedChannel => {
    const volume = volumes.get(channel)!;
    const overheadCost = sum(
      overheads.flatMap((o) => o.byChannel.filter((share) => share.channel === channel).map((share) => share.amount)),
    );
    const overheadPerContact = volume.n === 0n ? ZERO : over(penceFraction(overheadCost), volume);
    const staffPerContact = times(minutes.get(channel)!, perMinute);
    const staffCost = fromPence(staff.shares[i]!);
    return {
      channel,
      volume: toNumber(volume),
      handleMinutes: toNumber(minutes.get(channel)!),
      staffCostPerContact: poundsText(staffPerContact),
      overheadPerContact: poundsText(overheadPerContact),
      unitCost: poundsText(plus(staffPerContact, overheadPerContact)),
      staffCost,
      overheadCost,
      totalCost: add(staffCost, overheadCost),
    };
  });
  return {
    loadedHourlyCost: poundsText(perHour),
    costPerMinute: poundsText(perMinute),
    channels: lines,
    unitCosts: Object.fromEntries(lines.map((line) => [line.channel, line.unitCost])),
    overheads,
    total: sum(lines.map((line) => line.totalCost)),
  };
}

/** Pence → canonical unit-cost text in pounds. */
function poundsText(pence: Fraction): string {
  return unitCostText(fraction(pence.n, pence.d * 100n));
}

function allocateOverhead(
  overhead: Overhead,
  index: number,
  all: readonly Channel[],
  volumes: ReadonlyMap<Channel, Fraction>,
  minutes: ReadonlyMap<Channel, Fraction>,
): OverheadAllocation {
  const option = `overheads[${index}]`;
  const amount = readMoney(overhead?.annualCost, `${option}.annualCost`);
  if (overhead.allocateBy !== "volume" && overhead.allocateBy !== "time")
    refuse(`${option}.allocateBy`, '"volume" or "time"', overhead.allocateBy);
  const sharing = overhead.channels ?? all;
  for (const channel of sharing)
    if (!volumes.has(channel)) refuse(`${option}.channels`, "channels that have a volume", channel);
  if (new Set(sharing).size !== sharing.length)
    refuse(`${option}.channels`, "a list without repeats", sharing.join(", "));
  const weights = sharing.map((channel) => {
    const volume = volumes.get(channel)!;
    return overhead.allocateBy === "volume" ? volume : times(volume, minutes.get(channel)!);
  });
  if (weights.every((weight) => weight.n === 0n)) {
    refuse(
      option,
      `spread over channels with some ${overhead.allocateBy === "volume" ? "volume" : "staff time"}`,
      overhead.name,
    );
  }
  // Weights are products of decimals, so they terminate and allocate reads them exactly.
  const shares = allocate(
    amount,
    weights.map((weight) => decimalText(weight)!),
  );
  const order = [...sharing]
    .map((channel, i) => ({ channel, amount: shares[i]! }))
    .sort((a, b) => all.indexOf(a.channel) - all.indexOf(b.channel));
  return { name: overhead.name, allocateBy: overhead.allocateBy, byChannel: order };
}
