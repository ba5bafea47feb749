/**
 * Synthetic data: a seeded generator of realistic council contacts for examples, docs and benchmarks.
 * Nothing else in the library depends on it.
 *
 * @module synth
 */
export { contactStream, generateContacts } from "./contactStream.js";
export type { SyntheticHistory, SyntheticHistoryItem } from "./historyStream.js";
export { generateHistory, historyStream } from "./historyStream.js";
export type { GenerateContactsOptions } from "./options.js";
export type { GeneratePeopleOptions, SyntheticPeople } from "./people/generatePeople.js";
export { generatePeople } from "./people/generatePeople.js";
export type { DemandMix } from "./profiles.js";
export { DEFAULT_CHANNEL_MIX, DEFAULT_DEMAND_MIX, DEFAULT_SERVICE_WEIGHTS } from "./profiles.js";
export { sfc32 } from "./sfc32.js";
