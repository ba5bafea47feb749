import type { ContactColumns } from "../contact/index.js";
import { messages, show } from "../core/index.js";
import type { Aggregate, ContactAggregate } from "./Aggregate.js";

/** Whether a source is contact columns: typed arrays for `at` and `channel` and a `length`. */
const isColumns = (source: unknown): source is ContactColumns =>
  typeof source === "object" &&
  source !== null &&
  (source as ContactColumns).at instanceof Float64Array &&
  (source as ContactColumns).channel instanceof Uint8Array &&
  typeof (source as ContactColumns).length === "number";

function checkAggregate(aggregate: unknown): asserts aggregate is Aggregate<unknown, unknown, unknown> {
  const a = aggregate as Partial<Aggregate<unknown, unknown, unknown>> | null;
  if (
    typeof a !== "object" ||
    a === null ||
    ["empty", "add", "merge", "result"].some((f) => typeof a[f as "add"] !== "function")
  )
    throw new RangeError(messages.mustBe("aggregate", "an aggregate { empty, add, merge, result }", aggregate));
}

function checkRecord(record: unknown, index: number): void {
  if (typeof record !== "object" || record === null)
    throw new RangeError(messages.mustBe(`records[${index}]`, "an object", record));
}

/**
 * Adds every record of a source to a state (a new `empty()` one by default) and returns the state: the shard's
 * half of a split computation. Send the state (it is plain JSON) wherever the shards meet and `merge` them there.
 * Sources are the same as for {@link summarize}; an async iterable gives a promise.
 *
 * @param source - an array, iterable, async iterable, or contact columns.
 * @param aggregate - the metric.
 * @param state - a state to add to. Default `aggregate.empty()`.
 * @returns the state.
 * @throws RangeError if the source is none of those, a record is not an object, or columns are given to an
 *   aggregate that cannot read them; and whatever the aggregate throws for a record it cannot read.
 * @example
 * ```ts
 * import { accumulate, volumes } from "council-contact/metrics";
 * import { parseContacts } from "council-contact/schema";
 * const byChannel = volumes("channel");
 * const contacts = parseContacts([{ id: "a", at: 1714554000000, channel: "email" }, { id: "b", at: 1714554000000, channel: "sms" }]);
 * const shards = [accumulate(contacts.slice(0, 1), byChannel), accumulate(contacts.slice(1), byChannel)];
 * const merged = byChannel.merge(JSON.parse(JSON.stringify(shards[0])), JSON.parse(JSON.stringify(shards[1])));
 * byChannel.result(merged).total //=> 2
 * accumulate(42 as never, byChannel) //=> throws RangeError
 * ```
 */
export function accumulate<R, S, T>(source: AsyncIterable<R>, aggregate: Aggregate<R, S, T>, state?: S): Promise<S>;
export function accumulate<S, T>(source: ContactColumns, aggregate: ContactAggregate<S, T>, state?: S): S;
export function accumulate<R, S, T>(source: Iterable<R>, aggregate: Aggregate<R, S, T>, state?: S): S;
export function accumulate(source: unknown, aggregate: unknown, state?: unknown): unknown {
  checkAggregate(aggregate);
  let s = state === undefined ? aggregate.empty() : state;
  if (isColumns(source)) {
    const addColumns = (aggregate as Partial<ContactAggregate<unknown, unknown>>).addColumns;
    if (typeof addColumns !== "function")
      throw new RangeError(messages.mustBe("aggregate", "an aggregate that reads contact columns", aggregate));
    return addColumns(s, source);
  }
  if (Array.isArray(source)) {
    for (let i = 0; i < source.length; i++) {
      checkRecord(source[i], i);
      s = aggregate.add(s, source[i]);
    }
    return s;
  }
  if (typeof source === "object" && source !== null && Symbol.asyncIterator in source) {
    return (async () => {
      let i = 0;
      for await (const record of source as AsyncIterable<unknown>) {
        checkRecord(record, i++);
        s = aggregate.add(s, record);
      }
      return s;
    })();
  }
  if (typeof source === "object" && source !== null && Symbol.iterator in source) {
    let i = 0;
    for (const record of source as Iterable<unknown>) {
      checkRecord(record, i++);
      s = aggregate.add(s, record);
    }
    return s;
  }
  throw new RangeError(
    `source must be an array, an iterable, an async iterable or contact columns, got ${show(source)}`,
  );
}

/**
 * Runs a metric over a source in one pass and gives its result. The source may be an array, any iterable (a
 * generator such as `contactStream` from `council-contact/synth`), an async iterable (a file read line by line;
 * then the result is a promise), or `ContactColumns`, which the contact metrics read straight from the typed arrays
 * without touching a string or allocating per row.
 *
 * @param source - an array, iterable, async iterable, or contact columns.
 * @param aggregate - the metric: one of this module's, a {@link combine} of several, or `contactSummary`.
 * @returns the result, or a promise of it for an async iterable.
 * @throws RangeError as {@link accumulate}.
 * @example
 * ```ts
 * import { contactColumns } from "council-contact/contact";
 * import { summarize, volumes } from "council-contact/metrics";
 * import { parseContacts } from "council-contact/schema";
 * const contacts = parseContacts([
 *   { id: "a", at: "2024-05-01T09:00:00Z", channel: "email", ward: "Abbey" },
 *   { id: "b", at: "2024-05-02T09:00:00Z", channel: "email" },
 * ]);
 * const byWard = volumes("ward");
 * summarize(contacts, byWard).rows //=> [{ key: "(none)", count: 1, share: 0.5 }, { key: "Abbey", count: 1, share: 0.5 }]
 * summarize(contactColumns(contacts), byWard) //=> summarize(contacts, byWard)
 * summarize(new Set(contacts), byWard).total //=> 2
 * ```
 */
export function summarize<R, S, T>(source: AsyncIterable<R>, aggregate: Aggregate<R, S, T>): Promise<T>;
export function summarize<S, T>(source: ContactColumns, aggregate: ContactAggregate<S, T>): T;
export function summarize<R, S, T>(source: Iterable<R>, aggregate: Aggregate<R, S, T>): T;
export function summarize(source: unknown, aggregate: unknown): unknown {
  checkAggregate(aggregate);
  const state = accumulate(source as Iterable<unknown>, aggregate);
  return state instanceof Promise ? state.then((s) => aggregate.result(s)) : aggregate.result(state);
}
