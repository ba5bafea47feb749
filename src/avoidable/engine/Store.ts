import { ENQUIRY_FLAG, ENQUIRY_RECORD, NEVER, NONE } from "./EnquiryRecord.js";
import { grow } from "./grow.js";
import { type Side, SLOT_RECORD } from "./SlotRecord.js";
import { sweepStore } from "./sweepStore.js";

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
  /** Enquiry records, laid out as {@link ENQUIRY_RECORD}. */
  e: Int32Array;
  /** Records in use or free: enquiry records below `enquiryTop`, slots below `slotTop` (read by `sweepStore`). */
  enquiryTop = 0;
  private readonly enquiryFree: number[] = [];
  /** Slot records, laid out as {@link SLOT_RECORD}. */
  s: Int32Array;
  slotTop = 0;
  readonly slotFree: number[] = [];
  /** Per slot: the sweep that last found an enquiry attached to it. */
  marks: Int32Array;
  epoch = 0;
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
    this.e = new Int32Array(ENQUIRY_RECORD.size * Math.max(64, records));
    this.s = new Int32Array(SLOT_RECORD.size * Math.max(64, records));
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
    for (let k = head, before = NONE; k !== NONE; before = k, k = s[SLOT_RECORD.size * k + SLOT_RECORD.chain]!) {
      if (s[SLOT_RECORD.size * k + SLOT_RECORD.service] !== service) continue;
      if (before !== NONE) {
        s[SLOT_RECORD.size * before + SLOT_RECORD.chain] = s[SLOT_RECORD.size * k + SLOT_RECORD.chain]!;
        s[SLOT_RECORD.size * k + SLOT_RECORD.chain] = head;
        heads[key] = k;
      }
      return k;
    }
    if (!create) return NONE;
    const k = this.slotFree.length > 0 ? this.slotFree.pop()! : this.slotTop++;
    if (SLOT_RECORD.size * (k + 1) > this.s.length) {
      this.s = grow(this.s, SLOT_RECORD.size * (k + 1), 0);
      this.marks = grow(this.marks, k + 1, 0);
    }
    const r = SLOT_RECORD.size * k;
    const t = this.s;
    t[r + SLOT_RECORD.owner] = 2 * key + side;
    t[r + SLOT_RECORD.service] = service;
    t[r + SLOT_RECORD.chain] = head;
    t[r + SLOT_RECORD.head] =
      t[r + SLOT_RECORD.tail] =
      t[r + SLOT_RECORD.doneEnquiry] =
      t[r + SLOT_RECORD.letter] =
        NONE;
    t[r + SLOT_RECORD.letterDay] = NEVER;
    if (this.keepIds) this.letterId[k] = undefined;
    if (head === NONE) this.ownerCount[side]!++;
    heads[key] = k;
    return k;
  }

  /** A new enquiry, open from `day`, with no slots yet; with a key (≥ 0), the key names it from now on. */
  newEnquiry(key: number, opener: number, openerId: string | undefined, day: number): number {
    const k = this.enquiryFree.length > 0 ? this.enquiryFree.pop()! : this.enquiryTop++;
    if (ENQUIRY_RECORD.size * (k + 1) > this.e.length) this.e = grow(this.e, ENQUIRY_RECORD.size * (k + 1), 0);
    const r = ENQUIRY_RECORD.size * k;
    const t = this.e;
    t[r + ENQUIRY_RECORD.flags] = ENQUIRY_FLAG.used;
    t[r + ENQUIRY_RECORD.openDay] = t[r + ENQUIRY_RECORD.lastDay] = day;
    t[r + ENQUIRY_RECORD.closedDay] = NEVER;
    t[r + ENQUIRY_RECORD.closedOutcome] = 0;
    t[r + ENQUIRY_RECORD.opener] = opener;
    // No closer, no slots, not on any open list.
    t.fill(NONE, r + ENQUIRY_RECORD.closer, r + ENQUIRY_RECORD.prev + 2);
    t[r + ENQUIRY_RECORD.key] = key;
    if (this.keepIds) {
      this.openerId[k] = openerId;
      this.closerId[k] = undefined;
    }
    if (key !== NONE) this.enquiryOf[key] = k;
    return k;
  }

  /** Word `field` (an offset of {@link ENQUIRY_RECORD}) of enquiry record `k`. */
  get(k: number, field: number): number {
    return this.e[ENQUIRY_RECORD.size * k + field]!;
  }

  put(k: number, field: number, value: number): void {
    this.e[ENQUIRY_RECORD.size * k + field] = value;
  }

  /** Word `field` (an offset of {@link SLOT_RECORD}) of slot record `k`. */
  slotField(k: number, field: number): number {
    return this.s[SLOT_RECORD.size * k + field]!;
  }

  putSlot(k: number, field: number, value: number): void {
    this.s[SLOT_RECORD.size * k + field] = value;
  }

  isClosed(k: number): boolean {
    return (this.e[ENQUIRY_RECORD.size * k + ENQUIRY_RECORD.flags]! & ENQUIRY_FLAG.closed) !== 0;
  }

  /** Open on `day`: not closed and touched within `lapseDays`. */
  isOpen(k: number, day: number, lapseDays: number): boolean {
    const r = ENQUIRY_RECORD.size * k;
    return (
      (this.e[r + ENQUIRY_RECORD.flags]! & ENQUIRY_FLAG.closed) === 0 &&
      day - this.e[r + ENQUIRY_RECORD.lastDay]! <= lapseDays
    );
  }

  /** The enquiry of a slot on `side` last closed as done, if its record is still attached there; else -1. */
  doneOf(slot: number, side: Side): number {
    const k = this.s[SLOT_RECORD.size * slot + SLOT_RECORD.doneEnquiry]!;
    return k !== NONE && this.e[ENQUIRY_RECORD.size * k + ENQUIRY_RECORD.slot + side] === slot ? k : NONE;
  }

  /** Closed as done within `windowDays` before `day`. */
  doneWithin(k: number, day: number, windowDays: number): boolean {
    const r = ENQUIRY_RECORD.size * k;
    return (
      (this.e[r + ENQUIRY_RECORD.flags]! & (ENQUIRY_FLAG.closed | ENQUIRY_FLAG.done)) ===
        (ENQUIRY_FLAG.closed | ENQUIRY_FLAG.done) && day - this.e[r + ENQUIRY_RECORD.closedDay]! <= windowDays
    );
  }

  /**
   * Puts an enquiry under a slot on one side. A slot's done enquiry naming this record is left from an enquiry the
   * record held before it was freed: it is cleared, so that only a closure from now on can make it count.
   */
  attach(k: number, side: Side, slot: number): void {
    this.e[ENQUIRY_RECORD.size * k + ENQUIRY_RECORD.slot + side] = slot;
    if (this.s[SLOT_RECORD.size * slot + SLOT_RECORD.doneEnquiry] === k)
      this.s[SLOT_RECORD.size * slot + SLOT_RECORD.doneEnquiry] = NONE;
  }

  /** Appends an open enquiry to its slots' open lists, where it is not already. */
  link(k: number): void {
    const e = this.e;
    const r = ENQUIRY_RECORD.size * k;
    for (let side = 0; side < 2; side++) {
      const slot = e[r + ENQUIRY_RECORD.slot + side]!;
      if (slot === NONE || (e[r + ENQUIRY_RECORD.flags]! & ENQUIRY_FLAG.linked[side as Side]) !== 0) continue;
      const tail = this.s[SLOT_RECORD.size * slot + SLOT_RECORD.tail]!;
      e[r + ENQUIRY_RECORD.next + side] = NONE;
      e[r + ENQUIRY_RECORD.prev + side] = tail;
      if (tail === NONE) this.s[SLOT_RECORD.size * slot + SLOT_RECORD.head] = k;
      else e[ENQUIRY_RECORD.size * tail + ENQUIRY_RECORD.next + side] = k;
      this.s[SLOT_RECORD.size * slot + SLOT_RECORD.tail] = k;
      e[r + ENQUIRY_RECORD.flags]! |= ENQUIRY_FLAG.linked[side as Side];
    }
  }

  /** Takes an enquiry out of its slots' open lists. */
  unlink(k: number): void {
    const e = this.e;
    const r = ENQUIRY_RECORD.size * k;
    for (let side = 0; side < 2; side++) {
      if ((e[r + ENQUIRY_RECORD.flags]! & ENQUIRY_FLAG.linked[side as Side]) === 0) continue;
      const before = e[r + ENQUIRY_RECORD.prev + side]!;
      const after = e[r + ENQUIRY_RECORD.next + side]!;
      const slot = e[r + ENQUIRY_RECORD.slot + side]!;
      if (before === NONE) this.s[SLOT_RECORD.size * slot + SLOT_RECORD.head] = after;
      else e[ENQUIRY_RECORD.size * before + ENQUIRY_RECORD.next + side] = after;
      if (after === NONE) this.s[SLOT_RECORD.size * slot + SLOT_RECORD.tail] = before;
      else e[ENQUIRY_RECORD.size * after + ENQUIRY_RECORD.prev + side] = before;
      e[r + ENQUIRY_RECORD.flags]! &= ~ENQUIRY_FLAG.linked[side as Side];
    }
  }

  /** Records a closure; a closure as done becomes its slots' latest done enquiry. */
  close(k: number, day: number, outcome: number, done: boolean, closer: number, closerId: string | undefined): void {
    this.unlink(k);
    const e = this.e;
    const r = ENQUIRY_RECORD.size * k;
    e[r + ENQUIRY_RECORD.flags] =
      (e[r + ENQUIRY_RECORD.flags]! & ~ENQUIRY_FLAG.done) | ENQUIRY_FLAG.closed | (done ? ENQUIRY_FLAG.done : 0);
    e[r + ENQUIRY_RECORD.closedDay] = day;
    e[r + ENQUIRY_RECORD.closedOutcome] = outcome;
    e[r + ENQUIRY_RECORD.closer] = closer;
    if (this.keepIds) this.closerId[k] = closerId;
    if (!done) return;
    for (let side = 0; side < 2; side++)
      if (e[r + ENQUIRY_RECORD.slot + side] !== NONE)
        this.s[SLOT_RECORD.size * e[r + ENQUIRY_RECORD.slot + side]! + SLOT_RECORD.doneEnquiry] = k;
  }

  reopen(k: number, day: number): void {
    this.e[ENQUIRY_RECORD.size * k + ENQUIRY_RECORD.flags]! &= ~(ENQUIRY_FLAG.closed | ENQUIRY_FLAG.done);
    this.e[ENQUIRY_RECORD.size * k + ENQUIRY_RECORD.lastDay] = day;
    this.link(k);
  }

  /** The earliest enquiry on a slot's open list still open on `day`, other than `except`; unlinks lapsed ones on the way. */
  firstOpen(slot: number, side: Side, day: number, lapseDays: number, except: number): number {
    const e = this.e;
    for (let k = this.s[SLOT_RECORD.size * slot + SLOT_RECORD.head]!; k !== NONE; ) {
      const after = e[ENQUIRY_RECORD.size * k + ENQUIRY_RECORD.next + side]!;
      if (day - e[ENQUIRY_RECORD.size * k + ENQUIRY_RECORD.lastDay]! > lapseDays) this.unlink(k);
      else if (k !== except) return k;
      k = after;
    }
    return NONE;
  }

  /** Frees what no rule can use on `day` or later: see {@link sweepStore}. */
  sweep(day: number, lapseDays: number, failureDays: number, clarificationDays: number): void {
    sweepStore(this, day, lapseDays, failureDays, clarificationDays);
  }

  /** Frees an enquiry record (for `sweepStore`). */
  freeEnquiry(k: number): void {
    this.unlink(k);
    const r = ENQUIRY_RECORD.size * k;
    const key = this.e[r + ENQUIRY_RECORD.key]!;
    if (key !== NONE && this.enquiryOf[key] === k) this.enquiryOf[key] = NONE;
    this.e[r + ENQUIRY_RECORD.flags] = 0;
    if (this.keepIds) this.openerId[k] = this.closerId[k] = undefined;
    this.enquiryFree.push(k);
  }

  /** How many enquiries are held (open, or closed within the window) now. */
  get enquiryCount(): number {
    return this.enquiryTop - this.enquiryFree.length;
  }
}
