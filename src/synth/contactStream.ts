import type { Contact } from "../schema/index.js";
import { ArrivalCursor, type ArrivalHours, buildArrivalHours } from "./arrivalHours.js";
import type { Closures } from "./Closures.js";
import { ContactMaker } from "./ContactMaker.js";
import { type GenerateContactsOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { sfc32 } from "./sfc32.js";
import { buildTables, type Tables } from "./tables.js";

/**
 * Generates synthetic council contacts lazily, in time order, in constant memory: stream ten million without
 * holding them. Realistic enough for examples, docs and benchmarks: a telephone-heavy channel mix moving online
 * over time, opening hours for assisted channels (web 24/7), busy Monday mornings, skewed service volumes,
 * enquiries that later contacts chase, repeat and re-report, outbound letters followed by clarification calls,
 * misdirected calls, abandoned calls, handling and waiting times. Each default and its source is in the schema guide.
 *
 * The same seed and options always give the same contacts. Chases, repeats, re-reports and clarifications need an
 * earlier enquiry or letter to refer to, so near the start of a period (or in a small sample) there are fewer of them
 * than `demandMix` asks for; those contacts are made as first-time demand instead, and the count is always exact.
 *
 * @param options - seed, count, period and optional mixes; see {@link GenerateContactsOptions}.
 * @returns an iterator over `count` contacts sorted by `at`; each is a valid `Contact`.
 * @throws {RangeError} naming the option and value, for a bad seed, count, period, mix, catalogue or ward list,
 *   or a period in which no chosen channel is ever open.
 * @example
 * ```ts
 * import { contactStream } from "council-contact/synth";
 * let calls = 0;
 * for (const contact of contactStream({ seed: 7, count: 1000, from: "2024-04-01", to: "2024-04-30" })) if (contact.channel === "telephone") calls++;
 * calls > 300 //=> true
 * ```
 */
export function contactStream(options: GenerateContactsOptions): IterableIterator<Contact> {
  return startStream(options, undefined);
}

/** Checks the options and starts the generator; with `closures`, every enquiry's closure is recorded there as it opens. */
export function startStream(
  options: GenerateContactsOptions,
  closures: Closures | undefined,
): IterableIterator<Contact> {
  const resolved = resolveOptions(options);
  const tables = buildTables(resolved);
  const timeline = buildArrivalHours(resolved.from, resolved.to, tables.hourWeight);
  if (resolved.count > 0 && timeline.cumulative[timeline.cumulative.length - 1] === 0) {
    throw new RangeError(
      `channelMix must include a channel open between from and to, got only channels closed then (from ${String(options.from)} to ${String(options.to)})`,
    );
  }
  return generate(resolved, tables, timeline, closures);
}

function* generate(
  options: ResolvedOptions,
  tables: Tables,
  timeline: ArrivalHours,
  closures: Closures | undefined,
): Generator<Contact, void, undefined> {
  const random = sfc32(options.seed);
  const cursor = new ArrivalCursor(timeline);
  const maker = new ContactMaker(options, tables, random, closures);
  // Sorted uniform positions one at a time, without storing them (Bentley & Saxe 1980): the next of n remaining
  // order statistics above p is p + (1 − p)(1 − U^(1/n)).
  let position = 0;
  for (let remaining = options.count; remaining > 0; remaining--) {
    position += (1 - position) * (1 - random() ** (1 / remaining));
    const at = cursor.at(position);
    yield maker.make(at, cursor.hourOfWeek);
  }
}

/**
 * Generates synthetic council contacts into an array sorted by `at`; {@link contactStream} without holding them.
 *
 * @param options - seed, count, period and optional mixes; see {@link GenerateContactsOptions}.
 * @returns `count` contacts sorted by `at`.
 * @throws {RangeError} naming the option and value, as {@link contactStream} does.
 * @example
 * ```ts
 * import { generateContacts } from "council-contact/synth";
 * const contacts = generateContacts({ seed: 1, count: 500, from: "2024-04-01", to: "2025-03-31" });
 * contacts.length //=> 500
 * contacts.every((contact, i) => i === 0 || contacts[i - 1]!.at <= contact.at) //=> true
 * ```
 */
export function generateContacts(options: GenerateContactsOptions): Contact[] {
  const contacts: Contact[] = [];
  for (const contact of contactStream(options)) contacts.push(contact);
  return contacts;
}
