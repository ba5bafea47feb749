/**
 * Contact-centre staffing: Erlang B, C and A, service level, average speed of answer, occupancy,
 * shrinkage, the agents an interval needs, schedules of intervals and annual FTE. Every calculator
 * uses the stable Erlang B recursion (no factorials, no overflow) and validates its options with a
 * `RangeError` that names the option and the value.
 *
 * @module staffing
 */

export type {
  AnnualStaffing,
  AnnualStaffingAssumptions,
  AnnualStaffingOptions,
  StaffingTargets,
} from "./annualStaffing.js";
export { annualStaffing } from "./annualStaffing.js";
export type { AverageSpeedOfAnswerOptions } from "./averageSpeedOfAnswer.js";
export { averageSpeedOfAnswer } from "./averageSpeedOfAnswer.js";
export type { ErlangAOptions, ErlangAResult } from "./erlangA.js";
export { erlangA } from "./erlangA.js";
export { erlangB } from "./erlangB.js";
export { erlangC } from "./erlangC.js";
export type { OccupancyOptions } from "./occupancy.js";
export { occupancy } from "./occupancy.js";
export type { RequiredAgentsOptions, StaffingRequirement } from "./requiredAgents.js";
export { requiredAgents } from "./requiredAgents.js";
export type { ErlangARequirement, RequiredAgentsErlangAOptions } from "./requiredAgentsErlangA.js";
export { requiredAgentsErlangA } from "./requiredAgentsErlangA.js";
export type { LinesRequirement, RequiredLinesOptions } from "./requiredLines.js";
export { requiredLines } from "./requiredLines.js";
export type { ServiceLevelOptions } from "./serviceLevel.js";
export { serviceLevel } from "./serviceLevel.js";
export type {
  ScheduledInterval,
  ScheduleInterval,
  ScheduleTotals,
  StaffSchedule,
  StaffScheduleOptions,
} from "./staffSchedule.js";
export { staffSchedule } from "./staffSchedule.js";
export type { OpeningTimes, Weekday, WeekInterval } from "./weeklyDemand.js";
