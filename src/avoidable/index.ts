/**
 * Avoidable contact (NI 14, failure demand): explainable rules that classify each contact in a history as value or
 * avoidable demand, with the reason, the rule, the earlier contacts it rests on and an explanation; the same rules
 * on a stream, and on a history in columns (the fast path); the NI 14 measure with breakdowns and a Wilson interval for samples; and a small naive Bayes text
 * model, with a labelled set of notes, for contacts no rule catches.
 *
 * @module avoidable
 */

export type { EnquiryUpdate } from "../contact/index.js";
export type { AvoidableClassifierOptions } from "./AvoidableClassifierOptions.js";
export {
  AVOIDABLE_PRECEDENCE,
  DEFAULT_CLARIFICATION_DAYS,
  DEFAULT_ENQUIRY_LAPSE_DAYS,
  DEFAULT_REPORT_INTERACTIONS,
  DEFAULT_STANDALONE_INTERACTIONS,
  FIXMYSTREET_DONE_OUTCOMES,
} from "./AvoidableClassifierOptions.js";
export type { AvoidableDemand, AvoidableResult } from "./AvoidableResult.js";
export type { AvoidableRule, AvoidableRuleInfo } from "./avoidableRules.js";
export { AVOIDABLE_RULE_IDS, AVOIDABLE_RULES } from "./avoidableRules.js";
export type { ClassifyContactsOptions } from "./ClassifyContactsOptions.js";
export type { CompactClassification, CompactDecisions } from "./CompactClassification.js";
export type { ClassifyColumnsOptions, ColumnClassification } from "./classifyColumns.js";
export { classifyColumns } from "./classifyColumns.js";
export { classifyContacts } from "./classifyContacts.js";
export { classifyContactsCompact } from "./classifyContactsCompact.js";
export { compactResult } from "./compactResult.js";
export type { AvoidableClassifier } from "./createClassifier.js";
export { createClassifier } from "./createClassifier.js";
export type { AvoidableClassifierMemory } from "./engine/index.js";
export type { EnquiryUpdateColumns } from "./enquiryUpdateColumns.js";
export { enquiryUpdateColumns } from "./enquiryUpdateColumns.js";
export type { Ni14Breakdown, Ni14Count, Ni14Options, Ni14Result } from "./ni14.js";
export { NI14_BREAKDOWNS, NI14_NONE, ni14 } from "./ni14.js";
export type { CouncilTier } from "./otherTierServices.js";
export { otherTierServices } from "./otherTierServices.js";
export type {
  EvaluateTextModelOptions,
  LabelledNote,
  LabelScores,
  TextEvaluation,
  TextLabel,
  TextModel,
  TextPrediction,
  TrainTextModelOptions,
} from "./text/index.js";
export {
  classifyText,
  evaluateTextModel,
  LABELLED_NOTES,
  TEXT_LABELS,
  tokenizeNote,
  trainTextModel,
} from "./text/index.js";
export type { ProportionInterval } from "./wilsonInterval.js";
export { wilsonInterval, Z_95 } from "./wilsonInterval.js";
