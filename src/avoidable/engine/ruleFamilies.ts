import type { AvoidableReason } from "../../taxonomy/index.js";
import { CHASE, CLARIFICATION, OTHER, REPORT, STANDALONE } from "../AvoidableClassifierOptions.js";
import { NONE } from "./EnquiryRecord.js";
import { REASON_CODE, RULE_CODE } from "./ruleCode.js";
import { SLOT_RECORD } from "./SlotRecord.js";
import type { Store } from "./Store.js";
import { CONTACT_OUTCOME_CODE, INTERACTION_CODE } from "./taxonomyCode.js";

/** What the rules read about the inbound contact being classified, found by the engine before any rule runs. */
export interface Facts {
  /** Its London day. */
  day: number;
  /** Its interaction's kind for the rules: `OTHER`, `REPORT`, `STANDALONE`, `CLARIFICATION` or `CHASE`. */
  kind: number;
  /** Its interaction and outcome codes (taxonomy position plus one, 0 for none), and its service key (-1: none). */
  interaction: number;
  outcome: number;
  service: number;
  /** The enquiry record its enquiry id names while that still counts, and that record again if no contact has named it yet (its own). */
  named: number;
  own: number;
  /** Its customer's and its place's slots for its service (-1: none). */
  customerSlot: number;
  placeSlot: number;
}

/** What the rules read besides the contact: the store and the options' windows and lists. */
export interface RuleContext {
  readonly store: Store;
  readonly lapseDays: number;
  readonly failureDays: number;
  readonly clarificationDays: number;
  /** Per service key: {@link PUBLISHED} and {@link OTHER_TIER} bits. */
  readonly serviceFlags: Uint8Array;
  /** Per contact outcome code: 1 if the council counts it nugatory. */
  readonly nugatory: Uint8Array;
}

/** A service's flags: its answers are published for self-service; the other tier provides it. */
export const PUBLISHED = 1;
export const OTHER_TIER = 2;

/** What the rule that fired found: its rule and reason codes, and the enquiry or the letter the decision rests on. */
export interface Finding {
  rule: number;
  reason: number;
  /** The enquiry record it rests on (-1: none), and whether on its closure rather than its opening. */
  enquiry: number;
  onClosure: boolean;
  /** Or the slot whose latest letter it rests on (-1: none). */
  letter: number;
}

/** A family of rules for one avoidable reason: true if one of them fires, with what it found written into `found`. */
export type RuleFamily = (c: Facts, x: RuleContext, found: Finding) => boolean;

const INFORMATION = INTERACTION_CODE.get("information")!;
const TRANSFERRED = CONTACT_OUTCOME_CODE.get("transferred")!;

function fired(found: Finding, rule: number, reason: number, enquiry = NONE, onClosure = false, letter = NONE): true {
  found.rule = rule;
  found.reason = reason;
  found.enquiry = enquiry;
  found.onClosure = onClosure;
  found.letter = letter;
  return true;
}

/** The earliest enquiry still open on the contact's customer's (or place's) slot, other than its own. */
function openOn(slot: number, side: 0 | 1, c: Facts, x: RuleContext): number {
  return slot === NONE ? NONE : x.store.firstOpen(slot, side, c.day, x.lapseDays, c.own);
}

/**
 * Progress chasing. Handbook of Definitions (NI 14): "chasing the delivery of a service"; Service Transformation
 * Agreement para 1.5: customers who "need to check on progress". Recorded as a chase (`chase-interaction`); naming
 * an enquiry an earlier contact or update opened and still open (`chase-open-enquiry`); or, neither a report nor a
 * stand-alone transaction, from a customer with an enquiry open about the same service (`chase-customer-service`).
 */
const progressChasing: RuleFamily = (c, x, found) => {
  const namedOpen = c.named !== NONE && c.own === NONE && x.store.isOpen(c.named, c.day, x.lapseDays) ? c.named : NONE;
  if (c.kind === CHASE) {
    let enquiry = namedOpen;
    if (enquiry === NONE) enquiry = openOn(c.customerSlot, 0, c, x);
    if (enquiry === NONE) enquiry = openOn(c.placeSlot, 1, c, x);
    return fired(found, RULE_CODE["chase-interaction"], REASON_CODE["progress-chasing"], enquiry);
  }
  if (c.kind === STANDALONE) return false;
  if (namedOpen !== NONE)
    return fired(found, RULE_CODE["chase-open-enquiry"], REASON_CODE["progress-chasing"], namedOpen);
  const open = c.kind === OTHER ? openOn(c.customerSlot, 0, c, x) : NONE;
  return open !== NONE && fired(found, RULE_CODE["chase-customer-service"], REASON_CODE["progress-chasing"], open);
};

/**
 * Repeat. Varney's avoidable contact is "duplicate, made in error or nugatory" (Service Transformation, 2006, via
 * the Service Transformation Agreement para 2.12); the Agreement's para 1.5: customers who "pass on information
 * they have already given". A report or request about a service while an enquiry about it is open for the same
 * customer (`repeat-customer`) or at the same place (`repeat-location`).
 */
const repeat: RuleFamily = (c, x, found) => {
  if (c.kind !== REPORT) return false;
  const byCustomer = openOn(c.customerSlot, 0, c, x);
  if (byCustomer !== NONE) return fired(found, RULE_CODE["repeat-customer"], REASON_CODE.repeat, byCustomer);
  const byPlace = openOn(c.placeSlot, 1, c, x);
  return byPlace !== NONE && fired(found, RULE_CODE["repeat-location"], REASON_CODE.repeat, byPlace);
};

/**
 * Failure to deliver. Service Transformation Agreement para 1.5: "contact that would not be necessary if the public
 * sector could get things right first time"; Seddon's failure demand, "demand caused by a failure to do something or
 * do something right for the customer". Within the failure window after an enquiry was closed as done: naming it
 * (`failure-reopen`), or about the same service from the same customer (`failure-customer`) or at the same place
 * (`failure-location`). Stand-alone transactions are never failure demand.
 */
const failureToDeliver: RuleFamily = (c, x, found) => {
  if (c.kind === STANDALONE) return false;
  const { store, failureDays } = x;
  const reason = REASON_CODE["failure-to-deliver"];
  if (c.named !== NONE && store.doneWithin(c.named, c.day, failureDays))
    return fired(found, RULE_CODE["failure-reopen"], reason, c.named, true);
  const byCustomer = c.customerSlot === NONE ? NONE : store.doneOf(c.customerSlot, 0);
  if (byCustomer !== NONE && store.doneWithin(byCustomer, c.day, failureDays))
    return fired(found, RULE_CODE["failure-customer"], reason, byCustomer, true);
  const byPlace = c.placeSlot === NONE ? NONE : store.doneOf(c.placeSlot, 1);
  return (
    byPlace !== NONE &&
    store.doneWithin(byPlace, c.day, failureDays) &&
    fired(found, RULE_CODE["failure-location"], reason, byPlace, true)
  );
};

/** The customer's (else the place's) slot whose latest letter went within the clarification window; -1 for none. */
function recentLetter(c: Facts, x: RuleContext): number {
  const recent = (slot: number): boolean =>
    slot !== NONE && c.day - x.store.slotField(slot, SLOT_RECORD.letterDay) <= x.clarificationDays;
  return recent(c.customerSlot) ? c.customerSlot : recent(c.placeSlot) ? c.placeSlot : NONE;
}

/**
 * Clarification. Handbook of Definitions (NI 14): "clarification of a document or e-mail which is badly worded";
 * Service Transformation Agreement para 1.5: customers who "are confused". Recorded as a clarification
 * (`clarification-interaction`), or any other contact about a service within the clarification window after a
 * letter, bill or notice about it went to the customer or their address (`clarification-after-outbound`).
 */
const clarification: RuleFamily = (c, x, found) => {
  if (c.kind !== CLARIFICATION && c.kind !== OTHER) return false;
  const letter = recentLetter(c, x);
  if (c.kind === CLARIFICATION)
    return fired(found, RULE_CODE["clarification-interaction"], REASON_CODE.clarification, NONE, false, letter);
  return (
    letter !== NONE &&
    fired(found, RULE_CODE["clarification-after-outbound"], REASON_CODE.clarification, NONE, false, letter)
  );
};

/**
 * Misdirected. Handbook of Definitions (NI 14): "ringing the wrong number because contact points are not clearly
 * advertised"; Varney: "made in error". Transferred during the contact (`misdirected-transferred`), or about a
 * service the other tier of local government provides (`misdirected-other-tier`).
 */
const misdirected: RuleFamily = (c, x, found) => {
  if (c.outcome === TRANSFERRED) return fired(found, RULE_CODE["misdirected-transferred"], REASON_CODE.misdirected);
  return (
    c.service !== NONE &&
    (x.serviceFlags[c.service]! & OTHER_TIER) !== 0 &&
    fired(found, RULE_CODE["misdirected-other-tier"], REASON_CODE.misdirected)
  );
};

/**
 * Information not available. Handbook of Definitions (NI 14): "requesting information that should be available on
 * the council's website". An information contact about a service whose answers the council publishes
 * (`info-published`).
 */
const infoNotAvailable: RuleFamily = (c, x, found) =>
  c.interaction === INFORMATION &&
  c.service !== NONE &&
  (x.serviceFlags[c.service]! & PUBLISHED) !== 0 &&
  fired(found, RULE_CODE["info-published"], REASON_CODE["info-not-available"]);

/** Nugatory. Varney: "nugatory", of no value to anyone. The contact ended with an outcome the council counts so (`nugatory-outcome`). */
const nugatory: RuleFamily = (c, x, found) =>
  x.nugatory[c.outcome] === 1 && fired(found, RULE_CODE["nugatory-outcome"], REASON_CODE.nugatory);

/** Each reason's family of rules; the classifier calls them in the order of the options' `precedence`. */
export const RULE_FAMILIES: Readonly<Record<AvoidableReason, RuleFamily>> = {
  "progress-chasing": progressChasing,
  repeat,
  "failure-to-deliver": failureToDeliver,
  clarification,
  misdirected,
  "info-not-available": infoNotAvailable,
  nugatory,
};
