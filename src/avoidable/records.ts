// The layout of the classifier's records: integers in typed arrays, one record per enquiry and per slot.

/** No index. */
export const NONE = -1;
/** A day long before any contact: "never". */
export const NEVER = -(2 ** 30);
export const USED = 1;
export const CLOSED = 2;
export const DONE = 4;
/** Linked into its customer slot's (8) or place slot's (16) list of open enquiries. */
export const LINKED = [8, 16] as const;

/** Which of an enquiry's two slots: its customer's (0), or its place's (1). */
export type Side = 0 | 1;
export const CUSTOMER = 0;
export const PLACE = 1;

// An enquiry's record: 16 words, one cache line.
export const E = 16;
export const FLAGS = 0;
export const OPEN_DAY = 1;
export const LAST_DAY = 2;
export const CLOSED_DAY = 3;
export const OUTCOME = 4;
export const OPENER = 5;
export const CLOSER = 6;
/** Slot on side s: SLOT + s; next and previous on that side's open list: NEXT + s, PREV + s. */
export const SLOT = 7;
export const NEXT = 9;
export const PREV = 11;
/** For the compact form: the enquiry's position in its list of cited ids, plus one (0: not cited yet). */
export const CITED = 13;
/** The key of the enquiry's id (see `Store.enquiryOf`), -1 for an enquiry a referred contact implied. */
export const KEY = 14;

// A slot's record: 8 words.
export const S = 8;
/** The owner key (-1 for a free slot) and the service. */
export const OWNER = 0;
export const SERVICE = 1;
export const CHAIN = 2;
export const HEAD = 3;
export const TAIL = 4;
/** The enquiry of this slot last closed as done (valid while that record is still attached here). */
export const DONE_ENQUIRY = 5;
export const LETTER_DAY = 6;
export const LETTER = 7;
