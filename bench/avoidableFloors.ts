// Floors for classifying a history in columns: what any single-pass classifier must pay on this machine, measured
// on the same columns as `classifyColumns`, so that the gap to its 200 ms budget can be read in one run.
//
// A single pass that applies the rules must, for each contact, find the state of its customer-and-service pair,
// of its place-and-service pair and of the enquiry it names, and write its decision; for each enquiry update, it
// must change the enquiry's state and tell its pairs. The two kernels below do only that, in the most compact
// layout there is (state indexed directly by code, nothing recycled, no rule beyond "an open or recently done
// enquiry on the pair"), so they bound from below any classifier that implements the rules:
//
// - `pairCodes`: the customer-and-service and place-and-service pairs as dense codes, by open addressing in typed
//   arrays. The columns hold customers, places and services as codes, but not their pairs: every single pass has
//   to find them (the engine walks each owner's short chain of slots; this is the hash-table way).
// - `singlePassFloor`: the pass itself, given the pair codes for free.
import type { EnquiryUpdateColumns } from "council-contact/avoidable";
import type { ContactColumns } from "council-contact/contact";

/** Codes for the pairs (owner, service) of each row, -1 where either is none; and how many pairs there are. */
export interface PairCodes {
  readonly codes: Int32Array;
  readonly size: number;
}

/** Dense codes for each row's (owner, service) pair, in order of first appearance, by linear probing in typed arrays. */
export function pairCodes(owners: Int32Array, services: Int32Array, serviceCount: number): PairCodes {
  const capacity = 2 ** Math.ceil(Math.log2(owners.length + 2));
  const mask = capacity - 1;
  const keys = new Int32Array(capacity).fill(-1);
  const values = new Int32Array(capacity);
  const codes = new Int32Array(owners.length);
  let size = 0;
  for (let i = 0; i < owners.length; i++) {
    const owner = owners[i]!;
    const service = services[i]!;
    if (owner < 0 || service < 0) {
      codes[i] = -1;
      continue;
    }
    const key = owner * serviceCount + service;
    let h = (Math.imul(key, 0x9e3779b1) >>> 8) & mask;
    let found = keys[h]!;
    while (found !== key && found !== -1) found = keys[(h = (h + 1) & mask)]!;
    if (found === -1) {
      keys[h] = key;
      values[h] = size++;
    }
    codes[i] = values[h]!;
  }
  return { codes, size };
}

/** How long an enquiry stays open untouched, and how long after a closure as done a contact counts as failure (the defaults). */
const LAPSE_DAYS = 28;
const FAILURE_DAYS = 14;
const OPEN = 1;
const CLOSED = 2;

/** What a pair's state gives on `today`: 2 × its open enquiry, or 2 × its recently done one + 1, or -1. */
function onPair(
  open: number,
  done: number,
  today: number,
  state: Uint8Array,
  lastDay: Int32Array,
  closedDay: Int32Array,
): number {
  if (open >= 0 && state[open] === OPEN && today - lastDay[open]! <= LAPSE_DAYS) return 2 * open;
  if (done >= 0 && today - closedDay[done]! <= FAILURE_DAYS) return 2 * done + 1;
  return -1;
}

/**
 * The least a single pass does: per contact, read its customer pair's, place pair's and enquiry's state (the
 * latest enquiry opened on each pair, the latest closed there), decide between "an enquiry open there", "one
 * closed there recently" and nothing, and write the decision into typed arrays as `classifyColumns` does; per
 * update, change the enquiry's state and tell its pairs. Contacts and updates (both in time order, as the bench's
 * are) are merged as the engine merges them. One plain loop, every array a local. Returns the decisions.
 */
export function singlePassFloor(
  columns: ContactColumns,
  updates: EnquiryUpdateColumns,
  customerPairs: PairCodes,
  placePairs: PairCodes,
): { rules: Uint8Array; evidence: Int32Array; days: Int32Array; enquiries: Int32Array } {
  const n = columns.length;
  const enquiryCount = columns.enquiry.values.length + updates.extra.enquiry.length;
  const { at, day } = columns;
  const enquiry = columns.enquiry.codes;
  const customerPair = customerPairs.codes;
  const placePair = placePairs.codes;
  const { at: updateAt, day: updateDay, enquiry: updateEnquiry, type: updateType } = updates;
  const customerOpen = new Int32Array(customerPairs.size).fill(-1);
  const customerDone = new Int32Array(customerPairs.size).fill(-1);
  const placeOpen = new Int32Array(placePairs.size).fill(-1);
  const placeDone = new Int32Array(placePairs.size).fill(-1);
  const state = new Uint8Array(enquiryCount);
  const lastDay = new Int32Array(enquiryCount);
  const closedDay = new Int32Array(enquiryCount);
  const customerOf = new Int32Array(enquiryCount).fill(-1);
  const placeOf = new Int32Array(enquiryCount).fill(-1);
  const rules = new Uint8Array(n);
  const evidence = new Int32Array(n);
  const days = new Int32Array(n);
  const enquiries = new Int32Array(n);
  let u = 0;
  for (let i = 0; i < n; i++) {
    for (; u < updates.length && updateAt[u]! <= at[i]!; u++) {
      const e = updateEnquiry[u]!;
      lastDay[e] = updateDay[u]!;
      if (updateType[u] !== 1) continue;
      state[e] = CLOSED;
      closedDay[e] = updateDay[u]!;
      if (customerOf[e]! >= 0) customerDone[customerOf[e]!] = e;
      if (placeOf[e]! >= 0) placeDone[placeOf[e]!] = e;
    }
    const today = day[i]!;
    const customer = customerPair[i]!;
    const place = placePair[i]!;
    // On the customer's pair first, then the place's: 2 × enquiry (+ 1 when it rests on a closure), or -1.
    let found =
      customer >= 0 ? onPair(customerOpen[customer]!, customerDone[customer]!, today, state, lastDay, closedDay) : -1;
    let rule = found < 0 ? 0 : 1 + (found & 1);
    if (found < 0 && place >= 0) {
      found = onPair(placeOpen[place]!, placeDone[place]!, today, state, lastDay, closedDay);
      rule = found < 0 ? 0 : 3 + (found & 1);
    }
    const rests = found < 0 ? -1 : found >> 1;
    const e = enquiry[i]!;
    if (e >= 0) {
      if (state[e] === 0) {
        state[e] = OPEN;
        customerOf[e] = customer;
        placeOf[e] = place;
        if (customer >= 0) customerOpen[customer] = e;
        if (place >= 0) placeOpen[place] = e;
      }
      lastDay[e] = today;
    }
    rules[i] = rule;
    evidence[i] = rests;
    days[i] = rests < 0 ? 0 : today - lastDay[rests]!;
    enquiries[i] = e;
  }
  return { rules, evidence, days, enquiries };
}
