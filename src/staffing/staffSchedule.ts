import { rangeError } from "../core/index.js";
import { aboveZero, optionsObject } from "./checkInputs.js";
import type { RequiredAgentsOptions, StaffingRequirement } from "./requiredAgents.js";
import { requiredAgents } from "./requiredAgents.js";

/**
 * One interval of a demand profile: its calls, and optionally its own AHT and a label.
 *
 * @example
 * ```ts
 * import { staffSchedule } from "council-contact/staffing";
 * import type { ScheduleInterval } from "council-contact/staffing";
 * const opening: ScheduleInterval = { calls: 60, ahtSeconds: 60, label: "Mon 08:30" };
 * staffSchedule([opening], { intervalSeconds: 1800, ahtSeconds: 180, serviceLevel: 0.8, targetSeconds: 30 }).intervals[0]!.agents //=> 4
 * ```
 */
export interface ScheduleInterval {
  /** Calls offered in the interval, ≥ 0. */
  readonly calls: number;
  /** Average handle time for this interval, overriding the schedule's `ahtSeconds`. */
  readonly ahtSeconds?: number | undefined;
  /** A label carried through to the result, such as `"Mon 09:00"`. */
  readonly label?: string | undefined;
}

/**
 * Options for {@link staffSchedule}: the interval length, the default AHT and the targets every interval must meet.
 *
 * @example
 * ```ts
 * import { staffSchedule } from "council-contact/staffing";
 * import type { StaffScheduleOptions } from "council-contact/staffing";
 * const targets: StaffScheduleOptions = { intervalSeconds: 1800, ahtSeconds: 180, serviceLevel: 0.8, targetSeconds: 20 };
 * staffSchedule([100, 100], targets).totals.agentHours //=> 14
 * ```
 */
export type StaffScheduleOptions = Omit<RequiredAgentsOptions, "calls">;

/**
 * One interval's requirement, with the calls (and label) it was given.
 *
 * @example
 * ```ts
 * import { staffSchedule } from "council-contact/staffing";
 * import type { ScheduledInterval } from "council-contact/staffing";
 * const intervals: readonly ScheduledInterval[] = staffSchedule([{ calls: 100, label: "09:00" }], { intervalSeconds: 1800, ahtSeconds: 180, serviceLevel: 0.8, targetSeconds: 20 }).intervals;
 * [intervals[0]!.label, intervals[0]!.calls, intervals[0]!.agents] //=> ["09:00", 100, 14]
 * ```
 */
export interface ScheduledInterval extends StaffingRequirement {
  /** Calls offered in the interval. */
  readonly calls: number;
  /** The interval's label, when it had one. */
  readonly label?: string;
}

/**
 * Totals over a schedule.
 *
 * @example
 * ```ts
 * import { staffSchedule } from "council-contact/staffing";
 * import type { ScheduleTotals } from "council-contact/staffing";
 * const totals: ScheduleTotals = staffSchedule([100, 0], { intervalSeconds: 1800, ahtSeconds: 180, serviceLevel: 0.8, targetSeconds: 20, shrinkage: 0.3 }).totals;
 * totals //=> { calls: 100, workloadHours: 5, agentHours: 7, scheduledAgentHours: 10, peakAgents: 14, peakScheduledAgents: 20 }
 * ```
 */
export interface ScheduleTotals {
  /** Calls offered over all intervals. */
  readonly calls: number;
  /** Handling workload in hours: Σ calls × AHT ÷ 3600. */
  readonly workloadHours: number;
  /** Productive agent-hours: Σ agents × interval length. */
  readonly agentHours: number;
  /** Scheduled agent-hours: Σ scheduled agents × interval length. */
  readonly scheduledAgentHours: number;
  /** The most productive agents any interval needs. */
  readonly peakAgents: number;
  /** The most scheduled agents any interval needs. */
  readonly peakScheduledAgents: number;
}

/**
 * A staffing requirement for every interval of a demand profile, with totals.
 *
 * @example
 * ```ts
 * import { staffSchedule } from "council-contact/staffing";
 * import type { StaffSchedule } from "council-contact/staffing";
 * const day: StaffSchedule = staffSchedule([100, 100], { intervalSeconds: 1800, ahtSeconds: 180, serviceLevel: 0.8, targetSeconds: 20 });
 * day.intervals.length //=> 2
 * ```
 */
export interface StaffSchedule {
  /** The requirement of each interval, in the order given. */
  readonly intervals: readonly ScheduledInterval[];
  /** Calls, workload, agent-hours and peaks over the whole profile. */
  readonly totals: ScheduleTotals;
}

/**
 * Staffs every interval of a demand profile (48 half-hours × 7 days, or a year of them) with
 * {@link requiredAgents}, so each interval meets the same targets, and totals the agent-hours.
 * Intervals are plain call counts or {@link ScheduleInterval} records with their own AHT.
 *
 * @param intervals - The calls offered in each interval, in order.
 * @param options - Interval length, default AHT and the targets (as for {@link requiredAgents}).
 * @returns Each interval's requirement and the totals.
 * @throws RangeError naming the option (prefixed by the interval's position) when an interval or an
 *   option is out of range, as {@link requiredAgents} does.
 *
 * @example
 * ```ts
 * import { staffSchedule } from "council-contact/staffing";
 * const day = staffSchedule([100, 360, { calls: 50, label: "16:30" }], { intervalSeconds: 1800, ahtSeconds: 180, serviceLevel: 0.8, targetSeconds: 20, shrinkage: 0.3 });
 * day.intervals.map((i) => i.agents) //=> [14, 41, 8]
 * day.totals.agentHours //=> 31.5
 * day.totals.peakScheduledAgents //=> 59
 * staffSchedule([-1], { intervalSeconds: 1800, ahtSeconds: 180, serviceLevel: 0.8, targetSeconds: 20 }) //=> throws RangeError
 * ```
 */
export function staffSchedule(
  intervals: readonly (number | ScheduleInterval)[],
  options: StaffScheduleOptions,
): StaffSchedule {
  if (!Array.isArray(intervals)) throw rangeError("intervals", "an array of call counts or intervals", intervals);
  optionsObject("options", options);
  const hours = aboveZero("intervalSeconds", options.intervalSeconds) / 3600;
  let calls = 0;
  let workload = 0;
  let agentHours = 0;
  let scheduledHours = 0;
  let peakAgents = 0;
  let peakScheduled = 0;
  const rows = intervals.map((interval, index): ScheduledInterval => {
    const row = typeof interval === "number" ? { calls: interval } : optionsObject(`intervals[${index}]`, interval);
    const ahtSeconds = row.ahtSeconds ?? options.ahtSeconds;
    let requirement: StaffingRequirement;
    try {
      requirement = requiredAgents({ ...options, calls: row.calls, ahtSeconds });
    } catch (error) {
      throw error instanceof RangeError ? new RangeError(`intervals[${index}]: ${error.message}`) : error;
    }
    calls += row.calls;
    workload += (row.calls * ahtSeconds) / 3600;
    agentHours += requirement.agents * hours;
    scheduledHours += requirement.scheduledAgents * hours;
    peakAgents = Math.max(peakAgents, requirement.agents);
    peakScheduled = Math.max(peakScheduled, requirement.scheduledAgents);
    return { calls: row.calls, ...(row.label === undefined ? {} : { label: row.label }), ...requirement };
  });
  return {
    intervals: rows,
    totals: {
      calls,
      workloadHours: workload,
      agentHours,
      scheduledAgentHours: scheduledHours,
      peakAgents,
      peakScheduledAgents: peakScheduled,
    },
  };
}
