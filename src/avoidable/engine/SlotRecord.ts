/** Which of an enquiry's two slots: its customer's, or its place's. */
export type Side = 0 | 1;
/** The customer side: a customer's slot for a service. */
export const CUSTOMER_SIDE = 0;
/** The place side: a place's slot for a service. */
export const PLACE_SIDE = 1;

/**
 * The layout of a slot's record in the store: what one customer (or one place) has about one service, in 8 Int32
 * words, record `k` at word `SLOT_RECORD.size * k`. Each name is the word's offset in the record.
 */
export const SLOT_RECORD = {
  size: 8,
  /** Who owns it: `2 × owner key + side`, or -1 for a free slot. */
  owner: 0,
  /** The service key. */
  service: 1,
  /** The owner's next slot (for another service), -1 at the end of the chain. */
  chain: 2,
  /** The first and last enquiry on its list of open enquiries. */
  head: 3,
  tail: 4,
  /** The enquiry of this slot last closed as done (valid while that record is still attached here). */
  doneEnquiry: 5,
  /** The London day of the latest outbound letter, bill or notice about the service, and its contact's position. */
  letterDay: 6,
  letter: 7,
} as const;
