import { rangeError, show } from "../core/index.js";
import { aboveZero, atLeastZero, optionsObject, share, shrinkageShare } from "./checkInputs.js";
import { requiredAgents } from "./requiredAgents.js";
import type { OpeningTimes, Weekday, WeekInterval } from "./weeklyDemand.js";
import { weeklyDemand } from "./weeklyDemand.js";

/**
 * The service targets every interval of the year must meet (as for {@link requiredAgents}).
 *
 * @example
 * ```ts
 * import type { StaffingTargets } from "council-contact/staffing";
 * const ninetyTen: StaffingTargets = { serviceLevel: 0.9, targetSeconds: 10, maxOccupancy: 0.85 };
 * ninetyTen.maxOccupancy //=> 0.85
 * ```
 */
export interface StaffingTargets {
  /** Share of calls to answer within `targetSeconds`, in (0, 1]: 0.8 for 80/20. */
  readonly serviceLevel: number;
  /** The answer-time target in seconds, ≥ 0: 20 for 80/20. */
  readonly targetSeconds: number;
  /** Highest acceptable occupancy, in (0, 1]. Default 1 (no cap). */
  readonly maxOccupancy?: number | undefined;
  /** Highest acceptable average speed of answer, in seconds. Default: none. */
  readonly maxAsaSeconds?: number | undefined;
}

/**
 * Options for {@link annualStaffing}: the year's demand, when and how it arrives, and the targets.
 *
 * @example
 * ```ts
 * import { annualStaffing } from "council-contact/staffing";
 * import type { AnnualStaffingOptions } from "council-contact/staffing";
 * const saturdayMornings: AnnualStaffingOptions = {
 *   callsPerYear: 52 * 8 * 100, openingHours: { saturday: { open: "09:00", close: "13:00" } },
 *   ahtSeconds: 180, targets: { serviceLevel: 0.8, targetSeconds: 20 }, shrinkage: 0.3, paidHoursPerFte: 37,
 * };
 * annualStaffing(saturdayMornings).productiveAgentHoursPerWeek //=> 56
 * ```
 */
export interface AnnualStaffingOptions {
  /** Calls offered in a year, ≥ 0. */
  readonly callsPerYear: number;
  /** Opening times for each day the lines are open; days left out are closed. */
  readonly openingHours: Readonly<Partial<Record<Weekday, OpeningTimes>>>;
  /** Relative call volume by day (any scale; closed days must be 0 or absent). Default: open days equal. */
  readonly weeklyPattern?: Readonly<Partial<Record<Weekday, number>>> | undefined;
  /** Relative call volume in each interval of the day from 00:00 (48 half-hours; any scale). Only open intervals are used. Default: flat. */
  readonly intradayPattern?: readonly number[] | undefined;
  /** Average handle time in seconds, > 0. */
  readonly ahtSeconds: number;
  /** The service targets every interval must meet. */
  readonly targets: StaffingTargets;
  /** Share of paid time not available for calls (leave, sickness, training, breaks), in [0, 1). */
  readonly shrinkage: number;
  /** Paid hours of one full-time equivalent per week, > 0: 37 for a UK council. */
  readonly paidHoursPerFte: number;
  /** Length of a planning interval in minutes, dividing 1440. Default 30. */
  readonly intervalMinutes?: number | undefined;
  /** Weeks a year the demand is spread over. Default 52 (bank holidays not taken out). */
  readonly weeksPerYear?: number | undefined;
}

/**
 * Every assumption behind an {@link AnnualStaffing} answer, defaults filled in.
 *
 * @example
 * ```ts
 * import { annualStaffing } from "council-contact/staffing";
 * import type { AnnualStaffingAssumptions } from "council-contact/staffing";
 * const { assumptions }: { assumptions: AnnualStaffingAssumptions } = annualStaffing({
 *   callsPerYear: 10_000, openingHours: { monday: { open: "09:00", close: "17:00" } },
 *   ahtSeconds: 180, targets: { serviceLevel: 0.8, targetSeconds: 20 }, shrinkage: 0.3, paidHoursPerFte: 37,
 * });
 * [assumptions.intervalMinutes, assumptions.weeksPerYear, assumptions.targets.maxOccupancy] //=> [30, 52, 1]
 * ```
 */
export interface AnnualStaffingAssumptions extends Required<Omit<AnnualStaffingOptions, "targets">> {
  /** The service targets, with the occupancy cap filled in. */
  readonly targets: StaffingTargets & {
    /** The occupancy cap used (1 when none was given). */
    readonly maxOccupancy: number;
  };
}

/**
 * The full-time equivalents a year of calls needs, with the assumptions beside the answer.
 *
 * @example
 * ```ts
 * import { annualStaffing } from "council-contact/staffing";
 * import type { AnnualStaffing } from "council-contact/staffing";
 * const mondays: AnnualStaffing = annualStaffing({
 *   callsPerYear: 52 * 16 * 100, openingHours: { monday: { open: "09:00", close: "17:00" } },
 *   ahtSeconds: 180, targets: { serviceLevel: 0.8, targetSeconds: 20 }, shrinkage: 0.3, paidHoursPerFte: 37,
 * });
 * [mondays.productiveAgentHoursPerWeek, mondays.scheduledAgentHoursPerWeek, mondays.peakAgents] //=> [112, 160, 14]
 * ```
 */
export interface AnnualStaffing {
  /** Full-time equivalents to employ: scheduled agent-hours per week ÷ paid hours per FTE. */
  readonly fte: number;
  /** Calls in an average week: calls per year ÷ weeks per year. */
  readonly callsPerWeek: number;
  /** Hours of handling work a week: calls × AHT. */
  readonly workloadHoursPerWeek: number;
  /** Agent-hours answering calls a week: Σ over open intervals of agents × interval length. */
  readonly productiveAgentHoursPerWeek: number;
  /** Paid agent-hours a week once shrinkage is added back: productive ÷ (1 − shrinkage). */
  readonly scheduledAgentHoursPerWeek: number;
  /** Hours a week the lines are open. */
  readonly openHoursPerWeek: number;
  /** The most agents any interval of the week needs. */
  readonly peakAgents: number;
  /** Average occupancy over the week: workload ÷ productive agent-hours. */
  readonly occupancy: number;
  /** Each open interval of the week with its calls and the agents it needs. */
  readonly week: readonly (WeekInterval & {
    /** Productive agents the interval needs. */
    readonly agents: number;
  })[];
  /** Every assumption the answer rests on, defaults filled in. */
  readonly assumptions: AnnualStaffingAssumptions;
}

/**
 * How many full-time staff a year of calls needs. The year's calls are spread evenly over
 * `weeksPerYear` weeks, each week over the open days by `weeklyPattern` and each day over its open
 * intervals by `intradayPattern`; every interval is staffed with {@link requiredAgents} to the
 * targets; productive agent-hours are grossed up for shrinkage (÷ (1 − shrinkage), not
 * × (1 + shrinkage)) and divided by the paid hours of one FTE. Every assumption is returned beside
 * the answer, so a reader can see what it rests on and change any of them.
 *
 * @param options - Calls a year, opening hours, patterns, AHT, targets, shrinkage and paid hours.
 * @returns The FTE, the weekly hours behind it, each interval's agents and the assumptions.
 * @throws RangeError naming the option and value when an option is out of range, opening times are
 *   malformed or off the interval grid, a closed day has a weight, or the intraday pattern has the
 *   wrong length.
 *
 * @example
 * ```ts
 * import { annualStaffing } from "council-contact/staffing";
 * const weekday = { open: "09:00", close: "17:00" };
 * const result = annualStaffing({
 *   callsPerYear: 52 * 5 * 16 * 100,
 *   openingHours: { monday: weekday, tuesday: weekday, wednesday: weekday, thursday: weekday, friday: weekday },
 *   ahtSeconds: 180, targets: { serviceLevel: 0.8, targetSeconds: 20 }, shrinkage: 0.3, paidHoursPerFte: 37,
 * });
 * result.callsPerWeek //=> 8000
 * result.peakAgents //=> 14
 * result.productiveAgentHoursPerWeek //=> 560
 * result.fte //=> ≈ 21.62
 * result.assumptions.weeksPerYear //=> 52
 * ```
 */
export function annualStaffing(options: AnnualStaffingOptions): AnnualStaffing {
  optionsObject("options", options);
  const intervalMinutes = options.intervalMinutes ?? 30;
  if (!(Number.isInteger(intervalMinutes) && intervalMinutes > 0 && 1440 % intervalMinutes === 0)) {
    throw rangeError("intervalMinutes", "a whole number of minutes dividing 1440", intervalMinutes);
  }
  const slotsPerDay = 1440 / intervalMinutes;
  const weeksPerYear = aboveZero("weeksPerYear", options.weeksPerYear ?? 52);
  const callsPerWeek = atLeastZero("callsPerYear", options.callsPerYear) / weeksPerYear;
  const ahtSeconds = aboveZero("ahtSeconds", options.ahtSeconds);
  const shrinkage = shrinkageShare(options.shrinkage);
  const paidHoursPerFte = aboveZero("paidHoursPerFte", options.paidHoursPerFte);
  const intradayPattern = options.intradayPattern ?? Array.from({ length: slotsPerDay }, () => 1);
  if (!Array.isArray(intradayPattern) || intradayPattern.length !== slotsPerDay) {
    const got = Array.isArray(intradayPattern) ? intradayPattern.length : show(intradayPattern);
    throw new RangeError(
      `intradayPattern must have ${slotsPerDay} entries (one per ${intervalMinutes} minutes), got ${got}`,
    );
  }
  const openingHours = optionsObject("openingHours", options.openingHours);
  const weeklyPattern = optionsObject(
    "weeklyPattern",
    options.weeklyPattern ?? Object.fromEntries(Object.keys(openingHours).map((day) => [day, 1])),
  );
  const targets = {
    ...optionsObject("targets", options.targets),
    maxOccupancy: share("targets.maxOccupancy", options.targets.maxOccupancy ?? 1),
  };
  share("targets.serviceLevel", targets.serviceLevel);
  atLeastZero("targets.targetSeconds", targets.targetSeconds);
  if (targets.maxAsaSeconds !== undefined) aboveZero("targets.maxAsaSeconds", targets.maxAsaSeconds);
  const demand = weeklyDemand(callsPerWeek, options.openingHours, weeklyPattern, intradayPattern, intervalMinutes);
  const hours = intervalMinutes / 60;
  const week = demand.map((interval) => ({
    ...interval,
    agents: requiredAgents({ ...targets, calls: interval.calls, intervalSeconds: intervalMinutes * 60, ahtSeconds })
      .agents,
  }));
  const productive = week.reduce((sum, interval) => sum + interval.agents * hours, 0);
  const workload = (callsPerWeek * ahtSeconds) / 3600;
  const scheduledHours = productive / (1 - shrinkage);
  return {
    fte: scheduledHours / paidHoursPerFte,
    callsPerWeek,
    workloadHoursPerWeek: workload,
    productiveAgentHoursPerWeek: productive,
    scheduledAgentHoursPerWeek: scheduledHours,
    openHoursPerWeek: week.length * hours,
    peakAgents: week.reduce((peak, interval) => Math.max(peak, interval.agents), 0),
    occupancy: productive === 0 ? 0 : workload / productive,
    week,
    assumptions: {
      callsPerYear: options.callsPerYear,
      openingHours: options.openingHours,
      weeklyPattern,
      intradayPattern,
      ahtSeconds,
      targets,
      shrinkage,
      paidHoursPerFte,
      intervalMinutes,
      weeksPerYear,
    },
  };
}
