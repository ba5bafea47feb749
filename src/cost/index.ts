/**
 * Cost to serve, channel shift and the business case, exact to the penny: unit costs by channel
 * (published presets with their provenance, or activity-based), the cost of volumes and of
 * contact records by channel, service, cluster, month and enquiry (every breakdown adding up to
 * the total), avoidable-contact cost, channel-shift scenarios with cashable and non-cashable
 * savings, Green Book discounting, NPV, payback, optimism bias, sensitivity and opportunity ranking.
 *
 * @module cost
 */

export type {
  ActivityBasedChannel,
  ActivityBasedCostOptions,
  ActivityBasedCosts,
  Overhead,
  OverheadAllocation,
  StaffCost,
} from "./activityBasedCosts.js";
export { activityBasedCosts } from "./activityBasedCosts.js";
export type {
  AvoidableContactCost,
  AvoidableContactCostOptions,
  AvoidableContactCount,
  AvoidableContactRemoval,
  AvoidableCostLine,
} from "./avoidableContactCost.js";
export { avoidableContactCost } from "./avoidableContactCost.js";
export type {
  BusinessCase,
  BusinessCaseInput,
  BusinessCaseLine,
  BusinessCaseOptions,
  BusinessCaseYear,
} from "./businessCase.js";
export { businessCase } from "./businessCase.js";
export type { ContactCostLine } from "./ContactCostLine.js";
export type {
  ChannelShift,
  ChannelShiftOptions,
  ChannelShiftScenario,
  ChannelShiftYear,
  ServiceChannelVolumes,
} from "./channelShift.js";
export { channelShiftScenario } from "./channelShift.js";
export type { ChannelShiftBenefits } from "./channelShiftBenefits.js";
export { channelShiftBenefits } from "./channelShiftBenefits.js";
export type {
  ContactCostDimension,
  ContactCosts,
  CostableContact,
  CostContactsOptions,
  UncostedContacts,
} from "./costContacts.js";
export { costContacts } from "./costContacts.js";
export type { ChannelCost, ChannelVolumes, CostToServe, CostToServeOptions, UncostedVolume } from "./costToServe.js";
export { costToServe } from "./costToServe.js";
export type { DiscountRate, DiscountSchedule } from "./discounting.js";
export { discountFactor, GREEN_BOOK_DECLINING_DISCOUNT_RATES, GREEN_BOOK_DISCOUNT_RATE } from "./discounting.js";
export type { NpvOptions } from "./npv.js";
export { npv } from "./npv.js";
export type { NpvSensitivity, NpvSensitivityOptions, NpvSensitivityRow } from "./npvSensitivity.js";
export { npvSensitivity } from "./npvSensitivity.js";
export type {
  GreenBookProjectType,
  OptimismBiasGuidance,
  OptimismBiasProjectType,
  OptimismBiasRange,
} from "./optimismBias.js";
export { GREEN_BOOK_OPTIMISM_BIAS } from "./optimismBias.js";
export type { ShiftCandidate, ShiftOpportunity } from "./rankShiftOpportunities.js";
export { rankShiftOpportunities } from "./rankShiftOpportunities.js";
export type { TakeUpCurve } from "./takeUp.js";
export { takeUpShare } from "./takeUp.js";
export type { TeamStaffing } from "./teamStaffing.js";
export type { OtherUnitCost, SourceConfidence, UnitCostPreset } from "./UnitCostPreset.js";
export type { UnitCost, UnitCostTable } from "./unitCost.js";
export { formatUnitCost, unitCost } from "./unitCost.js";
export {
  GDS_2013_DRIVING_TEST_UNIT_COSTS,
  LAMBETH_UNIT_COSTS,
  NWEGG_2008_UNIT_COSTS,
  PWC_LONDON_SOUTH_EAST_UNIT_COSTS,
  ROCHDALE_UNIT_COSTS,
  SOCITM_2008_UNIT_COSTS,
  SOCITM_2009_HIGH_UNIT_COSTS,
  SOCITM_2009_LOW_UNIT_COSTS,
  SOCITM_2009_UNIT_COSTS,
  SOCITM_2012_UNIT_COSTS,
  SOCITM_NORTH_WEST_UNIT_COSTS,
  UNIT_COST_PRESETS,
} from "./unitCostPresets.js";
