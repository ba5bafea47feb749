import { ENQUIRY_OUTCOMES, INTERACTION_CODES } from "../../taxonomy/index.js";
import { OTHER, type ResolvedClassifierOptions, STANDALONE } from "../AvoidableClassifierOptions.js";
import { ENQUIRY_RECORD, NONE } from "./EnquiryRecord.js";
import { Rules } from "./Rules.js";
import { RULE_CODE } from "./ruleCode.js";
import type { Facts } from "./ruleFamilies.js";
import { CUSTOMER_SIDE, PLACE_SIDE, SLOT_RECORD } from "./SlotRecord.js";
import { Store } from "./Store.js";
import { CONTACT_OUTCOME_CODE, ENQUIRY_OUTCOME_CODE } from "./taxonomyCode.js";

/**
 * How much the classifier holds: what its memory follows.
 *
 * @example
 * ```ts
 * import type { AvoidableClassifierMemory } from "council-contact/avoidable";
 * const memory: AvoidableClassifierMemory = { enquiries: 12, customers: 40, places: 35 };
 * memory.enquiries //=> 12
 * ```
 */
export interface AvoidableClassifierMemory {
  /** Enquiries held: open, or closed within the failure window. */
  readonly enquiries: number;
  /** Customers with something a rule can still use. */
  readonly customers: number;
  /** Places with something a rule can still use. */
  readonly places: number;
}

/** Who and what a contact or update is about, as keys (-1 for none). */
export interface Placed {
  customer: number;
  place: number;
  service: number;
}

/** A contact as the engine reads it: keys and codes. The caller keeps one and refills it for each contact. */
export interface EngineContact extends Placed {
  /** Its position in the history (a stream counts them). */
  seq: number;
  /** Its London day. */
  day: number;
  /** The key of its enquiry id (-1: none). */
  enquiry: number;
  /** Its interaction and outcome codes (taxonomy position plus one, 0 for none). */
  interaction: number;
  outcome: number;
  outbound: boolean;
  /** Its id, kept only by a store that keeps ids; its note, read only by a text model. */
  id: string | undefined;
  note: string | undefined;
}

/** An enquiry update as the engine reads it. */
export interface EngineUpdate extends Placed {
  day: number;
  /** The key of its enquiry id. */
  enquiry: number;
  /** Closed (with `outcome`, an enquiry outcome code), or opened. */
  closed: boolean;
  outcome: number;
}

/** A fresh record for the caller to fill. */
export const engineContact = (): EngineContact => ({
  seq: 0,
  day: 0,
  customer: NONE,
  place: NONE,
  enquiry: NONE,
  service: NONE,
  interaction: 0,
  outcome: 0,
  outbound: false,
  id: undefined,
  note: undefined,
});

const RESOLVED = CONTACT_OUTCOME_CODE.get("resolved")!;
const REFERRED = CONTACT_OUTCOME_CODE.get("referred")!;
const ANSWERED = ENQUIRY_OUTCOME_CODE.get("answered")!;
/** How an outbound contact naming an enquiry closes it, by the contact's outcome code (0: it stays open). */
const OUTBOUND_CLOSURE = new Map([
  [RESOLVED, ENQUIRY_OUTCOME_CODE.get("fixed")!],
  [CONTACT_OUTCOME_CODE.get("unresolved")!, ENQUIRY_OUTCOME_CODE.get("no-further-action")!],
  [REFERRED, ENQUIRY_OUTCOME_CODE.get("referred-elsewhere")!],
]);

/**
 * The classifier: contacts and updates go in, in the library's order, as records of keys and codes; after each
 * contact the decision is in the public fields (see `Rules`). Per contact: one read each for its customer, place
 * and enquiry, then integer work on short lists.
 */
export class Engine extends Rules {
  private readonly horizon: number;
  private nextSweep = Number.NEGATIVE_INFINITY;
  /** Per interaction code, its kind for the rules; per enquiry outcome code, 1 if it means done. */
  private readonly kindOf: Uint8Array;
  private readonly done: Uint8Array;
  private readonly facts: Facts = {
    day: 0,
    kind: OTHER,
    interaction: 0,
    outcome: 0,
    service: NONE,
    named: NONE,
    own: NONE,
    customerSlot: NONE,
    placeSlot: NONE,
  };

  /**
   * @param o - the resolved options.
   * @param keys - how many customer, place and enquiry keys to make room for (more on `store.reserve`).
   * @param records - how many enquiries and slots to make room for before growing.
   * @param keepIds - keep contact ids for evidence (a stream, which keeps no contacts).
   */
  constructor(
    o: ResolvedClassifierOptions,
    keys: readonly [number, number, number],
    records: number,
    keepIds: boolean,
  ) {
    super(o, new Store(keys, records, keepIds));
    this.horizon = Math.max(o.lapseDays, o.failureDays, o.clarificationDays);
    this.kindOf = Uint8Array.from([OTHER, ...INTERACTION_CODES.map((interaction) => o.kind[interaction]!)]);
    this.done = Uint8Array.from([0, ...ENQUIRY_OUTCOMES], (outcome) => (o.done.has(outcome as never) ? 1 : 0));
  }

  /** Classifies a contact, then records what it tells. */
  contact(c: EngineContact): void {
    this.maybeSweep(c.day);
    if (c.outbound) {
      this.decided(RULE_CODE.outbound, 0);
      this.outbound(c);
      return;
    }
    const { store, facts } = this;
    const known = c.service !== NONE;
    facts.day = c.day;
    facts.kind = this.kindOf[c.interaction]!;
    facts.interaction = c.interaction;
    facts.outcome = c.outcome;
    facts.service = c.service;
    facts.customerSlot = known && c.customer !== NONE ? store.slot(CUSTOMER_SIDE, c.customer, c.service, false) : NONE;
    facts.placeSlot = known && c.place !== NONE ? store.slot(PLACE_SIDE, c.place, c.service, false) : NONE;
    facts.named = c.enquiry === NONE ? NONE : this.live(c.enquiry, c.day);
    // An enquiry no contact has named yet (opened by an update or a letter) is this contact's own, not an earlier one.
    facts.own = facts.named !== NONE && store.get(facts.named, ENQUIRY_RECORD.opener) === NONE ? facts.named : NONE;
    this.decide(facts, c.note);
    this.inbound(c, facts);
  }

  /** Applies an enquiry update: it opens (or reopens) the enquiry, or closes it. */
  update(u: EngineUpdate): void {
    this.maybeSweep(u.day);
    const store = this.store;
    let e = this.live(u.enquiry, u.day);
    if (e === NONE) e = store.newEnquiry(u.enquiry, NONE, undefined, u.day);
    else if (!u.closed && store.isClosed(e)) store.reopen(e, u.day);
    this.place(e, u);
    store.put(e, ENQUIRY_RECORD.lastDay, u.day);
    if (u.closed) store.close(e, u.day, u.outcome, this.done[u.outcome] === 1, NONE, undefined);
  }

  memory(): AvoidableClassifierMemory {
    const store = this.store;
    return {
      enquiries: store.enquiryCount,
      customers: store.ownerCount[CUSTOMER_SIDE]!,
      places: store.ownerCount[PLACE_SIDE]!,
    };
  }

  /** Forgets what no rule can use any more, every half of the longest window; results never depend on it, only memory does. Returns whether it swept. */
  maybeSweep(day: number): boolean {
    if (day < this.nextSweep) return false;
    this.nextSweep = day + Math.max(1, Math.ceil(this.horizon / 2));
    this.store.sweep(day, this.lapseDays, this.failureDays, this.clarificationDays);
    return true;
  }

  /** What an inbound contact tells: it opens, touches or reopens the enquiry it names; a referred contact naming none implies one. */
  private inbound(c: EngineContact, facts: Facts): void {
    const store = this.store;
    const named = facts.named;
    if (named !== NONE) {
      if (store.get(named, ENQUIRY_RECORD.opener) === NONE) {
        store.put(named, ENQUIRY_RECORD.opener, c.seq);
        if (store.keepIds) store.openerId[named] = c.id;
        this.place(named, c, facts.customerSlot, facts.placeSlot);
      }
      if (store.isClosed(named) && facts.kind !== STANDALONE) store.reopen(named, c.day);
      store.put(named, ENQUIRY_RECORD.lastDay, c.day);
    } else if (c.enquiry !== NONE || (c.outcome === REFERRED && c.service !== NONE)) {
      const e = store.newEnquiry(c.enquiry, c.seq, c.id, c.day);
      this.place(e, c, facts.customerSlot, facts.placeSlot);
      if (c.enquiry !== NONE && c.outcome === RESOLVED)
        store.close(e, c.day, ANSWERED, this.done[ANSWERED] === 1, NONE, undefined);
    }
  }

  /** An outbound letter, bill or notice: remembered for clarification; naming an enquiry, it may close it. */
  private outbound(c: EngineContact): void {
    const store = this.store;
    if (c.service !== NONE) {
      const customerSlot = c.customer === NONE ? NONE : store.slot(CUSTOMER_SIDE, c.customer, c.service, true);
      const placeSlot = c.place === NONE ? NONE : store.slot(PLACE_SIDE, c.place, c.service, true);
      for (const slot of [customerSlot, placeSlot]) {
        if (slot === NONE) continue;
        store.putSlot(slot, SLOT_RECORD.letterDay, c.day);
        store.putSlot(slot, SLOT_RECORD.letter, c.seq);
        if (store.keepIds) store.letterId[slot] = c.id;
      }
    }
    if (c.enquiry === NONE) return;
    let e = this.live(c.enquiry, c.day);
    if (e === NONE) e = store.newEnquiry(c.enquiry, NONE, undefined, c.day);
    this.place(e, c);
    store.put(e, ENQUIRY_RECORD.lastDay, c.day);
    const closure = OUTBOUND_CLOSURE.get(c.outcome) ?? 0;
    if (closure !== 0) store.close(e, c.day, closure, this.done[closure] === 1, c.seq, c.id);
  }

  /**
   * Gives an enquiry the customer and place slots it lacks for a service, and links it if open. `customerSlot` and
   * `placeSlot`, when not -1, are those slots already found (by the contact just classified), to save a second search.
   */
  private place(e: number, who: Placed, customerSlot = NONE, placeSlot = NONE): void {
    const { customer, place, service } = who;
    if (service === NONE) return;
    const store = this.store;
    if (customer !== NONE && store.get(e, ENQUIRY_RECORD.slot + CUSTOMER_SIDE) === NONE)
      store.attach(
        e,
        CUSTOMER_SIDE,
        customerSlot !== NONE ? customerSlot : store.slot(CUSTOMER_SIDE, customer, service, true),
      );
    if (place !== NONE && store.get(e, ENQUIRY_RECORD.slot + PLACE_SIDE) === NONE)
      store.attach(e, PLACE_SIDE, placeSlot !== NONE ? placeSlot : store.slot(PLACE_SIDE, place, service, true));
    if (!store.isClosed(e)) store.link(e);
  }

  /** The enquiry the key names if it still counts: open and not lapsed, or closed within the failure window. */
  private live(key: number, day: number): number {
    const store = this.store;
    const e = store.enquiryOf[key]!;
    if (e === NONE) return NONE;
    const counts = store.isClosed(e)
      ? day - store.get(e, ENQUIRY_RECORD.closedDay) <= this.failureDays
      : day - store.get(e, ENQUIRY_RECORD.lastDay) <= this.lapseDays;
    return counts ? e : NONE;
  }
}
