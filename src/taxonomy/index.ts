/**
 * Reference data: the channel, interaction and avoidable-contact reason codes, customer clusters, a starter
 * service catalogue with LGSL ids, and life events; each entry carries its source. No validation library:
 * plain data and small lookups.
 *
 * @module taxonomy
 */

export type { AvoidableReason, AvoidableReasonInfo, OfficialWording } from "./avoidableReasons.js";
export { AVOIDABLE_REASON_CODES, AVOIDABLE_REASONS, isAvoidableReason } from "./avoidableReasons.js";
export type { Catalogue } from "./catalogue.js";
export {
  clusterOf,
  findCluster,
  findService,
  STARTER_CATALOGUE,
  servicesByLgsl,
  servicesInCluster,
} from "./catalogue.js";
export type { Channel, ChannelFilter, ChannelInfo } from "./channels.js";
export { CHANNEL_CODES, CHANNELS, channelsWhere, isChannel } from "./channels.js";
export type { BuiltInClusterId, ClusterDefinition } from "./clusters.js";
export { CLUSTERS } from "./clusters.js";
export type { ContactOutcome, Direction, OutcomeInfo } from "./contactOutcomes.js";
export { CONTACT_OUTCOME_CODES, CONTACT_OUTCOMES, DIRECTION_CODES } from "./contactOutcomes.js";
export type { EnquiryOutcome } from "./enquiryOutcomes.js";
export { DEFAULT_REOPEN_DAYS, ENQUIRY_OUTCOMES, FIXMYSTREET_QUESTIONNAIRE_DAYS } from "./enquiryOutcomes.js";
export type { CatalogueAdditions } from "./extendCatalogue.js";
export { extendCatalogue } from "./extendCatalogue.js";
export type { Interaction, InteractionInfo, LgilEntry } from "./interactions.js";
export { INTERACTION_CODES, INTERACTIONS, isInteraction } from "./interactions.js";
export type { LifeEvent, LifeEventInfo } from "./lifeEvents.js";
export { LIFE_EVENT_CODES, LIFE_EVENTS, servicesForLifeEvent } from "./lifeEvents.js";
export type { CatalogueService, ProvidingTier, StarterServiceId } from "./services.js";
export { PROVIDING_TIERS, SERVICES } from "./services.js";
