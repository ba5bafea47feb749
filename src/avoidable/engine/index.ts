/**
 * The avoidable-contact engine: the rules on integers, shared by the three entry points (`classifyContacts` on
 * objects, `createClassifier` on a stream, `classifyColumns` on columns). Not part of the public API.
 *
 * How it reads:
 *
 * - **Input.** A contact is an {@link EngineContact} record (its customer, place, enquiry and service as integer
 *   keys, its interaction, outcome and direction as taxonomy codes), an update an {@link EngineUpdate}; the caller
 *   keeps one of each and refills it, so nothing is allocated per contact. `classifyRows` feeds a whole history in
 *   columns (`Rows`) in the library's order, updates first at the same instant.
 * - **State** (`Store`). Integers in typed arrays: one {@link ENQUIRY_RECORD} per enquiry (opened, last named,
 *   closed, how, by which contacts, its two slots, its links on their open lists), one {@link SLOT_RECORD} per
 *   customer-and-service and place-and-service pair (its open enquiries, its latest enquiry closed as done, its
 *   latest letter). Records are recycled once no rule can use them, so the state follows the longest window.
 * - **Rules** (`ruleFamilies.ts`). One function per avoidable reason, each beside the official wording it
 *   implements (the NI 14 Handbook of Definitions, the Service Transformation Agreement and Varney, Seddon), tried
 *   in the options' order of precedence by `Rules.decide`; the first that fires decides, and the rule ids are
 *   `AVOIDABLE_RULE_IDS`. A contact no rule catches is value demand, unless a text model reads its note.
 * - **Output.** After each contact the {@link Decision} fields hold the rule and reason codes and the evidence:
 *   the contacts the decision rests on (positions, and ids for a stream), the enquiry's key, the days apart.
 *
 * @module
 */
export { classifyRows, type Decisions, type RowNames, type Rows, type UpdateRows } from "./classifyRows.js";
export { Dictionary } from "./Dictionary.js";
export {
  type AvoidableClassifierMemory,
  Engine,
  type EngineContact,
  type EngineUpdate,
  engineContact,
} from "./Engine.js";
export { ENQUIRY_RECORD, NONE } from "./EnquiryRecord.js";
export type { Decision } from "./Rules.js";
export { REASON_CODE, RULE_CODE } from "./ruleCode.js";
export { CUSTOMER_SIDE, PLACE_SIDE, SLOT_RECORD } from "./SlotRecord.js";
export { CONTACT_OUTCOME_CODE, DIRECTION_CODE, ENQUIRY_OUTCOME_CODE, INTERACTION_CODE } from "./taxonomyCode.js";
