import { Interner } from "./Interner.js";
import { CHAIN, CITED, CLOSED, CLOSED_DAY, CLOSER, DONE, DONE_ENQUIRY, E, FLAGS, HEAD, KEY, LAST_DAY, LETTER, LETTER_DAY, LINKED, NEVER, NEXT, NONE, OPEN_DAY, OPENER, OUTCOME, PREV, REFS, S, SERVICE, SLOT, TAIL, USED, type Side } from "./records.js";

function grow<T extends Int32Array>(array: T, needed: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(needed, 2 * array.length));
  next.set(array);
  return next;
}

/**
 * The classifier's memory, as integers in typed arrays of records (one cache line per enquiry): customers and
 * places interned with the head of their chain of per-service slots; each slot with the enquiries open there, the
 * latest closed as done and the latest letter; each enquiry with when it opened, was last touched and closed, by
 * which contacts, how. Strings appear only as interned keys and as ids kept for explanations.
 */
export class Store {
  /** Customers and places (the payload is the first slot of the owner's chain). */
  readonly owners: readonly [Interner, Interner];
  /** Enquiry ids (the payload is the enquiry the id names now). */
  private readonly enquiryIds: Interner;
  private readonly services = new Map<string, number>();
  readonly serviceNames: string[] = [];

  /** Enquiry records, E words each, and the ids kept for explanations. */
  e: Int32Array;
  readonly id: (string | undefined)[] = [];
  readonly openerId: (string | undefined)[] = [];
  readonly closerId: (string | undefined)[] = [];
  private enquiryTop = 0;
  private readonly enquiryFree: number[] = [];
  /** Slot records, S words each. */
  s: Int32Array;
  readonly letterId: (string | undefined)[] = [];
  private slotTop = 0;
  private readonly slotFree: number[] = [];

  /** @param expected - how many contacts to expect, to size the tables (they grow as needed). */
  constructor(expected: number) {
    const guess = Math.min(1 << 16, Math.max(512, expected >> 4));
    this.owners = [new Interner(guess), new Interner(guess)];
    this.enquiryIds = new Interner(guess);
    this.e = new Int32Array(E * guess);
    this.s = new Int32Array(S * guess);
  }

  /** The index of a service id, interned (services are few, and kept). */
  service(id: string): number {
    let at = this.services.get(id);
    if (at === undefined) {
      this.services.set(id, (at = this.serviceNames.length));
      this.serviceNames.push(id);
    }
    return at;
  }

  /** The slot of owner `owner` on `side` for a service: found on the owner's short chain, or made if `create`. */
  slot(side: Side, owner: number, service: number, create: boolean): number {
    const owners = this.owners[side];
    const s = this.s;
    for (let k = owners.payload(owner); k !== NONE; k = s[S * k + CHAIN]!) if (s[S * k + SERVICE] === service) return k;
    if (!create) return NONE;
    const k = this.slotFree.length > 0 ? this.slotFree.pop()! : this.slotTop++;
    if (S * (k + 1) > this.s.length) this.s = grow(this.s, S * (k + 1));
    const r = S * k;
    const t = this.s;
    t[r + SERVICE] = service;
    t[r + CHAIN] = owners.payload(owner);
    t[r + HEAD] = t[r + TAIL] = t[r + DONE_ENQUIRY] = t[r + LETTER] = NONE;
    t[r + LETTER_DAY] = NEVER;
    t[r + REFS] = 0;
    this.letterId[k] = undefined;
    owners.setPayload(owner, k);
    return k;
  }

  /** A new enquiry, open from `day`, with no slots yet; an id is interned to name it. */
  newEnquiry(id: string | undefined, opener: number, openerId: string | undefined, day: number): number {
    const k = this.enquiryFree.length > 0 ? this.enquiryFree.pop()! : this.enquiryTop++;
    if (E * (k + 1) > this.e.length) this.e = grow(this.e, E * (k + 1));
    const r = E * k;
    const t = this.e;
    t[r + FLAGS] = USED;
    t[r + OPEN_DAY] = t[r + LAST_DAY] = day;
    t[r + CLOSED_DAY] = NEVER;
    t[r + OUTCOME] = 0;
    t[r + OPENER] = opener;
    t[r + CLOSER] = t[r + SLOT] = t[r + SLOT + 1] = t[r + NEXT] = t[r + NEXT + 1] = t[r + PREV] = t[r + PREV + 1] = NONE;
    t[r + CITED] = 0;
    t[r + KEY] = NONE;
    this.id[k] = id;
    this.openerId[k] = openerId;
    this.closerId[k] = undefined;
    if (id !== undefined) {
      const key = this.enquiryIds.intern(id, k);
      this.enquiryIds.setPayload(key, k);
      t[r + KEY] = key;
    }
    return k;
  }

  /** The enquiry an id names now, or -1. */
  enquiry(id: string): number {
    const key = this.enquiryIds.find(id);
    return key === NONE ? NONE : this.enquiryIds.payload(key);
  }

  get(k: number, field: number): number {
    return this.e[E * k + field]!;
  }

  put(k: number, field: number, value: number): void {
    this.e[E * k + field] = value;
  }

  slotField(k: number, field: number): number {
    return this.s[S * k + field]!;
  }

  putSlot(k: number, field: number, value: number): void {
    this.s[S * k + field] = value;
  }

  isClosed(k: number): boolean {
    return (this.e[E * k + FLAGS]! & CLOSED) !== 0;
  }

  /** Open on `day`: not closed and touched within `lapseDays`. */
  isOpen(k: number, day: number, lapseDays: number): boolean {
    const r = E * k;
    return (this.e[r + FLAGS]! & CLOSED) === 0 && day - this.e[r + LAST_DAY]! <= lapseDays;
  }

  /** Closed as done within `windowDays` before `day`. */
  doneWithin(k: number, day: number, windowDays: number): boolean {
    const r = E * k;
    return (this.e[r + FLAGS]! & (CLOSED | DONE)) === (CLOSED | DONE) && day - this.e[r + CLOSED_DAY]! <= windowDays;
  }

  /** Puts an enquiry under a slot on one side, counting the reference. */
  attach(k: number, side: Side, slot: number): void {
    this.e[E * k + SLOT + side] = slot;
    this.s[S * slot + REFS]! += 1;
  }

  /** Appends an open enquiry to its slots' open lists, where it is not already. */
  link(k: number): void {
    const e = this.e;
    const r = E * k;
    for (let side = 0; side < 2; side++) {
      const slot = e[r + SLOT + side]!;
      if (slot === NONE || (e[r + FLAGS]! & LINKED[side as Side]) !== 0) continue;
      const tail = this.s[S * slot + TAIL]!;
      e[r + NEXT + side] = NONE;
      e[r + PREV + side] = tail;
      if (tail === NONE) this.s[S * slot + HEAD] = k;
      else e[E * tail + NEXT + side] = k;
      this.s[S * slot + TAIL] = k;
      e[r + FLAGS]! |= LINKED[side as Side];
    }
  }

  /** Takes an enquiry out of its slots' open lists. */
  unlink(k: number): void {
    const e = this.e;
    const r = E * k;
    for (let side = 0; side < 2; side++) {
      if ((e[r + FLAGS]! & LINKED[side as Side]) === 0) continue;
      const before = e[r + PREV + side]!;
      const after = e[r + NEXT + side]!;
      const slot = e[r + SLOT + side]!;
      if (before === NONE) this.s[S * slot + HEAD] = after;
      else e[E * before + NEXT + side] = after;
      if (after === NONE) this.s[S * slot + TAIL] = before;
      else e[E * after + PREV + side] = before;
      e[r + FLAGS]! &= ~LINKED[side as Side];
    }
  }

  /** Records a closure; a closure as done becomes its slots' latest done enquiry. */
  close(k: number, day: number, outcome: number, done: boolean, closer: number, closerId: string | undefined): void {
    this.unlink(k);
    const e = this.e;
    const r = E * k;
    e[r + FLAGS] = (e[r + FLAGS]! & ~DONE) | CLOSED | (done ? DONE : 0);
    e[r + CLOSED_DAY] = day;
    e[r + OUTCOME] = outcome;
    e[r + CLOSER] = closer;
    this.closerId[k] = closerId;
    if (!done) return;
    for (let side = 0; side < 2; side++) if (e[r + SLOT + side] !== NONE) this.s[S * e[r + SLOT + side]! + DONE_ENQUIRY] = k;
  }

  reopen(k: number, day: number): void {
    this.e[E * k + FLAGS]! &= ~(CLOSED | DONE);
    this.e[E * k + LAST_DAY] = day;
    this.link(k);
  }

  /** The earliest enquiry on a slot's open list still open on `day`, other than `except`; unlinks lapsed ones on the way. */
  firstOpen(slot: number, side: Side, day: number, lapseDays: number, except: number): number {
    const e = this.e;
    for (let k = this.s[S * slot + HEAD]!; k !== NONE; ) {
      const after = e[E * k + NEXT + side]!;
      if (day - e[E * k + LAST_DAY]! > lapseDays) this.unlink(k);
      else if (k !== except) return k;
      k = after;
    }
    return NONE;
  }

  /**
   * Frees what no rule can use on `day` or later: enquiries closed before the failure window or lapsed, then slots
   * no enquiry refers to whose letter is out of the clarification window, then owners without slots.
   */
  sweep(day: number, lapseDays: number, failureDays: number, clarificationDays: number): void {
    for (let k = 0; k < this.enquiryTop; k++) {
      const r = E * k;
      const flags = this.e[r + FLAGS]!;
      if ((flags & USED) === 0) continue;
      const expired = (flags & CLOSED) !== 0 ? day - this.e[r + CLOSED_DAY]! > failureDays : day - this.e[r + LAST_DAY]! > lapseDays;
      if (expired) this.freeEnquiry(k);
    }
    for (const owners of this.owners) {
      for (let o = 0; o < owners.keys.length; o++) {
        if (owners.keys[o] === undefined) continue;
        let before = NONE;
        for (let k = owners.payload(o); k !== NONE; ) {
          const after = this.s[S * k + CHAIN]!;
          if (this.s[S * k + REFS] === 0 && day - this.s[S * k + LETTER_DAY]! > clarificationDays) {
            if (before === NONE) owners.setPayload(o, after);
            else this.s[S * before + CHAIN] = after;
            this.letterId[k] = undefined;
            this.slotFree.push(k);
          } else before = k;
          k = after;
        }
        if (owners.payload(o) === NONE) owners.release(o);
      }
    }
  }

  private freeEnquiry(k: number): void {
    this.unlink(k);
    const r = E * k;
    const key = this.e[r + KEY]!;
    if (key !== NONE && this.enquiryIds.payload(key) === k) this.enquiryIds.release(key);
    for (let side = 0; side < 2; side++) {
      const slot = this.e[r + SLOT + side]!;
      if (slot === NONE) continue;
      this.s[S * slot + REFS]! -= 1;
      if (this.s[S * slot + DONE_ENQUIRY] === k) this.s[S * slot + DONE_ENQUIRY] = NONE;
    }
    this.e[r + FLAGS] = 0;
    this.id[k] = this.openerId[k] = this.closerId[k] = undefined;
    this.enquiryFree.push(k);
  }

  /** How many enquiries are held (open, or closed within the window) now. */
  get enquiryCount(): number {
    return this.enquiryTop - this.enquiryFree.length;
  }
}
