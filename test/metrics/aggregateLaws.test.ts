import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactColumns } from "../../src/contact/index.js";
import { SOCITM_2012_UNIT_COSTS } from "../../src/cost/index.js";
import {
  accumulate,
  type ContactAggregate,
  callHandling,
  channelMix,
  complaintsAndCompliments,
  contactCost,
  contactSummary,
  firstContactResolution,
  VOLUME_BREAKDOWNS,
  volumes,
} from "../../src/metrics/index.js";
import type { Contact } from "../../src/schema/index.js";
import { contactsArb } from "./arbitraries.js";

const aggregates: [string, ContactAggregate<unknown, unknown>][] = [
  ...VOLUME_BREAKDOWNS.map((by) => [`volumes("${by}")`, volumes(by)] as [string, ContactAggregate<unknown, unknown>]),
  ["volumes with outbound", volumes("channel", { outbound: true }) as ContactAggregate<unknown, unknown>],
  ["channelMix", channelMix() as ContactAggregate<unknown, unknown>],
  ["callHandling", callHandling() as ContactAggregate<unknown, unknown>],
  ["firstContactResolution", firstContactResolution({ windowDays: 3 }) as ContactAggregate<unknown, unknown>],
  ["complaintsAndCompliments", complaintsAndCompliments() as ContactAggregate<unknown, unknown>],
  ["contactCost", contactCost(SOCITM_2012_UNIT_COSTS) as ContactAggregate<unknown, unknown>],
  ["contactSummary", contactSummary({ unitCosts: SOCITM_2012_UNIT_COSTS }) as ContactAggregate<unknown, unknown>],
];

const runs = { numRuns: 100 };

describe.each(aggregates)("%s", (_, aggregate) => {
  const state = (contacts: readonly Contact[]) => accumulate(contacts, aggregate);
  const result = (s: unknown) => aggregate.result(s);

  it("empty is the identity of merge", () => {
    fc.assert(
      fc.property(contactsArb, (xs) => {
        expect(result(aggregate.merge(aggregate.empty(), state(xs)))).toEqual(result(state(xs)));
        expect(result(aggregate.merge(state(xs), aggregate.empty()))).toEqual(result(state(xs)));
      }),
      runs,
    );
  });

  it("merge is associative", () => {
    fc.assert(
      fc.property(contactsArb, contactsArb, contactsArb, (a, b, c) => {
        const left = aggregate.merge(aggregate.merge(state(a), state(b)), state(c));
        const right = aggregate.merge(state(a), aggregate.merge(state(b), state(c)));
        expect(result(left)).toEqual(result(right));
      }),
      runs,
    );
  });

  it("merge is commutative", () => {
    fc.assert(
      fc.property(contactsArb, contactsArb, (a, b) => {
        expect(result(aggregate.merge(state(a), state(b)))).toEqual(result(aggregate.merge(state(b), state(a))));
      }),
      runs,
    );
  });

  it("any split, merged, equals one pass", () => {
    fc.assert(
      fc.property(contactsArb, fc.nat(), (xs, at) => {
        const cut = xs.length === 0 ? 0 : at % (xs.length + 1);
        const merged = aggregate.merge(state(xs.slice(0, cut)), state(xs.slice(cut)));
        expect(result(merged)).toEqual(result(state(xs)));
      }),
      runs,
    );
  });

  it("the order of the records does not change the result", () => {
    fc.assert(
      fc.property(
        contactsArb.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))),
        ([xs, shuffled]) => {
          expect(result(state(shuffled))).toEqual(result(state(xs)));
        },
      ),
      runs,
    );
  });

  it("a state survives a JSON round trip and merges exactly", () => {
    fc.assert(
      fc.property(contactsArb, contactsArb, (a, b) => {
        const sent = JSON.parse(JSON.stringify(state(a)));
        expect(result(sent)).toEqual(result(state(a)));
        expect(result(aggregate.merge(sent, state(b)))).toEqual(result(state([...a, ...b])));
        expect(result(accumulate(b, aggregate, JSON.parse(JSON.stringify(state(a)))))).toEqual(
          result(state([...a, ...b])),
        );
      }),
      runs,
    );
  });

  it("reads contact columns to the same result as the contacts", () => {
    fc.assert(
      fc.property(contactsArb, (xs) => {
        const unique = xs.map((c, i) => ({ ...c, id: `c-${i}` }) as Contact);
        expect(result(accumulate(contactColumns(unique), aggregate))).toEqual(result(state(unique)));
      }),
      runs,
    );
  });

  it("does not change the states it merges", () => {
    fc.assert(
      fc.property(contactsArb, contactsArb, (a, b) => {
        const sa = state(a);
        const sb = state(b);
        const before = JSON.stringify([sa, sb]);
        aggregate.merge(sa, sb);
        expect(JSON.stringify([sa, sb])).toBe(before);
      }),
      runs,
    );
  });
});
