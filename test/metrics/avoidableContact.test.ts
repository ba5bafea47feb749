import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AvoidableResult } from "../../src/avoidable/index.js";
import { accumulate, avoidableContact } from "../../src/metrics/index.js";
import { CHANNEL_CODES } from "../../src/taxonomy/index.js";

const resultArb: fc.Arbitrary<AvoidableResult> = fc
  .record({
    demand: fc.constantFrom("value", "avoidable", "none"),
    at: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 11, 31) }),
    channel: fc.constantFrom(...CHANNEL_CODES),
    serviceId: fc.option(fc.constantFrom("missed-bin", "council-tax"), { nil: undefined }),
  })
  .map(
    ({ demand, at, channel, serviceId }) =>
      ({
        contactId: "c",
        demand,
        rule: "no-rule",
        evidence: [],
        explanation: "",
        at,
        channel,
        ...(serviceId === undefined ? {} : { serviceId }),
        ...(demand === "avoidable" ? { reason: "progress-chasing" } : {}),
      }) as unknown as AvoidableResult,
  );
const resultsArb = fc.array(resultArb, { maxLength: 30 });

describe("avoidableContact", () => {
  const ni14 = avoidableContact();
  const state = (xs: readonly AvoidableResult[]) => accumulate(xs, ni14);

  it("counts 287 contacts, 96 of them avoidable, as NI 14 of 96/287", () => {
    const results = Array.from({ length: 287 }, (_, i) => ({
      contactId: `c-${i}`,
      demand: i < 96 ? "avoidable" : "value",
      ...(i < 96 ? { reason: "progress-chasing" } : {}),
      rule: "no-rule",
      evidence: [],
      explanation: "",
      at: Date.UTC(2024, 4, 1, 12),
      channel: i % 2 === 0 ? "telephone" : "email",
    })) as unknown as AvoidableResult[];
    const summary = ni14.result(state(results));
    expect([summary.total, summary.avoidable, summary.rate]).toEqual([287, 96, 96 / 287]);
    expect(summary.by.month).toEqual([{ key: "2024-05", count: 287, avoidable: 96, rate: 96 / 287 }]);
    expect(summary.by.channel).toEqual([
      { key: "email", count: 143, avoidable: 48, rate: 48 / 143 },
      { key: "telephone", count: 144, avoidable: 48, rate: 48 / 144 },
    ]);
  });

  it("leaves outbound contacts out of the measure", () => {
    const letter = {
      contactId: "l",
      demand: "none",
      rule: "outbound",
      evidence: [],
      explanation: "",
      at: 0,
      channel: "letter",
    };
    expect(ni14.result(state([letter as unknown as AvoidableResult]))).toEqual({
      total: 0,
      avoidable: 0,
      rate: null,
      by: { service: [], channel: [], reason: [], month: [] },
    });
  });

  it("merge is associative and commutative, empty its identity, and a split merged equals one pass", () => {
    fc.assert(
      fc.property(resultsArb, resultsArb, resultsArb, (a, b, c) => {
        const one = ni14.result(state([...a, ...b, ...c]));
        expect(ni14.result(ni14.merge(ni14.merge(state(a), state(b)), state(c)))).toEqual(one);
        expect(ni14.result(ni14.merge(state(c), ni14.merge(state(b), state(a))))).toEqual(one);
        expect(ni14.result(ni14.merge(ni14.empty(), state([...a, ...b, ...c])))).toEqual(one);
        expect(ni14.result(state([...c, ...a, ...b]))).toEqual(one);
      }),
      { numRuns: 100 },
    );
  });

  it("a state survives a JSON round trip", () => {
    fc.assert(
      fc.property(resultsArb, (a) => {
        expect(ni14.result(JSON.parse(JSON.stringify(state(a))))).toEqual(ni14.result(state(a)));
      }),
      { numRuns: 100 },
    );
  });
});
