/**
 * council-contact: model how a UK council handles customer contact, and do the calculations
 * councils buy consultants for. Every module is also a subpath export (`council-contact/money`, …).
 *
 * @module council-contact
 */
export * from "./avoidable/index.js";
export * from "./calendar/index.js";
export * from "./clocks/index.js";
export * as cluster from "./cluster/index.js";
export * from "./contact/index.js";
export * from "./cost/index.js";
export * from "./enquiry/index.js";
export * from "./money/index.js";
export * from "./schema/index.js";
export * from "./staffing/index.js";
export * from "./synth/index.js";
export * from "./taxonomy/index.js";
