/**
 * Customer clusters: which records held by a cluster's services are one person (identity resolution by
 * the Fellegi–Sunter method, with the evidence for each link), linking new records in as they arrive,
 * clerical decisions, and the single view of a person within a cluster.
 *
 * @module cluster
 */

export type { RetentionDecision, RetentionPlan, RetentionPolicy, RetentionSubject } from "./applyRetention.js";
export { anonymiseRecord, applyRetention } from "./applyRetention.js";
export type { BlockingKeyPart, BlockingRule } from "./blockingRules.js";
export { BLOCKING_KEY_PARTS, DEFAULT_BLOCKING_RULES } from "./blockingRules.js";
export type { EnquiryBundle, EnquiryToOpen } from "./bundleEnquiries.js";
export { bundleEnquiries } from "./bundleEnquiries.js";
export { mergeIdentities, splitIdentity } from "./clericalDecisions.js";
export type { ComparisonThresholds, MatchField } from "./comparisons.js";
export { COMPARISON_LEVELS, MATCH_FIELDS } from "./comparisons.js";
export type { EvidenceStep, IdentityLink } from "./Evidence.js";
export type { ComparisonPattern, EstimatedM, EstimateMOptions } from "./estimateM.js";
export { estimateM } from "./estimateM.js";
export type { IdentityRecord } from "./IdentityRecord.js";
export { parseIdentityRecord, safeParseIdentityRecord } from "./IdentityRecord.js";
export { jaroWinkler } from "./jaroWinkler.js";
export { linkRecords } from "./linkRecords.js";
export type { LevelParameters, MatchModel, TermFrequencies, TermFrequencyField } from "./MatchModel.js";
export { DEFAULT_MODEL, TERM_FREQUENCY_FIELDS } from "./MatchModel.js";
export { NICKNAMES } from "./nicknames.js";
export { normalisePhone } from "./normalisePhone.js";
export { normaliseName } from "./prepareRecord.js";
export type { ClericalDecision, Identity, Resolution, ResolveOptions } from "./Resolution.js";
export { resolveIdentities } from "./resolveIdentities.js";
export type { EnquiryAtAGlance, SingleView, SingleViewData } from "./singleView.js";
export { singleView } from "./singleView.js";
