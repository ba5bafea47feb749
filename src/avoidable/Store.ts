import {
  CHAIN,
  CITED,
  CLOSED,
  CLOSED_DAY,
  CLOSER,
  DONE,
  DONE_ENQUIRY,
  E,
  FLAGS,
  HEAD,
  KEY,
  LAST_DAY,
  LETTER,
  LETTER_DAY,
  LINKED,
  NEVER,
  NEXT,
  NONE,
  OPEN_DAY,
  OPENER,
  OUTCOME,
  OWNER,
  PREV,
  S,
  SERVICE,
  type Side,
  SLOT,
  TAIL,
  USED,
} from "./records.js";

/** A copy of `array` with room for `needed` entries (at least twice as many), the new entries `fill`. */
function grow(array: Int32Array, needed: number, fill: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(needed, 2 * array.length));
  next.set(array);
  if (fill !== 0) next.fill(fill, array.length);
  return next;
}

/**
 * The classifier's memory, as integers in typed arrays of records (one cache line per enquiry). Customers, places
 * and enquiry ids arrive as integer keys (positions in a dictionary, or ids from an interner): per key, the head
 * of the owner's chain of per-service slots, or the enquiry record the id names now. Each slot holds the enquiries
 * open there, the latest closed as done and the latest letter; each enquiry when it opened, was last touched and
 * closed, by which contacts, how. Records are recycled once no rule can use them, so they follow the window.
 */
export class Store {
  /** Per side (customer, place): owner key → the first slot of its chain, -1 for none. */
  readonly heads: [Int32Array, Int32Array];
  /** Enquiry key → the record the id names now, -1 for none. */
  enquiryOf: Int32Array;
  /** Per side: how many owner keys have slots. */
  readonly ownerCount = [0, 0];
  /** Enquiry records, E words each. */
  e: Int32Array;
  private enquiryTop = 0;
  private readonly enquiryFree: number[] = [];
  /** Slot records, S words each. */
  s: Int32Array;
  private slotTop = 0;
  private readonly slotFree: number[] = [];
  /** Per slot: the sweep that last found an enquiry attached to it. */
  private marks: Int32Array;
  private epoch = 0;
  /** With `keepIds` (a stream, which keeps no contacts): the ids of the contacts that opened and closed each enquiry, and of each slot's letter. */
  readonly openerId: (string | undefined)[] = [];
  readonly closerId: (string | undefined)[] = [];
  readonly letterId: (string | undefined)[] = [];

  /**
   * @param keys - room for this many customer, place and enquiry keys (more are made on `reserve`).
   * @param records - room for this many enquiries and slots before growing.
   * @param keepIds - whether to keep contact ids for evidence (a stream does; a batch reads them from positions).
   */
  constructor(
    keys: readonly [number, number, number],
    records: number,
    readonly keepIds: boolean,
  ) {
    this.heads = [new Int32Array(Math.max(16, keys[0])).fill(NONE), new Int32Array(Math.max(16, keys[1])).fill(NONE)];
    this.enquiryOf = new Int32Array(Math.max(16, keys[2])).fill(NONE);
    this.e = new Int32Array(E * Math.max(64, records));
    this.s = new Int32Array(S * Math.max(64, records));
    this.marks = new Int32Array(Math.max(64, records));
  }

  /** Makes room for owner key `key` on `side` (0, 1), or enquiry key `key` (side 2). */
  reserve(side: Side | 2, key: number): void {
    if (side === 2) {
      if (key >= this.enquiryOf.length) this.enquiryOf = grow(this.enquiryOf, key + 1, NONE);
    } else if (key >= this.heads[side].length) this.heads[side] = grow(this.heads[side], key + 1, NONE);
  }

  /**
   * The slot of owner `key` on `side` for a service: found on the owner's short chain (and moved to its front, as
   * owners come back about the same service), or made if `create`.
   */
  slot(side: Side, key: number, service: number, create: boolean): number {
    const heads = this.heads[side];
    const s = this.s;
    const head = heads[key]!;
    for (let k = head, before = NONE; k !== NONE; before = k, k = s[S * k + CHAIN]!) {
      if (s[S * k + SERVICE] !== service) continue;
      if (before !== NONE) {
        s[S * before + CHAIN] = s[S * k + CHAIN]!;
        s[S * k + CHAIN] = head;
        heads[key] = k;
      }
      return k;
    }
    if (!create) return NONE;
    const k = this.slotFree.length > 0 ? this.slotFree.pop()! : this.slotTop++;
    if (S * (k + 1) > this.s.length) {
      this.s = grow(this.s, S * (k + 1), 0);
      this.marks = grow(this.marks, k + 1, 0);
    }
    const r = S * k;
    const t = this.s;
    t[r + OWNER] = 2 * key + side;
    t[r + SERVICE] = service;
    t[r + CHAIN] = head;
    t[r + HEAD] = t[r + TAIL] = t[r + DONE_ENQUIRY] = t[r + LETTER] = NONE;
    t[r + LETTER_DAY] = NEVER;
    if (this.keepIds) this.letterId[k] = undefined;
    if (head === NONE) this.ownerCount[side]!++;
    heads[key] = k;
    return k;
  }

  /** A new enquiry, open from `day`, with no slots yet; with a key (≥ 0), the key names it from now on. */
  newEnquiry(key: number, opener: number, openerId: string | undefined, day: number): number {
    const k = this.enquiryFree.length > 0 ? this.enquiryFree.pop()! : this.enquiryTop++;
    if (E * (k + 1) > this.e.length) this.e = grow(this.e, E * (k + 1), 0);
    const r = E * k;
    const t = this.e;
    t[r + FLAGS] = USED;
    t[r + OPEN_DAY] = t[r + LAST_DAY] = day;
    t[r + CLOSED_DAY] = NEVER;
    t[r + OUTCOME] = 0;
    t[r + OPENER] = opener;
    t[r + CLOSER] =
      t[r + SLOT] =
      t[r + SLOT + 1] =
      t[r + NEXT] =
      t[r + NEXT + 1] =
      t[r + PREV] =
      t[r + PREV + 1] =
        NONE;
    t[r + CITED] = 0;
    t[r + KEY] = key;
    if (this.keepIds) {
      this.openerId[k] = openerId;
      this.closerId[k] = undefined;
    }
    if (key !== NONE) this.enquiryOf[key] = k;
    return k;
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

  /** The enquiry of a slot on `side` last closed as done, if its record is still attached there; else -1. */
  doneOf(slot: number, side: Side): number {
    const k = this.s[S * slot + DONE_ENQUIRY]!;
    return k !== NONE && this.e[E * k + SLOT + side] === slot ? k : NONE;
  }

  /** Closed as done within `windowDays` before `day`. */
  doneWithin(k: number, day: number, windowDays: number): boolean {
    const r = E * k;
    return (this.e[r + FLAGS]! & (CLOSED | DONE)) === (CLOSED | DONE) && day - this.e[r + CLOSED_DAY]! <= windowDays;
  }

  /**
   * Puts an enquiry under a slot on one side. A slot's done enquiry naming this record is left from an enquiry the
   * record held before it was freed: it is cleared, so that only a closure from now on can make it count.
   */
  attach(k: number, side: Side, slot: number): void {
    this.e[E * k + SLOT + side] = slot;
    if (this.s[S * slot + DONE_ENQUIRY] === k) this.s[S * slot + DONE_ENQUIRY] = NONE;
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
    if (this.keepIds) this.closerId[k] = closerId;
    if (!done) return;
    for (let side = 0; side < 2; side++)
      if (e[r + SLOT + side] !== NONE) this.s[S * e[r + SLOT + side]! + DONE_ENQUIRY] = k;
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
   * Frees what no rule can use on `day` or later, in sequential passes: enquiries closed before the failure window
   * or lapsed; then slots no enquiry is attached to whose letter is out of the clarification window, rebuilding the
   * owners' chains from the slots kept. Afterwards an owner key without a chain, and an enquiry key naming no
   * record, are held by nothing.
   */
  sweep(day: number, lapseDays: number, failureDays: number, clarificationDays: number): void {
    const e = this.e;
    const marks = this.marks;
    const epoch = ++this.epoch;
    for (let k = 0; k < this.enquiryTop; k++) {
      const r = E * k;
      const flags = e[r + FLAGS]!;
      if ((flags & USED) === 0) continue;
      const expired =
        (flags & CLOSED) !== 0 ? day - e[r + CLOSED_DAY]! > failureDays : day - e[r + LAST_DAY]! > lapseDays;
      if (expired) this.freeEnquiry(k);
      else {
        if (e[r + SLOT] !== NONE) marks[e[r + SLOT]!] = epoch;
        if (e[r + SLOT + 1] !== NONE) marks[e[r + SLOT + 1]!] = epoch;
      }
    }
    const s = this.s;
    const heads = this.heads;
    for (let k = 0; k < this.slotTop; k++) {
      const owner = s[S * k + OWNER]!;
      if (owner !== NONE) heads[owner & 1]![owner >> 1] = NONE;
    }
    this.ownerCount[0] = this.ownerCount[1] = 0;
    for (let k = 0; k < this.slotTop; k++) {
      const r = S * k;
      const owner = s[r + OWNER]!;
      if (owner === NONE) continue;
      if (marks[k] === epoch || day - s[r + LETTER_DAY]! <= clarificationDays) {
        const side = owner & 1;
        const head = heads[side]![owner >> 1]!;
        if (head === NONE) this.ownerCount[side]!++;
        s[r + CHAIN] = head;
        heads[side]![owner >> 1] = k;
      } else {
        s[r + OWNER] = NONE;
        if (this.keepIds) this.letterId[k] = undefined;
        this.slotFree.push(k);
      }
    }
  }

  private freeEnquiry(k: number): void {
    this.unlink(k);
    const r = E * k;
    const key = this.e[r + KEY]!;
    if (key !== NONE && this.enquiryOf[key] === k) this.enquiryOf[key] = NONE;
    this.e[r + FLAGS] = 0;
    if (this.keepIds) this.openerId[k] = this.closerId[k] = undefined;
    this.enquiryFree.push(k);
  }

  /** How many enquiries are held (open, or closed within the window) now. */
  get enquiryCount(): number {
    return this.enquiryTop - this.enquiryFree.length;
  }
}
