import { messages } from "../core/index.js";
import { type Catalogue, STARTER_CATALOGUE } from "../taxonomy/index.js";
import type { BreakdownRow, ContactAggregate } from "./Aggregate.js";
import { bump, countOf, keysOf, mergeCounts, noCounts } from "./counts.js";
import { dimension, VOLUME_BREAKDOWNS, type VolumeBreakdown } from "./dimension.js";

/**
 * Options for {@link volumes} and the other contact metrics.
 *
 * @example
 * ```ts
 * import type { VolumeOptions } from "council-contact/metrics";
 * const options: VolumeOptions = { outbound: true };
 * options.outbound //=> true
 * ```
 */
export interface VolumeOptions {
  /** The catalogue that maps services to clusters. Default the taxonomy's `STARTER_CATALOGUE`. */
  readonly catalogue?: Catalogue;
  /** Count outbound contacts (letters, bills, notices the council sent) too. Default false: customer demand only. */
  readonly outbound?: boolean;
}

/**
 * The state of {@link volumes}: plain JSON.
 *
 * @example
 * ```ts
 * import { volumes, type VolumeState } from "council-contact/metrics";
 * const state: VolumeState = volumes("channel").empty();
 * state.total //=> 0
 * ```
 */
export interface VolumeState {
  /** Contacts counted. */
  total: number;
  /** Contacts by key. */
  counts: Record<string, number>;
}

/**
 * A row of a volume breakdown: the key, its contacts, and their share of all contacts counted.
 *
 * @example
 * ```ts
 * import type { VolumeRow } from "council-contact/metrics";
 * const row: VolumeRow = { key: "email", count: 1, share: 0.25 };
 * row.share //=> 0.25
 * ```
 */
export interface VolumeRow extends BreakdownRow {
  /** `count ÷ total`. */
  readonly share: number;
}

/**
 * Contacts by one breakdown, and in all.
 *
 * @example
 * ```ts
 * import type { Volumes } from "council-contact/metrics";
 * const result: Volumes = { by: "channel", total: 1, rows: [{ key: "email", count: 1, share: 1 }] };
 * result.rows.length //=> 1
 * ```
 */
export interface Volumes {
  /** The breakdown. */
  readonly by: VolumeBreakdown;
  /** Contacts counted. */
  readonly total: number;
  /** One row per key with contacts, in key order (weekdays Monday first). */
  readonly rows: readonly VolumeRow[];
}

/** The index in `direction` columns of an outbound contact (a position in `DIRECTION_CODES` plus one). */
export const OUTBOUND_CODE = 2;

/** Reads the options shared by the contact metrics, or throws a `RangeError` naming the bad one. */
export function readVolumeOptions(options: VolumeOptions): { catalogue: Catalogue; outbound: boolean } {
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  const { catalogue = STARTER_CATALOGUE, outbound = false } = options;
  if (typeof outbound !== "boolean") throw new RangeError(messages.mustBe("options.outbound", "a boolean", outbound));
  if (typeof catalogue !== "object" || catalogue === null || !Array.isArray(catalogue.services))
    throw new RangeError(messages.mustBe("options.catalogue", "a catalogue", catalogue));
  return { catalogue, outbound };
}

/**
 * Contact volumes by a breakdown (service, channel, cluster, ward, London hour, weekday, day, week or month), as
 * an aggregate: add contacts or contact columns, merge shards, read rows with each key's count and share.
 *
 * @param by - one of {@link VOLUME_BREAKDOWNS}.
 * @param options - the catalogue for clusters; whether to count outbound contacts.
 * @returns the aggregate.
 * @throws RangeError for an unknown breakdown or a bad option.
 * @example
 * ```ts
 * import { summarize, volumes } from "council-contact/metrics";
 * import { parseContacts } from "council-contact/schema";
 * const contacts = parseContacts([
 *   { id: "a", at: "2024-05-01T09:00:00Z", channel: "telephone" },
 *   { id: "b", at: "2024-05-01T10:00:00Z", channel: "email" },
 *   { id: "c", at: "2024-05-02T09:00:00Z", channel: "telephone" },
 * ]);
 * summarize(contacts, volumes("channel")).rows //=> [{ key: "email", count: 1, share: 1 / 3 }, { key: "telephone", count: 2, share: 2 / 3 }]
 * summarize(contacts, volumes("hour")).rows.map((r) => r.key) //=> ["10", "11"]
 * volumes("colour" as never) //=> throws RangeError
 * ```
 */
export function volumes(by: VolumeBreakdown, options: VolumeOptions = {}): ContactAggregate<VolumeState, Volumes> {
  if (!VOLUME_BREAKDOWNS.includes(by)) throw new RangeError(messages.oneOf("breakdown", VOLUME_BREAKDOWNS, by));
  const { catalogue, outbound } = readVolumeOptions(options);
  const dim = dimension(by, catalogue);
  return {
    empty: () => ({ total: 0, counts: noCounts() }),
    add(state, contact) {
      if (outbound || contact.direction !== "outbound") {
        state.total += 1;
        bump(state.counts, dim.keyOf(contact), 1);
      }
      return state;
    },
    addColumns(state, columns) {
      const { size, source, base, table, slotOf, keyOf } = dim.slots(columns);
      const counts = new Float64Array(size);
      const direction = columns.direction;
      const n = columns.length;
      // Three loops, one per way a slot is read, so each stays monomorphic and free of calls.
      if (slotOf !== null) {
        for (let row = 0; row < n; row++) if (outbound || direction[row] !== OUTBOUND_CODE) counts[slotOf(row)]! += 1;
      } else if (table !== null) {
        for (let row = 0; row < n; row++)
          if (outbound || direction[row] !== OUTBOUND_CODE) counts[table[source[row]! + base]!]! += 1;
      } else {
        for (let row = 0; row < n; row++)
          if (outbound || direction[row] !== OUTBOUND_CODE) counts[source[row]! + base]! += 1;
      }
      for (let slot = 0; slot < size; slot++)
        if (counts[slot]! > 0) {
          state.total += counts[slot]!;
          bump(state.counts, keyOf(slot), counts[slot]!);
        }
      return state;
    },
    merge: (a, b) => ({ total: a.total + b.total, counts: mergeCounts(a.counts, b.counts) }),
    result: (state) => ({
      by,
      total: state.total,
      rows: keysOf(state.counts, dim.order).map((key) => ({
        key,
        count: countOf(state.counts, key),
        share: countOf(state.counts, key) / state.total,
      })),
    }),
  };
}
