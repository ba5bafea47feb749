import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { erlangB, erlangC } from "../../src/staffing/index.js";
import { referenceErlangC } from "./reference.js";

describe("erlangC", () => {
  it("gives P(wait) 0.2387 for 48 Erlangs on 55 agents (the published Erlang C worked example)", () => {
    // The textbook Erlang C example (0.2 calls/s, 240 s per call, 55 agents) as reproduced in the
    // examples of Maxima's erlang package: P(wait) = 0.2387, mean wait 8.184 s, P(W ≤ 15 s) = 0.8459.
    expect(erlangC(48, 55)).toBeCloseTo(0.2387, 4);
  });

  it("gives P(wait) 0.1741 for 100 calls in 30 minutes at 180 s on 14 agents (issue 4 reference)", () => {
    expect(erlangC(10, 14)).toBeCloseTo(0.1741, 4);
  });

  it("gives 4/9 for 2 Erlangs on 3 agents (worked by hand: (8/6·3) / (1 + 2 + 2 + 8/6·3))", () => {
    expect(erlangC(2, 3)).toBeCloseTo(4 / 9, 15);
  });

  it("is 1 when agents ≤ traffic: the queue never empties", () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangC(10.5, 10)).toBe(1);
    expect(erlangC(0, 0)).toBe(1);
  });

  it("is 0 with no traffic and at least one agent", () => {
    expect(erlangC(0, 1)).toBe(0);
  });

  it.each([
    [1, 2],
    [48, 55],
    [150, 165],
    [500, 530],
    [9999.5, 10_000],
    [10_000, 10_100],
    [10_000, 10_400],
  ])("is exact to 1e-12 at %s Erlangs on %s agents (against the 40-digit textbook formula)", (a, n) => {
    expect(Math.abs(erlangC(a, n) - referenceErlangC(a, n))).toBeLessThan(1e-12);
  });

  it("erlangC ≥ erlangB (waiting is at least as likely as blocking), both in [0, 1], never NaN", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10_000, noNaN: true }), fc.integer({ min: 0, max: 10_500 }), (a, n) => {
        const c = erlangC(a, n);
        expect(Number.isNaN(c)).toBe(false);
        expect(c).toBeLessThanOrEqual(1);
        expect(c).toBeGreaterThanOrEqual(erlangB(a, n));
      }),
      { numRuns: 300 },
    );
  });

  it("rejects a fractional agent count with a RangeError naming agents", () => {
    expect(() => erlangC(10, 12.5)).toThrow(/agents must be a whole number ≥ 0, got 12.5/);
  });
});
