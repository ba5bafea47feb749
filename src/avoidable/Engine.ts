import type { EnquiryOutcome } from "../enquiry/index.js";
import type { Contact } from "../schema/index.js";
import type { AvoidableReason } from "../taxonomy/index.js";
import { classifyText } from "./classifyText.js";
import { CHASE, CLARIFICATION, OTHER, REPORT, STANDALONE, type ResolvedClassifierOptions } from "./AvoidableClassifierOptions.js";
import { Decision, OUTCOME, REASON, RULE } from "./Decision.js";
import type { EnquiryUpdate } from "./EnquiryUpdate.js";
import { CLOSED_DAY, CLOSER, DONE_ENQUIRY, LAST_DAY, LETTER, LETTER_DAY, NONE, OPEN_DAY, OPENER, OUTCOME as OUTCOME_FIELD, SLOT } from "./records.js";
import { Store } from "./Store.js";

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

/** How an outbound contact naming an enquiry closes it, by the contact's outcome (other outcomes leave it open). */
const OUTBOUND_CLOSURE: Readonly<Partial<Record<string, EnquiryOutcome>>> = { resolved: "fixed", unresolved: "no-further-action", referred: "referred-elsewhere" };
const CUSTOMER = 0;
const PLACE = 1;

/**
 * The classifier's rules over its store. Contacts and updates go in, in the library's order; for each contact the
 * decision is left in `d`. Per contact: at most one `Map` lookup each for its customer, place and enquiry, then
 * integer work on short lists.
 */
export class Engine {
  readonly store: Store;
  readonly d = new Decision();
  private readonly horizon: number;
  private nextSweep: number;
  private readonly lastKey: [string | undefined, string | undefined] = [undefined, undefined];
  private readonly lastOwner = new Int32Array(2);

  /**
   * @param o - the resolved options.
   * @param expected - how many contacts to expect (0 for a stream), to size the store.
   */
  constructor(
    private readonly o: ResolvedClassifierOptions,
    expected: number,
  ) {
    this.store = new Store(expected);
    this.horizon = Math.max(o.lapseDays, o.failureDays, o.clarificationDays);
    this.nextSweep = Number.NEGATIVE_INFINITY;
  }

  /** Classifies the contact at position `seq` on London day `day` into `d`, then records what it tells. */
  contact(c: Contact, seq: number, day: number): void {
    this.maybeSweep(day);
    const { o, store, d } = this;
    const service = c.serviceId === undefined ? NONE : store.service(c.serviceId);
    const place = o.locationOf === undefined ? c.uprn : o.locationOf(c);
    if (c.direction === "outbound") {
      d.set(RULE.outbound, 0);
      this.outbound(c, seq, day, service, place);
      return;
    }
    const customerSlot = service !== NONE && c.customerId !== undefined ? this.slotOf(CUSTOMER, c.customerId, service, false) : NONE;
    const placeSlot = service !== NONE && place !== undefined && place !== "" ? this.slotOf(PLACE, place, service, false) : NONE;
    const kind = c.interaction === undefined ? OTHER : o.kind[c.interaction]!;
    const named = c.enquiryId === undefined ? NONE : this.live(c.enquiryId, day);
    // An enquiry no contact has named yet (opened by an update or a letter) is this contact's own, not an earlier one.
    const own = named !== NONE && store.get(named, OPENER) === NONE ? named : NONE;
    let decided = false;
    for (const reason of o.precedence) if ((decided = this.tryRule(reason, c, day, kind, named, own, customerSlot, placeSlot))) break;
    if (!decided) {
      d.set(RULE["no-rule"], 0);
      if (o.textModel !== undefined && c.note !== undefined && c.note !== "") this.readNote(c.note);
    }
    d.place = place;
    this.inbound(c, seq, day, kind, named, service, place);
  }

  /** Applies an enquiry update on London day `day`. */
  update(u: EnquiryUpdate, day: number): void {
    this.maybeSweep(day);
    const store = this.store;
    let e = this.live(u.enquiryId, day);
    if (e === NONE) e = store.newEnquiry(u.enquiryId, NONE, undefined, day);
    else if (u.type === "opened" && store.isClosed(e)) store.reopen(e, day);
    this.place(e, u.customerId, u.serviceId === undefined ? NONE : store.service(u.serviceId), u.uprn);
    store.put(e, LAST_DAY, day);
    if (u.type === "closed") store.close(e, day, OUTCOME[u.outcome!], this.o.done.has(u.outcome!), NONE, undefined);
  }

  memory(): AvoidableClassifierMemory {
    return { enquiries: this.store.enquiryCount, customers: this.store.owners[CUSTOMER].size, places: this.store.owners[PLACE].size };
  }

  private tryRule(reason: AvoidableReason, c: Contact, day: number, kind: number, named: number, own: number, customerSlot: number, placeSlot: number): boolean {
    const { store, d } = this;
    const { lapseDays, failureDays, clarificationDays } = this.o;
    switch (reason) {
      case "progress-chasing": {
        const namedOpen = named !== NONE && own === NONE && store.isOpen(named, day, lapseDays) ? named : NONE;
        if (kind === CHASE) {
          let chased = namedOpen;
          if (chased === NONE && customerSlot !== NONE) chased = store.firstOpen(customerSlot, CUSTOMER, day, lapseDays, own);
          if (chased === NONE && placeSlot !== NONE) chased = store.firstOpen(placeSlot, PLACE, day, lapseDays, own);
          return this.opened(RULE["chase-interaction"], REASON[reason], chased, day);
        }
        if (kind === STANDALONE) return false;
        if (namedOpen !== NONE) return this.opened(RULE["chase-open-enquiry"], REASON[reason], namedOpen, day);
        const open = kind === OTHER && customerSlot !== NONE ? store.firstOpen(customerSlot, CUSTOMER, day, lapseDays, own) : NONE;
        return open !== NONE && this.opened(RULE["chase-customer-service"], REASON[reason], open, day);
      }
      case "repeat": {
        if (kind !== REPORT) return false;
        const mine = customerSlot === NONE ? NONE : store.firstOpen(customerSlot, CUSTOMER, day, lapseDays, own);
        if (mine !== NONE) return this.opened(RULE["repeat-customer"], REASON[reason], mine, day);
        const here = placeSlot === NONE ? NONE : store.firstOpen(placeSlot, PLACE, day, lapseDays, own);
        return here !== NONE && this.opened(RULE["repeat-location"], REASON[reason], here, day);
      }
      case "failure-to-deliver": {
        if (kind === STANDALONE) return false;
        if (named !== NONE && store.doneWithin(named, day, failureDays)) return this.closed(RULE["failure-reopen"], named, day);
        const mine = customerSlot === NONE ? NONE : store.slotField(customerSlot, DONE_ENQUIRY);
        if (mine !== NONE && store.doneWithin(mine, day, failureDays)) return this.closed(RULE["failure-customer"], mine, day);
        const here = placeSlot === NONE ? NONE : store.slotField(placeSlot, DONE_ENQUIRY);
        return here !== NONE && store.doneWithin(here, day, failureDays) && this.closed(RULE["failure-location"], here, day);
      }
      case "clarification": {
        if (kind !== CLARIFICATION && kind !== OTHER) return false;
        const slot = customerSlot !== NONE && day - store.slotField(customerSlot, LETTER_DAY) <= clarificationDays ? customerSlot : placeSlot !== NONE && day - store.slotField(placeSlot, LETTER_DAY) <= clarificationDays ? placeSlot : NONE;
        if (slot === NONE && kind === OTHER) return false;
        d.set(kind === CLARIFICATION ? RULE["clarification-interaction"] : RULE["clarification-after-outbound"], REASON.clarification);
        if (slot !== NONE) {
          d.first = store.slotField(slot, LETTER);
          d.firstId = store.letterId[slot];
          d.days = day - store.slotField(slot, LETTER_DAY);
        }
        return true;
      }
      case "misdirected":
        if (c.outcome === "transferred") return d.set(RULE["misdirected-transferred"], REASON.misdirected);
        return c.serviceId !== undefined && this.o.otherTier.has(c.serviceId) && d.set(RULE["misdirected-other-tier"], REASON.misdirected);
      case "info-not-available":
        return c.interaction === "information" && c.serviceId !== undefined && this.o.published.has(c.serviceId) && d.set(RULE["info-published"], REASON["info-not-available"]);
      case "nugatory":
        return c.outcome !== undefined && this.o.nugatory.has(c.outcome) && d.set(RULE["nugatory-outcome"], REASON.nugatory);
      default:
        return unknownReason(reason);
    }
  }

  /** A decision resting on an open enquiry `e` (or none): evidence is the contact that opened it. */
  private opened(rule: number, reason: number, e: number, day: number): true {
    const d = this.d;
    d.set(rule, reason);
    if (e === NONE) return true;
    d.first = this.store.get(e, OPENER);
    d.firstId = this.store.openerId[e];
    d.enquiryId = this.store.id[e];
    d.enquiry = e;
    d.days = day - this.store.get(e, OPEN_DAY);
    return true;
  }

  /** A decision resting on an enquiry `e` closed as done: evidence is the contact that opened it and the notice that closed it. */
  private closed(rule: number, e: number, day: number): true {
    const { d, store } = this;
    this.opened(rule, REASON["failure-to-deliver"], e, day);
    d.second = store.get(e, CLOSER);
    d.secondId = store.closerId[e];
    d.days = day - store.get(e, CLOSED_DAY);
    d.outcome = store.get(e, OUTCOME_FIELD);
    return true;
  }

  /** The text fallback: a label the model is confident enough of, and which is switched on, decides. */
  private readNote(note: string): void {
    const prediction = classifyText(this.o.textModel!, note);
    if (prediction.probability < this.o.textMinProbability) return;
    const value = prediction.label === "value";
    if (!value && !this.o.precedence.includes(prediction.label as AvoidableReason)) return;
    this.d.set(RULE["text-note"], value ? 0 : REASON[prediction.label as AvoidableReason]);
    this.d.probability = prediction.probability;
    this.d.textValue = value;
  }

  /** What an inbound contact tells: it opens, touches or reopens the enquiry it names; a referred contact naming none implies one. */
  private inbound(c: Contact, seq: number, day: number, kind: number, named: number, service: number, place: string | undefined): void {
    const store = this.store;
    if (named !== NONE) {
      if (store.get(named, OPENER) === NONE) {
        store.put(named, OPENER, seq);
        store.openerId[named] = c.id;
        this.place(named, c.customerId, service, place);
      }
      if (store.isClosed(named) && kind !== STANDALONE) store.reopen(named, day);
      store.put(named, LAST_DAY, day);
    } else if (c.enquiryId !== undefined || (c.outcome === "referred" && service !== NONE)) {
      const e = store.newEnquiry(c.enquiryId, seq, c.id, day);
      this.place(e, c.customerId, service, place);
      if (c.enquiryId !== undefined && c.outcome === "resolved") store.close(e, day, OUTCOME.answered, this.o.done.has("answered"), NONE, undefined);
    }
  }

  /** An outbound letter, bill or notice: remembered for clarification; naming an enquiry, it may close it. */
  private outbound(c: Contact, seq: number, day: number, service: number, place: string | undefined): void {
    const store = this.store;
    if (service !== NONE) {
      for (const slot of [c.customerId === undefined ? NONE : this.slotOf(CUSTOMER, c.customerId, service, true), place === undefined || place === "" ? NONE : this.slotOf(PLACE, place, service, true)]) {
        if (slot === NONE) continue;
        store.putSlot(slot, LETTER_DAY, day);
        store.putSlot(slot, LETTER, seq);
        store.letterId[slot] = c.id;
      }
    }
    if (c.enquiryId === undefined) return;
    let e = this.live(c.enquiryId, day);
    if (e === NONE) e = store.newEnquiry(c.enquiryId, NONE, undefined, day);
    this.place(e, c.customerId, service, place);
    store.put(e, LAST_DAY, day);
    const closure = c.outcome === undefined ? undefined : OUTBOUND_CLOSURE[c.outcome];
    if (closure !== undefined) store.close(e, day, OUTCOME[closure], this.o.done.has(closure), seq, c.id);
  }

  /** Gives an enquiry the customer and place slots it lacks for a service, and links it if open. */
  private place(e: number, customer: string | undefined, service: number, place: string | undefined): void {
    if (service === NONE) return;
    const store = this.store;
    if (customer !== undefined && store.get(e, SLOT + CUSTOMER) === NONE) store.attach(e, CUSTOMER, this.slotOf(CUSTOMER, customer, service, true));
    if (place !== undefined && place !== "" && store.get(e, SLOT + PLACE) === NONE) store.attach(e, PLACE, this.slotOf(PLACE, place, service, true));
    if (!store.isClosed(e)) store.link(e);
  }

  /**
   * The slot of a customer or place for a service. The owner found last on each side is remembered, so that
   * recording a contact after classifying it does not look its customer and place up again.
   */
  private slotOf(side: 0 | 1, key: string, service: number, create: boolean): number {
    const owners = this.store.owners[side];
    let owner = key === this.lastKey[side] ? this.lastOwner[side]! : NONE;
    if (owner === NONE) owner = create ? owners.intern(key, NONE) : owners.find(key);
    if (owner === NONE) return NONE;
    this.lastKey[side] = key;
    this.lastOwner[side] = owner;
    return this.store.slot(side, owner, service, create);
  }

  /** The enquiry with this id if it still counts: open and not lapsed, or closed within the failure window. */
  private live(id: string, day: number): number {
    const e = this.store.enquiry(id);
    if (e === NONE) return NONE;
    const store = this.store;
    return (store.isClosed(e) ? day - store.get(e, CLOSED_DAY) <= this.o.failureDays : day - store.get(e, LAST_DAY) <= this.o.lapseDays) ? e : NONE;
  }

  /** Forgets what no rule can use any more, every half of the longest window; results never depend on it, only memory does. */
  private maybeSweep(day: number): void {
    if (day < this.nextSweep) return;
    this.nextSweep = day + Math.max(1, Math.ceil(this.horizon / 2));
    this.lastKey[0] = this.lastKey[1] = undefined;
    this.store.sweep(day, this.o.lapseDays, this.o.failureDays, this.o.clarificationDays);
  }
}

function unknownReason(reason: never): never {
  throw new RangeError(`unknown avoidable reason ${JSON.stringify(reason)}`);
}
