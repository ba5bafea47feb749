import { ENQUIRY_FLAG, ENQUIRY_RECORD, NONE } from "./EnquiryRecord.js";
import { SLOT_RECORD } from "./SlotRecord.js";

/** What a sweep reads and rewrites of the store (its records, free lists and chains). */
export interface SweptStore {
  readonly e: Int32Array;
  readonly s: Int32Array;
  readonly marks: Int32Array;
  epoch: number;
  readonly enquiryTop: number;
  readonly slotTop: number;
  readonly heads: readonly [Int32Array, Int32Array];
  readonly ownerCount: number[];
  readonly keepIds: boolean;
  readonly letterId: (string | undefined)[];
  readonly slotFree: number[];
  freeEnquiry(k: number): void;
}

/**
 * Frees what no rule can use on `day` or later, in sequential passes: enquiries closed before the failure window
 * or lapsed; then slots no enquiry is attached to whose letter is out of the clarification window, rebuilding the
 * owners' chains from the slots kept. Afterwards an owner key without a chain, and an enquiry key naming no
 * record, are held by nothing.
 */
export function sweepStore(
  store: SweptStore,
  day: number,
  lapseDays: number,
  failureDays: number,
  clarificationDays: number,
): void {
  const e = store.e;
  const marks = store.marks;
  const epoch = ++store.epoch;
  for (let k = 0; k < store.enquiryTop; k++) {
    const r = ENQUIRY_RECORD.size * k;
    const flags = e[r + ENQUIRY_RECORD.flags]!;
    if ((flags & ENQUIRY_FLAG.used) === 0) continue;
    const expired =
      (flags & ENQUIRY_FLAG.closed) !== 0
        ? day - e[r + ENQUIRY_RECORD.closedDay]! > failureDays
        : day - e[r + ENQUIRY_RECORD.lastDay]! > lapseDays;
    if (expired) store.freeEnquiry(k);
    else {
      if (e[r + ENQUIRY_RECORD.slot] !== NONE) marks[e[r + ENQUIRY_RECORD.slot]!] = epoch;
      if (e[r + ENQUIRY_RECORD.slot + 1] !== NONE) marks[e[r + ENQUIRY_RECORD.slot + 1]!] = epoch;
    }
  }
  const s = store.s;
  const heads = store.heads;
  for (let k = 0; k < store.slotTop; k++) {
    const owner = s[SLOT_RECORD.size * k + SLOT_RECORD.owner]!;
    if (owner !== NONE) heads[owner & 1]![owner >> 1] = NONE;
  }
  store.ownerCount[0] = store.ownerCount[1] = 0;
  for (let k = 0; k < store.slotTop; k++) {
    const r = SLOT_RECORD.size * k;
    const owner = s[r + SLOT_RECORD.owner]!;
    if (owner === NONE) continue;
    if (marks[k] === epoch || day - s[r + SLOT_RECORD.letterDay]! <= clarificationDays) {
      const side = owner & 1;
      const head = heads[side]![owner >> 1]!;
      if (head === NONE) store.ownerCount[side]!++;
      s[r + SLOT_RECORD.chain] = head;
      heads[side]![owner >> 1] = k;
    } else {
      s[r + SLOT_RECORD.owner] = NONE;
      if (store.keepIds) store.letterId[k] = undefined;
      store.slotFree.push(k);
    }
  }
}
