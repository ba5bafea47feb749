/** No record, no contact, no key: the engine's null. */
export const NONE = -1;
/** A day long before any contact: "never" (a closure or letter that has not happened). */
export const NEVER = -(2 ** 30);

/**
 * The layout of an enquiry's record in the store: 16 Int32 words (one 64-byte cache line), record `k` at word
 * `ENQUIRY_RECORD.size * k`. Each name is the word's offset in the record.
 */
export const ENQUIRY_RECORD = {
  size: 16,
  /** {@link ENQUIRY_FLAG} bits. */
  flags: 0,
  /** The London day it was opened. */
  openDay: 1,
  /** The London day a contact or update last named it: it lapses `enquiryLapseDays` after. */
  lastDay: 2,
  /** The London day it was closed, or {@link NEVER}. */
  closedDay: 3,
  /** How it closed: an enquiry outcome code (position in `ENQUIRY_OUTCOMES` plus one), 0 while open. */
  closedOutcome: 4,
  /** The position of the contact that opened it (-1 if an update or a letter opened it). */
  opener: 5,
  /** The position of the outbound contact that closed it (-1 if an update closed it). */
  closer: 6,
  /** Its slot on each side: `slot + side` (customer 0, place 1), -1 for none. */
  slot: 7,
  /** The next enquiry on that side's slot's open list: `next + side`. */
  next: 9,
  /** The previous one: `prev + side`. */
  prev: 11,
  /** The key of its id (see `Store.enquiryOf`), -1 for an enquiry a referred contact implied. */
  key: 13,
} as const;

/** The bits of an enquiry record's `flags` word. */
export const ENQUIRY_FLAG = {
  /** The record holds an enquiry (a free record has no flags). */
  used: 1,
  /** Closed (and not reopened since). */
  closed: 2,
  /** Closed as done: one of the options' `doneOutcomes`. */
  done: 4,
  /** Linked into its customer slot's (index 0) or place slot's (index 1) list of open enquiries. */
  linked: [8, 16],
} as const;
