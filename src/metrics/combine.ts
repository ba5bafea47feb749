import type { ContactColumns } from "../contact/index.js";
import { messages } from "../core/index.js";
import type { Aggregate, ContactAggregate } from "./Aggregate.js";

/**
 * Any aggregate, whatever its record, state and result types: what {@link combine} accepts as a part.
 *
 * @example
 * ```ts
 * import { volumes, type AnyAggregate } from "council-contact/metrics";
 * const part: AnyAggregate = volumes("month");
 * typeof part.merge //=> "function"
 * ```
 */
export interface AnyAggregate {
  /** A new, empty state. */
  readonly empty: () => unknown;
  /** Adds a record to a state. */
  readonly add: (state: never, record: never) => unknown;
  /** Merges two states. */
  readonly merge: (a: never, b: never) => unknown;
  /** The result of a state. */
  readonly result: (state: never) => unknown;
}

/**
 * Any aggregate that also reads contact columns.
 *
 * @example
 * ```ts
 * import { callHandling, type AnyContactAggregate } from "council-contact/metrics";
 * const part: AnyContactAggregate = callHandling();
 * typeof part.addColumns //=> "function"
 * ```
 */
export interface AnyContactAggregate extends AnyAggregate {
  /** Adds every row of contact columns to a state. */
  readonly addColumns: (state: never, columns: ContactColumns) => unknown;
}

/**
 * The state of a {@link combine}d aggregate: each part's state under its name.
 *
 * @example
 * ```ts
 * import { volumes, type AggregateStates, type VolumeState } from "council-contact/metrics";
 * const parts = { byMonth: volumes("month") };
 * const state: AggregateStates<typeof parts> = { byMonth: parts.byMonth.empty() };
 * (state.byMonth satisfies VolumeState).total //=> 0
 * ```
 */
export type AggregateStates<P extends Record<string, AnyAggregate>> = { [K in keyof P]: ReturnType<P[K]["empty"]> };

/**
 * The result of a {@link combine}d aggregate: each part's result under its name.
 *
 * @example
 * ```ts
 * import { volumes, type AggregateResults } from "council-contact/metrics";
 * const parts = { byMonth: volumes("month") };
 * const result: AggregateResults<typeof parts> = { byMonth: { by: "month", total: 0, rows: [] } };
 * result.byMonth.total //=> 0
 * ```
 */
export type AggregateResults<P extends Record<string, AnyAggregate>> = { [K in keyof P]: ReturnType<P[K]["result"]> };

/**
 * The record type a {@link combine}d aggregate takes: what its parts' `add` take.
 *
 * @example
 * ```ts
 * import { avoidableContact, type AggregateRecord } from "council-contact/metrics";
 * import type { AvoidableResult } from "council-contact/avoidable";
 * const parts = { ni14: avoidableContact() };
 * const same: AggregateRecord<typeof parts> extends AvoidableResult ? true : false = true;
 * same //=> true
 * ```
 */
export type AggregateRecord<P extends Record<string, AnyAggregate>> = Parameters<P[keyof P]["add"]>[1];

/**
 * Aggregates run together as one: one pass adds each record to every part; the state and result are objects with a
 * key per part. Merging merges part by part, so the laws of the parts (associative, commutative, `empty` the
 * identity) hold for the whole. When every part reads contact columns, so does the whole.
 *
 * @param parts - the aggregates by name; at least one.
 * @returns the combined aggregate.
 * @throws RangeError if `parts` is not an object of aggregates.
 * @example
 * ```ts
 * import { channelMix, combine, summarize, volumes } from "council-contact/metrics";
 * import { parseContacts } from "council-contact/schema";
 * const both = combine({ mix: channelMix(), byHour: volumes("hour") });
 * const contacts = parseContacts([{ id: "a", at: "2024-01-01T09:30:00Z", channel: "web-form" }]);
 * const result = summarize(contacts, both);
 * [result.mix.digitalTakeUp, result.byHour.rows[0]!.key] //=> [1, "09"]
 * combine({ broken: {} } as never) //=> throws RangeError
 * ```
 */
export function combine<P extends Record<string, AnyContactAggregate>>(
  parts: P,
): ContactAggregate<AggregateStates<P>, AggregateResults<P>>;
export function combine<P extends Record<string, AnyAggregate>>(
  parts: P,
): Aggregate<AggregateRecord<P>, AggregateStates<P>, AggregateResults<P>>;
export function combine(input: unknown): unknown {
  const parts = input as Record<string, Aggregate<unknown, unknown, unknown>>;
  if (typeof parts !== "object" || parts === null)
    throw new RangeError(messages.mustBe("parts", "an object of aggregates", parts));
  const names = Object.keys(parts);
  if (names.length === 0) throw new RangeError(messages.empty("parts"));
  for (const name of names) {
    const part = parts[name] as Partial<Aggregate<unknown, unknown, unknown>> | null;
    if (
      typeof part !== "object" ||
      part === null ||
      ["empty", "add", "merge", "result"].some((f) => typeof part[f as "add"] !== "function")
    )
      throw new RangeError(messages.mustBe(`parts.${name}`, "an aggregate { empty, add, merge, result }", part));
  }
  const each = (f: (name: string, part: Aggregate<unknown, unknown, unknown>) => unknown): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const name of names) out[name] = f(name, parts[name]!);
    return out;
  };
  const columnParts = names.every(
    (name) => typeof (parts[name] as Partial<ContactAggregate<unknown, unknown>>).addColumns === "function",
  );
  const combined: Aggregate<unknown, Record<string, unknown>, Record<string, unknown>> = {
    empty: () => each((_, part) => part.empty()),
    add(state, record) {
      for (const name of names) state[name] = parts[name]!.add(state[name], record);
      return state;
    },
    merge: (a, b) => each((name, part) => part.merge(a[name], b[name])),
    result: (state) => each((name, part) => part.result(state[name])),
  };
  if (!columnParts) return combined;
  return {
    ...combined,
    addColumns(state: Record<string, unknown>, columns: ContactColumns) {
      for (const name of names)
        state[name] = (parts[name] as unknown as ContactAggregate<unknown, unknown>).addColumns(state[name], columns);
      return state;
    },
  };
}
