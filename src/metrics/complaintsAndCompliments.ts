import { NI14_NONE } from "../avoidable/index.js";
import { INTERACTION_CODES } from "../taxonomy/index.js";
import type { BreakdownRow, ContactAggregate } from "./Aggregate.js";
import { bump, type Counts, countOf, keysOf, mergeCounts, noCounts, rate } from "./counts.js";
import { OUTBOUND_CODE, readVolumeOptions, type VolumeOptions } from "./volumes.js";

/**
 * The state of {@link complaintsAndCompliments}: plain JSON.
 *
 * @example
 * ```ts
 * import { complaintsAndCompliments, type FeedbackState } from "council-contact/metrics";
 * const state: FeedbackState = complaintsAndCompliments().empty();
 * state.contacts //=> {}
 * ```
 */
export interface FeedbackState {
  /** Contacts by service. */
  contacts: Record<string, number>;
  /** Complaints by service. */
  complaints: Record<string, number>;
  /** Compliments by service. */
  compliments: Record<string, number>;
}

/**
 * A service's row: its contacts, complaints and compliments, and the rates per 1,000 contacts.
 *
 * @example
 * ```ts
 * import type { FeedbackRow } from "council-contact/metrics";
 * const row: FeedbackRow = { key: "missed-bin", count: 500, complaints: 2, compliments: 1, complaintsPer1000: 4, complimentsPer1000: 2 };
 * row.complaintsPer1000 //=> 4
 * ```
 */
export interface FeedbackRow extends BreakdownRow {
  /** Contacts whose interaction is `complaint`. */
  readonly complaints: number;
  /** Contacts whose interaction is `compliment`. */
  readonly compliments: number;
  /** complaints ÷ count × 1,000; `null` with no contacts. */
  readonly complaintsPer1000: number | null;
  /** compliments ÷ count × 1,000; `null` with no contacts. */
  readonly complimentsPer1000: number | null;
}

/**
 * Complaints and compliments in all (`key` is `all`) and by service.
 *
 * @example
 * ```ts
 * import type { Feedback } from "council-contact/metrics";
 * const none: Feedback = { all: { key: "all", count: 0, complaints: 0, compliments: 0, complaintsPer1000: null, complimentsPer1000: null }, rows: [] };
 * none.all.complaints //=> 0
 * ```
 */
export interface Feedback {
  /** Every contact counted. */
  readonly all: FeedbackRow;
  /** One row per service with contacts, in key order (`(none)` for contacts without a service). */
  readonly rows: readonly FeedbackRow[];
}

const COMPLAINT = INTERACTION_CODES.indexOf("complaint") + 1;
const COMPLIMENT = INTERACTION_CODES.indexOf("compliment") + 1;
const per1000 = (part: number, whole: number): number | null => {
  const r = rate(part, whole);
  return r === null ? null : r * 1000;
};
const row = (key: string, count: number, complaints: number, compliments: number): FeedbackRow => ({
  key,
  count,
  complaints,
  compliments,
  complaintsPer1000: per1000(complaints, count),
  complimentsPer1000: per1000(compliments, count),
});
const sum = (counts: Counts): number => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * Complaints and compliments per 1,000 contacts, in all and by service, as an aggregate: a contact is a complaint
 * or compliment by its `interaction` code.
 *
 * @param options - the contacts counted (outbound or not).
 * @returns the aggregate.
 * @throws RangeError for a bad option.
 * @example
 * ```ts
 * import { complaintsAndCompliments, summarize } from "council-contact/metrics";
 * import { parseContacts } from "council-contact/schema";
 * const contacts = parseContacts([
 *   { id: "a", at: "2024-05-01T09:00:00Z", channel: "telephone", serviceId: "missed-bin", interaction: "complaint" },
 *   { id: "b", at: "2024-05-01T10:00:00Z", channel: "email", serviceId: "missed-bin", interaction: "compliment" },
 *   { id: "c", at: "2024-05-01T11:00:00Z", channel: "email", serviceId: "missed-bin" },
 *   { id: "d", at: "2024-05-01T12:00:00Z", channel: "email", serviceId: "council-tax" },
 * ]);
 * const feedback = summarize(contacts, complaintsAndCompliments());
 * feedback.all.complaintsPer1000 //=> 250
 * feedback.rows.map((r) => [r.key, r.complaints, r.compliments]) //=> [["council-tax", 0, 0], ["missed-bin", 1, 1]]
 * ```
 */
export function complaintsAndCompliments(options: VolumeOptions = {}): ContactAggregate<FeedbackState, Feedback> {
  const { outbound } = readVolumeOptions(options);
  return {
    empty: () => ({ contacts: noCounts(), complaints: noCounts(), compliments: noCounts() }),
    add(state, c) {
      if (!outbound && c.direction === "outbound") return state;
      const key = c.serviceId ?? NI14_NONE;
      bump(state.contacts, key, 1);
      if (c.interaction === "complaint") bump(state.complaints, key, 1);
      else if (c.interaction === "compliment") bump(state.compliments, key, 1);
      return state;
    },
    addColumns(state, columns) {
      const { codes, values } = columns.service;
      const contacts = new Float64Array(values.length + 1);
      const complaints = new Float64Array(values.length + 1);
      const compliments = new Float64Array(values.length + 1);
      for (let i = 0; i < columns.length; i++) {
        if (!outbound && columns.direction[i] === OUTBOUND_CODE) continue;
        const slot = codes[i]! + 1;
        contacts[slot] = contacts[slot]! + 1;
        const interaction = columns.interaction[i];
        if (interaction === COMPLAINT) complaints[slot] = complaints[slot]! + 1;
        else if (interaction === COMPLIMENT) compliments[slot] = compliments[slot]! + 1;
      }
      for (let slot = 0; slot < contacts.length; slot++) {
        if (contacts[slot] === 0) continue;
        const key = slot === 0 ? NI14_NONE : values[slot - 1]!;
        bump(state.contacts, key, contacts[slot]!);
        if (complaints[slot]! > 0) bump(state.complaints, key, complaints[slot]!);
        if (compliments[slot]! > 0) bump(state.compliments, key, compliments[slot]!);
      }
      return state;
    },
    merge: (a, b) => ({
      contacts: mergeCounts(a.contacts, b.contacts),
      complaints: mergeCounts(a.complaints, b.complaints),
      compliments: mergeCounts(a.compliments, b.compliments),
    }),
    result: (s) => ({
      all: row("all", sum(s.contacts), sum(s.complaints), sum(s.compliments)),
      rows: keysOf(s.contacts).map((key) =>
        row(key, countOf(s.contacts, key), countOf(s.complaints, key), countOf(s.compliments, key)),
      ),
    }),
  };
}
