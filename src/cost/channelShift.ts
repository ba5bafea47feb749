import { refuse } from "../core/index.js";
import { add, fromPence, type Money, type RoundingMode, subtract, sum } from "../money/index.js";
import { CHANNEL_CODES, type Channel } from "../taxonomy/index.js";
import { penceByChannel } from "./costTable.js";
import { type ChannelVolumes, type CostToServe, costOfVolumes, readChannelVolumes } from "./costToServe.js";
import { compareFractions, type Fraction, minus, ONE, plus, times, toNumber, ZERO } from "./fraction.js";
import { fractionLines, sortedKeys } from "./fractionLines.js";
import { checkOptions, readChannel, readRounding, readShare } from "./readOptions.js";
import { type TakeUpCurve, takeUpAt } from "./takeUp.js";
import { readStaffing, staffReleased, type TeamStaffing } from "./teamStaffing.js";
import type { UnitCostPreset } from "./UnitCostPreset.js";
import type { UnitCostTable } from "./unitCost.js";

/**
 * A year's contacts by service id and channel: the baseline of a channel-shift scenario.
 *
 * @example
 * ```ts
 * import type { ServiceChannelVolumes } from "council-contact/cost";
 * const baseline: ServiceChannelVolumes = { "council-tax": { telephone: 120_000, "web-form": 60_000 } };
 * baseline["council-tax"]?.telephone //=> 120000
 * ```
 */
export type ServiceChannelVolumes = Readonly<Record<string, ChannelVolumes>>;

/**
 * One planned shift: a share of a channel's contacts moving to another channel, taken up over the
 * years, and the failure demand it creates (some who use the new channel contact again on another).
 *
 * @example
 * ```ts
 * import type { ChannelShift } from "council-contact/cost";
 * const shift: ChannelShift = {
 *   from: "telephone", to: "web-form", share: 0.5, takeUp: { kind: "linear", years: 3 },
 *   failureDemand: { share: 0.1 },
 * };
 * shift.failureDemand?.share //=> 0.1
 * ```
 */
export interface ChannelShift {
  /** The channel contacts leave. */
  readonly from: Channel;
  /** The channel they move to. */
  readonly to: Channel;
  /** Share of the baseline `from` contacts that move at full take-up, in [0, 1]. */
  readonly share: number;
  /** How take-up grows. Default `{ kind: "immediate" }`. */
  readonly takeUp?: TakeUpCurve;
  /** The services it applies to. Default every service in the baseline. */
  readonly services?: readonly string[];
  /** Of the contacts moved, the share that then contact again on `channel` (web users who phone anyway). */
  readonly failureDemand?: {
    /** Share of the moved contacts, in [0, 1]. */
    readonly share: number;
    /** Where they come back. Default `telephone`. */
    readonly channel?: Channel;
  };
}

/**
 * The options of {@link channelShiftScenario}.
 *
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import { SOCITM_2012_UNIT_COSTS, type ChannelShiftOptions } from "council-contact/cost";
 * const options: ChannelShiftOptions = {
 *   unitCosts: SOCITM_2012_UNIT_COSTS, years: 5,
 *   staffing: { telephone: { kind: "workload", handleMinutes: 6, productiveHoursPerFte: 1650, costPerFte: money("32500") } },
 * };
 * options.years //=> 5
 * ```
 */
export interface ChannelShiftOptions {
  /** Cost per contact by channel, or a preset: what the savings are valued at. */
  readonly unitCosts: UnitCostTable | UnitCostPreset;
  /** Years to model after the baseline, a whole number ≥ 1. */
  readonly years: number;
  /** Teams whose posts can be released, by channel: only whole FTEs released count as cashable. */
  readonly staffing?: Readonly<Partial<Record<Channel, TeamStaffing>>>;
  /** The part of a channel's unit cost that goes with each contact (postage, print, SMS and card fees): cashable as volume falls. */
  readonly variableCosts?: UnitCostTable;
  /** How amounts are rounded to the penny. Default `DEFAULT_ROUNDING` (`halfUp`). */
  readonly rounding?: RoundingMode;
}

/**
 * One year of a scenario (or the baseline, as year 0).
 *
 * @example
 * ```ts
 * import { channelShiftScenario, SOCITM_2012_UNIT_COSTS, type ChannelShiftYear } from "council-contact/cost";
 * const scenario = channelShiftScenario({ "council-tax": { telephone: 1000 } }, [{ from: "telephone", to: "web-form", share: 0.5 }], { unitCosts: SOCITM_2012_UNIT_COSTS, years: 1 });
 * const year: ChannelShiftYear = scenario.years[0]!;
 * [year.volumes, year.cost.total, year.saving] //=> [{ telephone: 500, "web-form": 500 }, "1490.00", "1340.00"]
 * ```
 */
export interface ChannelShiftYear {
  /** Years after the baseline (0 is the baseline). */
  readonly year: number;
  /** Take-up reached by each shift, in the order given. */
  readonly takeUp: readonly number[];
  /** Contacts by channel, all services. */
  readonly volumes: ChannelVolumes;
  /** Contacts moved off their channel this year. */
  readonly shifted: number;
  /** Contacts that came back on another channel as failure demand. */
  readonly failureDemand: number;
  /** The year's cost to serve (total, by channel, cost per contact, uncosted). */
  readonly cost: CostToServe;
  /** Cost by service (adding up to `cost.total`): id order. */
  readonly byService: readonly {
    /** The service id. */
    readonly serviceId: string;
    /** Its cost. */
    readonly cost: Money;
  }[];
  /** Baseline cost − this year's cost: the saving at unit costs. */
  readonly saving: Money;
  /** The part that leaves the budget: whole FTEs released × cost per FTE, plus variable costs no longer spent. */
  readonly cashable: Money;
  /** The rest of the saving (capacity freed but not released): `saving − cashable`. */
  readonly nonCashable: Money;
  /** FTE each staffed team needs this year. */
  readonly fte: Readonly<Partial<Record<Channel, number>>>;
  /** Whole FTEs each team can release against the baseline (negative: posts to add). */
  readonly fteReleased: Readonly<Partial<Record<Channel, number>>>;
}

/**
 * A channel-shift scenario: the baseline and each modelled year, with totals.
 *
 * @example
 * ```ts
 * import { channelShiftScenario, SOCITM_2012_UNIT_COSTS, type ChannelShiftScenario } from "council-contact/cost";
 * const scenario: ChannelShiftScenario = channelShiftScenario({ x: { telephone: 100 } }, [], { unitCosts: SOCITM_2012_UNIT_COSTS, years: 2 });
 * [scenario.baseline.cost.total, scenario.totals.saving] //=> ["283.00", "0.00"]
 * ```
 */
export interface ChannelShiftScenario {
  /** The baseline year (year 0). */
  readonly baseline: ChannelShiftYear;
  /** Years 1 … `years`. */
  readonly years: readonly ChannelShiftYear[];
  /** Sums over the modelled years. */
  readonly totals: {
    /** Total saving. */
    readonly saving: Money;
    /** Total cashable saving. */
    readonly cashable: Money;
    /** Total non-cashable saving. */
    readonly nonCashable: Money;
  };
}

/**
 * Models shifting contacts between channels over the years. Each shift moves `share × take-up` of
 * its services' baseline contacts on `from` to `to`, and adds its failure demand back on another
 * channel; every volume stays an exact fraction, so a 0% shift gives back the baseline exactly.
 * Each year is costed at unit costs (its saving against the baseline), and the saving is split:
 * **cashable** is what leaves the budget, whole FTEs released by each staffed team (workload
 * model, or Erlang C through `annualStaffing` for a phone team) × their cost, plus variable costs
 * no longer spent; **non-cashable** is the rest, capacity freed but not released.
 *
 * @param baseline - a year's contacts by service and channel. Not modified.
 * @param shifts - the planned shifts; shares from one channel of one service must add up to at most 1.
 * @param options - unit costs, years, staffed teams, variable costs, rounding.
 * @returns the baseline, each year and the totals.
 * @throws RangeError naming the option and value for unknown channels, negative volumes, shares
 * outside [0, 1] (alone or added up), a bad take-up curve, or a bad staffing entry.
 * @example
 * ```ts
 * import { channelShiftScenario, SOCITM_2012_UNIT_COSTS } from "council-contact/cost";
 * const scenario = channelShiftScenario(
 *   { "council-tax": { telephone: 120_000, "web-form": 40_000 } },
 *   [{ from: "telephone", to: "web-form", share: 0.5, takeUp: { kind: "linear", years: 2 }, failureDemand: { share: 0.1 } }],
 *   { unitCosts: SOCITM_2012_UNIT_COSTS, years: 2 },
 * );
 * scenario.years.map((year) => year.volumes) //=> [{ telephone: 93000, "web-form": 70000 }, { telephone: 66000, "web-form": 100000 }]
 * scenario.years.map((year) => year.saving) //=> ["71910.00", "143820.00"]
 * channelShiftScenario({ x: { telephone: 1 } }, [{ from: "telephone", to: "web-form", share: 2 }], { unitCosts: {}, years: 1 }) //=> throws RangeError
 * ```
 */
export function channelShiftScenario(
  baseline: ServiceChannelVolumes,
  shifts: readonly ChannelShift[],
  options: ChannelShiftOptions,
): ChannelShiftScenario {
  checkOptions(options);
  const rounding = readRounding(options.rounding);
  const pence = penceByChannel(options.unitCosts, "unitCosts");
  const variable =
    options.variableCosts === undefined
      ? new Map<Channel, Fraction>()
      : penceByChannel(options.variableCosts, "variableCosts");
  const years = options.years;
  if (!Number.isSafeInteger(years) || years < 1) refuse("years", "a whole number ≥ 1", years);
  if (typeof baseline !== "object" || baseline === null)
    refuse("baseline", "volumes by service id and channel", baseline);
  const services = Object.keys(baseline).sort();
  const base = new Map(
    services.map((service) => [service, readChannelVolumes(baseline[service]!, `baseline.${service}`)]),
  );
  const plans = readShifts(shifts, services);
  const staffing = readStaffing(options.staffing);

  type Reference = { readonly year: ChannelShiftYear; readonly volumes: ReadonlyMap<Channel, Fraction> };
  const yearAt = (year: number, reference?: Reference): Reference => {
    const takeUp = plans.map((plan) => plan.takeUp(year));
    const volumes = new Map(services.map((service) => [service, new Map(base.get(service)!)]));
    let shifted = ZERO;
    let failure = ZERO;
    plans.forEach((plan, k) => {
      for (const service of plan.services) {
        const channels = volumes.get(service)!;
        const moved = times(times(base.get(service)!.get(plan.from) ?? ZERO, plan.share), takeUp[k]!);
        const back = times(moved, plan.failureShare);
        channels.set(plan.from, minus(channels.get(plan.from) ?? ZERO, moved));
        channels.set(plan.to, plus(channels.get(plan.to) ?? ZERO, moved));
        if (back.n !== 0n) channels.set(plan.failureChannel, plus(channels.get(plan.failureChannel) ?? ZERO, back));
        [shifted, failure] = [plus(shifted, moved), plus(failure, back)];
      }
    });
    const totals = new Map<Channel, Fraction>();
    for (const channels of volumes.values())
      for (const [channel, v] of channels) totals.set(channel, plus(totals.get(channel) ?? ZERO, v));
    const ordered = new Map(
      CHANNEL_CODES.filter((channel) => totals.has(channel)).map((channel) => [channel, totals.get(channel)!]),
    );
    const cost = costOfVolumes(ordered, pence, rounding);
    const entries = [...volumes].flatMap(([service, channels]) =>
      [...channels].flatMap(([channel, volume]) => {
        const unit = pence.get(channel);
        return unit ? [{ key: service, volume, cost: times(volume, unit) }] : [];
      }),
    );
    const byService = fractionLines(entries, sortedKeys(services), rounding).map((line) => ({
      serviceId: line.key!,
      cost: line.cost,
    }));
    const team = staffReleased(staffing, ordered, reference?.volumes);
    const saving = reference ? subtract(reference.year.cost.total, cost.total) : fromPence(0);
    const variableSaving = reference ? variableCostSaved(variable, reference.volumes, ordered, rounding) : fromPence(0);
    const cashable = add(team.cashable, variableSaving);
    const result: ChannelShiftYear = {
      year,
      takeUp: takeUp.map(toNumber),
      volumes: Object.fromEntries([...ordered].map(([channel, v]) => [channel, toNumber(v)])),
      shifted: toNumber(shifted),
      failureDemand: toNumber(failure),
      cost,
      byService,
      saving,
      cashable,
      nonCashable: subtract(saving, cashable),
      fte: team.fte,
      fteReleased: team.released,
    };
    return { year: result, volumes: ordered };
  };
  const first = yearAt(0);
  const modelled = Array.from({ length: years }, (_, i) => yearAt(i + 1, first).year);
  return {
    baseline: first.year,
    years: modelled,
    totals: {
      saving: sum(modelled.map((year) => year.saving)),
      cashable: sum(modelled.map((year) => year.cashable)),
      nonCashable: sum(modelled.map((year) => year.nonCashable)),
    },
  };
}

/** Variable costs no longer spent: Σ (baseline − now) × variable cost, rounded once. */
function variableCostSaved(
  variable: ReadonlyMap<Channel, Fraction>,
  before: ReadonlyMap<Channel, Fraction>,
  now: ReadonlyMap<Channel, Fraction>,
  rounding: RoundingMode,
): Money {
  let saved = ZERO;
  for (const [channel, unit] of variable)
    saved = plus(saved, times(minus(before.get(channel) ?? ZERO, now.get(channel) ?? ZERO), unit));
  return fromPence(rounding(saved.n, saved.d));
}

type Plan = {
  from: Channel;
  to: Channel;
  share: Fraction;
  takeUp: (year: number) => Fraction;
  services: readonly string[];
  failureShare: Fraction;
  failureChannel: Channel;
};

function readShifts(shifts: readonly ChannelShift[], services: readonly string[]): Plan[] {
  if (!Array.isArray(shifts)) refuse("shifts", "an array of channel shifts", shifts);
  const plans = shifts.map((shift, i): Plan => {
    const option = `shifts[${i}]`;
    const from = readChannel(shift?.from, `${option}.from`);
    const to = readChannel(shift.to, `${option}.to`);
    if (from === to) refuse(`${option}.to`, `a channel other than from (${from})`, to);
    const only = shift.services ?? services;
    for (const service of only)
      if (!services.includes(service)) refuse(`${option}.services`, "service ids in the baseline", service);
    return {
      from,
      to,
      share: readShare(shift.share, `${option}.share`),
      takeUp: takeUpAt(shift.takeUp ?? { kind: "immediate" }, `${option}.takeUp`),
      services: only,
      failureShare: shift.failureDemand ? readShare(shift.failureDemand.share, `${option}.failureDemand.share`) : ZERO,
      failureChannel: readChannel(shift.failureDemand?.channel ?? "telephone", `${option}.failureDemand.channel`),
    };
  });
  for (const service of services) {
    for (const channel of CHANNEL_CODES) {
      const total = plans
        .filter((plan) => plan.from === channel && plan.services.includes(service))
        .reduce((sum, plan) => plus(sum, plan.share), ZERO);
      if (compareFractions(total, ONE) > 0)
        refuse(`shifts (${service}, from ${channel})`, "shares adding up to at most 1", toNumber(total));
    }
  }
  return plans;
}
