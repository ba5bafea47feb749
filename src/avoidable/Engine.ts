import { CONTACT_OUTCOME_CODES, ENQUIRY_OUTCOMES, INTERACTION_CODES } from "../taxonomy/index.js";
import { OTHER, type ResolvedClassifierOptions, STANDALONE } from "./AvoidableClassifierOptions.js";
import { CONTACT_OUTCOME, OUTCOME, RULE } from "./codes.js";
import { Rules } from "./Rules.js";
import { CLOSED_DAY, CUSTOMER, LAST_DAY, LETTER, LETTER_DAY, NONE, OPENER, PLACE, SLOT } from "./records.js";
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

const RESOLVED = CONTACT_OUTCOME.get("resolved")!;
const REFERRED = CONTACT_OUTCOME.get("referred")!;
/** How an outbound contact naming an enquiry closes it, by the contact's outcome code (0: it stays open). */
const OUTBOUND_CLOSURE = Uint8Array.from([0, ...CONTACT_OUTCOME_CODES], (outcome) =>
  outcome === "resolved"
    ? OUTCOME.fixed
    : outcome === "unresolved"
      ? OUTCOME["no-further-action"]
      : outcome === "referred"
        ? OUTCOME["referred-elsewhere"]
        : 0,
);

/**
 * The classifier's rules over its store, on integers. Contacts and updates go in, in the library's order, with their
 * customer, place and enquiry as keys (positions in a dictionary, or ids from an interner), their service as a key
 * named with `defineService`, and their interaction and outcome as codes. After each contact, the decision is in
 * the public fields (`rule`, `reason`, evidence, …). Per contact: one read each for its customer, place and
 * enquiry, then integer work on short lists.
 */
export class Engine extends Rules {
  private readonly horizon: number;
  private nextSweep = Number.NEGATIVE_INFINITY;
  private readonly kindOf: Uint8Array;
  private readonly done: Uint8Array;

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

  /**
   * Classifies the contact at position `seq` on London day `day`, then records what it tells. Keys are -1 for none;
   * `id` is kept only by a store that keeps ids; `note` is read only by a text model.
   */
  contact(
    seq: number,
    day: number,
    customer: number,
    place: number,
    enquiry: number,
    service: number,
    interaction: number,
    outcome: number,
    outbound: boolean,
    id: string | undefined,
    note: string | undefined,
  ): void {
    this.maybeSweep(day);
    if (outbound) {
      this.decided(RULE.outbound, 0);
      this.outbound(seq, day, customer, place, enquiry, service, outcome, id);
      return;
    }
    const store = this.store;
    const customerSlot = service !== NONE && customer !== NONE ? store.slot(CUSTOMER, customer, service, false) : NONE;
    const placeSlot = service !== NONE && place !== NONE ? store.slot(PLACE, place, service, false) : NONE;
    const kind = this.kindOf[interaction]!;
    const named = enquiry === NONE ? NONE : this.live(enquiry, day);
    // An enquiry no contact has named yet (opened by an update or a letter) is this contact's own, not an earlier one.
    const own = named !== NONE && store.get(named, OPENER) === NONE ? named : NONE;
    this.decide(day, kind, interaction, outcome, service, named, own, customerSlot, placeSlot, note);
    this.inbound(seq, day, kind, named, customer, place, enquiry, service, outcome, id, customerSlot, placeSlot);
  }

  /** Applies an enquiry update on London day `day`: `closed` with an enquiry outcome code, or opened (outcome 0). */
  update(
    day: number,
    enquiry: number,
    closed: boolean,
    outcome: number,
    customer: number,
    place: number,
    service: number,
  ): void {
    this.maybeSweep(day);
    const store = this.store;
    let e = this.live(enquiry, day);
    if (e === NONE) e = store.newEnquiry(enquiry, NONE, undefined, day);
    else if (!closed && store.isClosed(e)) store.reopen(e, day);
    this.place(e, customer, place, service);
    store.put(e, LAST_DAY, day);
    if (closed) store.close(e, day, outcome, this.done[outcome] === 1, NONE, undefined);
  }

  memory(): AvoidableClassifierMemory {
    const store = this.store;
    return { enquiries: store.enquiryCount, customers: store.ownerCount[CUSTOMER]!, places: store.ownerCount[PLACE]! };
  }

  /** Forgets what no rule can use any more, every half of the longest window; results never depend on it, only memory does. Returns whether it swept. */
  maybeSweep(day: number): boolean {
    if (day < this.nextSweep) return false;
    this.nextSweep = day + Math.max(1, Math.ceil(this.horizon / 2));
    this.store.sweep(day, this.lapseDays, this.failureDays, this.clarificationDays);
    return true;
  }

  /** What an inbound contact tells: it opens, touches or reopens the enquiry it names; a referred contact naming none implies one. */
  private inbound(
    seq: number,
    day: number,
    kind: number,
    named: number,
    customer: number,
    place: number,
    enquiry: number,
    service: number,
    outcome: number,
    id: string | undefined,
    customerSlot: number,
    placeSlot: number,
  ): void {
    const store = this.store;
    if (named !== NONE) {
      if (store.get(named, OPENER) === NONE) {
        store.put(named, OPENER, seq);
        if (store.keepIds) store.openerId[named] = id;
        this.place(named, customer, place, service, customerSlot, placeSlot);
      }
      if (store.isClosed(named) && kind !== STANDALONE) store.reopen(named, day);
      store.put(named, LAST_DAY, day);
    } else if (enquiry !== NONE || (outcome === REFERRED && service !== NONE)) {
      const e = store.newEnquiry(enquiry, seq, id, day);
      this.place(e, customer, place, service, customerSlot, placeSlot);
      if (enquiry !== NONE && outcome === RESOLVED)
        store.close(e, day, OUTCOME.answered, this.done[OUTCOME.answered] === 1, NONE, undefined);
    }
  }

  /** An outbound letter, bill or notice: remembered for clarification; naming an enquiry, it may close it. */
  private outbound(
    seq: number,
    day: number,
    customer: number,
    place: number,
    enquiry: number,
    service: number,
    outcome: number,
    id: string | undefined,
  ): void {
    const store = this.store;
    if (service !== NONE) {
      const customerSlot = customer === NONE ? NONE : store.slot(CUSTOMER, customer, service, true);
      const placeSlot = place === NONE ? NONE : store.slot(PLACE, place, service, true);
      for (const slot of [customerSlot, placeSlot]) {
        if (slot === NONE) continue;
        store.putSlot(slot, LETTER_DAY, day);
        store.putSlot(slot, LETTER, seq);
        if (store.keepIds) store.letterId[slot] = id;
      }
    }
    if (enquiry === NONE) return;
    let e = this.live(enquiry, day);
    if (e === NONE) e = store.newEnquiry(enquiry, NONE, undefined, day);
    this.place(e, customer, place, service);
    store.put(e, LAST_DAY, day);
    const closure = OUTBOUND_CLOSURE[outcome]!;
    if (closure !== 0) store.close(e, day, closure, this.done[closure] === 1, seq, id);
  }

  /**
   * Gives an enquiry the customer and place slots it lacks for a service, and links it if open. `customerSlot` and
   * `placeSlot`, when not -1, are those slots already found (by the contact just classified), to save a second search.
   */
  private place(
    e: number,
    customer: number,
    place: number,
    service: number,
    customerSlot = NONE,
    placeSlot = NONE,
  ): void {
    if (service === NONE) return;
    const store = this.store;
    if (customer !== NONE && store.get(e, SLOT + CUSTOMER) === NONE)
      store.attach(e, CUSTOMER, customerSlot !== NONE ? customerSlot : store.slot(CUSTOMER, customer, service, true));
    if (place !== NONE && store.get(e, SLOT + PLACE) === NONE)
      store.attach(e, PLACE, placeSlot !== NONE ? placeSlot : store.slot(PLACE, place, service, true));
    if (!store.isClosed(e)) store.link(e);
  }

  /** The enquiry the key names if it still counts: open and not lapsed, or closed within the failure window. */
  private live(key: number, day: number): number {
    const store = this.store;
    const e = store.enquiryOf[key]!;
    if (e === NONE) return NONE;
    return (
      store.isClosed(e)
        ? day - store.get(e, CLOSED_DAY) <= this.failureDays
        : day - store.get(e, LAST_DAY) <= this.lapseDays
    )
      ? e
      : NONE;
  }
}
