/**
 * Closed-loop enquiries: lifecycles as data (states, events, guards, effects), a pure
 * `transition`, replay of append-only histories, built-in lifecycles for service requests,
 * general enquiries, complaints, FOI/EIR requests and subject access requests, Mermaid diagrams,
 * and the Open311 / FixMyStreet status mapping.
 *
 * @module enquiry
 */

export type { ClockAction, RegimeName, StatutoryRegime } from "../clocks/index.js";
// The outcome vocabulary is reference data, owned by taxonomy; re-exported here where users of enquiries look for it.
export type { EnquiryOutcome } from "../taxonomy/index.js";
export { DEFAULT_REOPEN_DAYS, ENQUIRY_OUTCOMES, FIXMYSTREET_QUESTIONNAIRE_DAYS } from "../taxonomy/index.js";
export type { ComplaintEvent, ComplaintState } from "./complaint.js";
export { complaint } from "./complaint.js";
export { defineLifecycle, safeDefineLifecycle } from "./defineLifecycle.js";
export type { Effect } from "./Effect.js";
export type { EffectSpec } from "./EffectSpec.js";
export type { ClosureNotice, Enquiry, EnquiryEvent, EnquiryHistory, NoNotifyReason } from "./Enquiry.js";
export { fromOpen311Status } from "./fromOpen311Status.js";
export type { GuardKind, GuardSpec } from "./GuardSpec.js";
export type { GeneralEnquiryEvent, GeneralEnquiryState } from "./generalEnquiry.js";
export { generalEnquiry } from "./generalEnquiry.js";
export type { InformationRegime, InformationRequestEvent, InformationRequestState } from "./informationRequest.js";
export { informationRequest, informationRequestLifecycle } from "./informationRequest.js";
export type { EventName, Lifecycle, StateName } from "./Lifecycle.js";
export type {
  InitialSpec,
  LifecycleSpec,
  StateSpec,
  TransitionList,
  TransitionMap,
  TransitionSpec,
} from "./LifecycleSpec.js";
export type { Open311Meaning, Open311Status } from "./open311StatusMap.js";
export { OPEN311_STATUS_MAP, OPEN311_STATUSES } from "./open311StatusMap.js";
export { parseEnquiry, safeParseEnquiry } from "./parseEnquiry.js";
export { parseEnquiryEvent, safeParseEnquiryEvent } from "./parseEnquiryEvent.js";
export { replay } from "./replay.js";
export type { ServiceRequestEvent, ServiceRequestOptions, ServiceRequestState } from "./serviceRequest.js";
export {
  serviceRequest,
  serviceRequestLifecycle,
} from "./serviceRequest.js";
export { startEnquiry } from "./startEnquiry.js";
export type { SubjectAccessRequestEvent, SubjectAccessRequestState } from "./subjectAccessRequest.js";
export { subjectAccessRequest } from "./subjectAccessRequest.js";
export type {
  GuardCode,
  ReplayResult,
  TransitionError,
  TransitionErrorCode,
  TransitionResult,
} from "./TransitionResult.js";
export { toMermaid } from "./toMermaid.js";
export type { Open311StatusOptions } from "./toOpen311Status.js";
export { toOpen311Status } from "./toOpen311Status.js";
export { transition } from "./transition.js";
