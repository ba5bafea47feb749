import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { serviceLevel } from "../../src/staffing/index.js";

// Published example (0.2 calls/s, 240 s, 55 agents; issue 4 and Maxima's erlang package examples).
const published = { trafficErlangs: 48, agents: 55, ahtSeconds: 240 };

describe("serviceLevel", () => {
  it("answers 86.68% within 20 s and 84.59% within 15 s at 48 Erlangs on 55 agents", () => {
    expect(serviceLevel({ ...published, targetSeconds: 20 })).toBeCloseTo(0.8668, 4);
    expect(serviceLevel({ ...published, targetSeconds: 15 })).toBeCloseTo(0.8459, 4);
  });

  it("answers 88.84% within 20 s for 100 calls in 30 minutes at 180 s on 14 agents (issue 4)", () => {
    expect(serviceLevel({ trafficErlangs: 10, agents: 14, ahtSeconds: 180, targetSeconds: 20 })).toBeCloseTo(0.8884, 4);
  });

  it("gives 1 − (4/9)·e^(−1/2) for 2 Erlangs on 3 agents, AHT 60 s, within 30 s (worked by hand)", () => {
    expect(serviceLevel({ trafficErlangs: 2, agents: 3, ahtSeconds: 60, targetSeconds: 30 })).toBeCloseTo(
      1 - (4 / 9) * Math.exp(-0.5),
      14,
    );
  });

  it("is 1 − P(wait) with a target of 0 s, and 0 when agents ≤ traffic", () => {
    expect(serviceLevel({ trafficErlangs: 2, agents: 3, ahtSeconds: 60, targetSeconds: 0 })).toBeCloseTo(5 / 9, 14);
    expect(serviceLevel({ trafficErlangs: 10, agents: 10, ahtSeconds: 180, targetSeconds: 20 })).toBe(0);
  });

  it("rises with agents and falls with traffic (monotone, within [0, 1])", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 2000, noNaN: true }),
        fc.integer({ min: 0, max: 2200 }),
        fc.double({ min: 10, max: 900, noNaN: true }),
        fc.double({ min: 0, max: 120, noNaN: true }),
        (a, n, ahtSeconds, targetSeconds) => {
          const sl = serviceLevel({ trafficErlangs: a, agents: n, ahtSeconds, targetSeconds });
          expect(sl).toBeGreaterThanOrEqual(0);
          expect(sl).toBeLessThanOrEqual(1);
          expect(serviceLevel({ trafficErlangs: a, agents: n + 1, ahtSeconds, targetSeconds })).toBeGreaterThanOrEqual(
            sl,
          );
          expect(serviceLevel({ trafficErlangs: a * 1.05, agents: n, ahtSeconds, targetSeconds })).toBeLessThanOrEqual(
            sl,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    [{ ahtSeconds: 0 }, /ahtSeconds must be a finite number > 0, got 0/],
    [{ targetSeconds: -5 }, /targetSeconds must be a finite number ≥ 0, got -5/],
    [{ agents: 1.5 }, /agents must be a whole number ≥ 0, got 1.5/],
    [{ trafficErlangs: -2 }, /trafficErlangs must be in \[0, 1000000\] Erlangs, got -2/],
  ])("rejects %o with a RangeError naming the option and value", (change, message) => {
    expect(() => serviceLevel({ ...published, targetSeconds: 20, ...change })).toThrow(message);
  });
});
