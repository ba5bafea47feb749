/**
 * Management information over contacts: every metric is a mergeable aggregate (`empty`, `add`, `merge`, `result`)
 * over plain-JSON states, so the same code runs on an array, a stream, contact columns, worker threads or shards
 * computed on other machines. Volumes by service, channel, cluster, ward and London time; channel mix and digital
 * take-up; call handling; complaints and compliments; NI 14 from classifier results; cost to serve, exact.
 *
 * @module metrics
 */
export type { Aggregate, BreakdownRow, ContactAggregate } from "./Aggregate.js";
export type { AvoidableBreakdown, AvoidableRow, AvoidableState, AvoidableSummary } from "./avoidableContact.js";
export { AVOIDABLE_BREAKDOWNS, avoidableContact } from "./avoidableContact.js";
export type { CallHandling, CallHandlingOptions, CallHandlingState } from "./callHandling.js";
export { callHandling } from "./callHandling.js";
export type { ChannelMix, ChannelMixRow } from "./channelMix.js";
export { channelMix } from "./channelMix.js";
export type {
  AggregateRecord,
  AggregateResults,
  AggregateStates,
  AnyAggregate,
  AnyContactAggregate,
} from "./combine.js";
export { combine } from "./combine.js";
export type { Feedback, FeedbackRow, FeedbackState } from "./complaintsAndCompliments.js";
export { complaintsAndCompliments } from "./complaintsAndCompliments.js";
export type { ContactCost, ContactCostOptions, ContactCostRow } from "./contactCost.js";
export { contactCost } from "./contactCost.js";
export type { ContactSummary, ContactSummaryOptions, ContactSummaryState } from "./contactSummary.js";
export { contactSummary } from "./contactSummary.js";
export type { VolumeBreakdown } from "./dimension.js";
export { VOLUME_BREAKDOWNS } from "./dimension.js";
export type { DatedValue, EarlyWarning, EarlyWarningOptions, EarlyWarnings, ShortSeries } from "./earlyWarnings.js";
export { earlyWarnings } from "./earlyWarnings.js";
export type {
  FirstContactResolution,
  FirstContactResolutionOptions,
  FirstContactResolutionState,
} from "./firstContactResolution.js";
export { firstContactResolution } from "./firstContactResolution.js";
export type { FunnelBand, FunnelOptions } from "./funnelLimits.js";
export { funnelLimits } from "./funnelLimits.js";
export type { AreaCount, Hotspot, HotspotOptions, Hotspots } from "./hotspots.js";
export { hotspots } from "./hotspots.js";
export { accumulate, summarize } from "./summarize.js";
export type { VolumeOptions, VolumeRow, VolumeState, Volumes } from "./volumes.js";
export { volumes } from "./volumes.js";
export type { XmrChart, XmrOptions, XmrPhase, XmrPoint } from "./xmrChart.js";
export { xmrChart } from "./xmrChart.js";
export type { XmrRule, XmrSignal } from "./xmrSignals.js";
export { XMR_RULES } from "./xmrSignals.js";
