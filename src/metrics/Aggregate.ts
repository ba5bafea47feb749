import type { ContactColumns } from "../contact/index.js";
import type { Contact } from "../schema/index.js";

/**
 * A metric as a mergeable aggregate: a state that starts `empty()`, takes records one at a time with `add`, combines
 * with another shard's state with `merge`, and gives its answer with `result`. `merge` is associative and
 * commutative and `empty()` is its identity, so the result of any split of the records, merged in any order,
 * equals one pass over all of them. States are plain JSON (numbers, strings, arrays and plain objects), so a
 * state computed on another thread or machine can be sent as JSON and merged exactly.
 *
 * `add` may update the state it is given and returns it (so a pass over a million records allocates nothing per
 * record); `merge` never changes its arguments.
 *
 * @typeParam R - the record type.
 * @typeParam S - the state: plain JSON.
 * @typeParam T - the result.
 * @example
 * ```ts
 * import type { Aggregate } from "council-contact/metrics";
 * const count: Aggregate<unknown, number, number> = {
 *   empty: () => 0, add: (n) => n + 1, merge: (a, b) => a + b, result: (n) => n,
 * };
 * count.result(count.merge(count.add(count.empty(), "x"), count.add(count.empty(), "y"))) //=> 2
 * ```
 */
export interface Aggregate<R, S, T> {
  /** A new state holding no records: the identity of `merge`. */
  readonly empty: () => S;
  /** Adds one record to a state (updating it in place) and returns the state. */
  readonly add: (state: S, record: R) => S;
  /** A new state holding the records of both; neither argument is changed. */
  readonly merge: (a: S, b: S) => S;
  /** The answer for the records a state holds. */
  readonly result: (state: S) => T;
}

/**
 * An aggregate over contacts that can also read contact columns: `addColumns` adds every row of a
 * `ContactColumns` in a loop over its typed arrays, touching no string and allocating nothing per row.
 *
 * @typeParam S - the state: plain JSON.
 * @typeParam T - the result.
 * @example
 * ```ts
 * import { volumes, type ContactAggregate, type VolumeState, type Volumes } from "council-contact/metrics";
 * const byChannel: ContactAggregate<VolumeState, Volumes> = volumes("channel");
 * typeof byChannel.addColumns //=> "function"
 * ```
 */
export interface ContactAggregate<S, T> extends Aggregate<Contact, S, T> {
  /** Adds every row of the columns to a state (updating it in place) and returns the state. */
  readonly addColumns: (state: S, columns: ContactColumns) => S;
}

/**
 * One row of a breakdown: its key and how many records it counts. Every breakdown the metrics give is an array of
 * these (with extra fields per metric), in key order, with a row for every key that has records: none is dropped
 * (a channel with no unit cost keeps its row, with a `null` cost).
 *
 * @example
 * ```ts
 * import type { BreakdownRow } from "council-contact/metrics";
 * const row: BreakdownRow = { key: "telephone", count: 287 };
 * row.count //=> 287
 * ```
 */
export interface BreakdownRow {
  /** What the row counts: a channel or service code, a ward, `2024-05` for a month, … */
  readonly key: string;
  /** How many records it counts. */
  readonly count: number;
}
