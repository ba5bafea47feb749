import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { erlangB, erlangC, serviceLevel } from "../../src/staffing/index.js";
import { referenceErlangB } from "./reference.js";

describe("erlangB", () => {
  it("matches the Erlang B table: 10 Erlangs lose 1.29% on 17 lines and 0.71% on 18", () => {
    // Erlang B tables give 9.685 E on 17 lines and 10.437 E on 18 lines at a 1% grade of service,
    // so 10 E is just above 1% on 17 lines and below it on 18.
    expect(erlangB(10, 17)).toBeCloseTo(0.0129, 4);
    expect(erlangB(10, 18)).toBeCloseTo(0.00714, 5);
  });

  it("gives 4/19 for 2 Erlangs on 3 lines (worked by hand: B1 = 2/3, B2 = 2/5, B3 = 4/19)", () => {
    expect(erlangB(2, 3)).toBeCloseTo(4 / 19, 15);
  });

  it("loses every call with no lines and none with no traffic", () => {
    expect(erlangB(7.5, 0)).toBe(1);
    expect(erlangB(0, 0)).toBe(1);
    expect(erlangB(0, 3)).toBe(0);
  });

  it.each([
    [1, 3],
    [48, 55],
    [100, 150],
    [499.7, 540],
    [2000, 1990],
    [9999.5, 10_000],
    [10_000, 10_200],
    [10_000, 9_000],
  ])("is exact to 1e-12 at %s Erlangs on %s lines (against the 40-digit textbook sum)", (a, n) => {
    expect(Math.abs(erlangB(a, n) - referenceErlangB(a, n))).toBeLessThan(1e-12);
  });

  it("reaches 0 without NaN far beyond the traffic, and stops early for a huge line count", () => {
    expect(erlangB(10, 1000)).toBe(0);
    expect(erlangB(10_000, Number.MAX_SAFE_INTEGER)).toBe(0);
  });

  it("lies in [0, 1], falls as lines are added and rises with traffic (finite up to 10,000 Erlangs)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10_000, noNaN: true }), fc.integer({ min: 0, max: 10_500 }), (a, n) => {
        const b = erlangB(a, n);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(1);
        expect(erlangB(a, n + 1)).toBeLessThanOrEqual(b);
        expect(erlangB(a * 1.01 + 0.01, n)).toBeGreaterThanOrEqual(b);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    [-1, 3, /trafficErlangs must be in \[0, 1000000\] Erlangs, got -1/],
    [Number.NaN, 3, /trafficErlangs .* got NaN/],
    [Infinity, 3, /trafficErlangs .* got Infinity/],
    [2_000_000, 3, /trafficErlangs .* got 2000000/],
    [10, 2.5, /agents must be a whole number ≥ 0, got 2.5/],
    [10, -1, /agents must be a whole number ≥ 0, got -1/],
  ])("rejects traffic %s on %s lines with a RangeError naming the option", (a, n, message) => {
    expect(() => erlangB(a, n)).toThrow(RangeError);
    expect(() => erlangB(a, n)).toThrow(message);
  });
});

describe("erlangB and its kin refuse what is not a number", () => {
  it("refuses a null-prototype object as traffic with a RangeError, not a TypeError", () => {
    expect(() => erlangB(Object.create(null), 1)).toThrow(
      "trafficErlangs must be in [0, 1000000] Erlangs, got an object",
    );
  });

  it("refuses a Symbol as traffic to erlangC with a RangeError", () => {
    expect(() => erlangC(Symbol() as never, 1)).toThrow("trafficErlangs must be in [0, 1000000] Erlangs, got Symbol()");
  });

  it("refuses null options to serviceLevel with a RangeError", () => {
    expect(() => serviceLevel(null as never)).toThrow("options must be an object or undefined, got null");
  });
});
