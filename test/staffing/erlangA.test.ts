import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { ErlangAOptions } from "../../src/staffing/index.js";
import { averageSpeedOfAnswer, erlangA, erlangC, serviceLevel } from "../../src/staffing/index.js";
import { referenceErlangA } from "./reference.js";

describe("erlangA", () => {
  // When mean patience equals the handle time, a caller leaves the system at rate μ whether waiting
  // or served, so the number in the system is that of M/M/∞: Poisson(A). From the Poisson tables,
  // A = 10: P(X ≥ 10) = 1 − 0.4579 = 0.5421, and P(Ab) = E[(X − 10)⁺]/10 = P(X = 10) = 0.1251.
  it("reduces to the Poisson (M/M/∞) tables when patience equals the handle time", () => {
    const result = erlangA({
      trafficErlangs: 10,
      agents: 10,
      ahtSeconds: 180,
      patienceSeconds: 180,
      targetSeconds: 20,
    });
    expect(result.waitProbability).toBeCloseTo(0.5421, 4);
    expect(result.abandonmentProbability).toBeCloseTo(0.1251, 4);
    // P(X = 10) = e^-10 · 10^10 / 10! exactly.
    expect(result.abandonmentProbability).toBeCloseTo((Math.exp(-10) * 1e10) / 3_628_800, 13);
  });

  it("gives P(wait) = 1 − e^-1 and P(Ab) = e^-1 for 1 Erlang on 1 agent with patience = AHT (worked by hand)", () => {
    const result = erlangA({ trafficErlangs: 1, agents: 1, ahtSeconds: 300, patienceSeconds: 300, targetSeconds: 0 });
    expect(result.waitProbability).toBeCloseTo(1 - Math.exp(-1), 14);
    expect(result.abandonmentProbability).toBeCloseTo(Math.exp(-1), 14);
    expect(result.averageWaitSeconds).toBeCloseTo(300 * Math.exp(-1), 11);
  });

  it.each([
    [10, 10, 180, 180, 20],
    [48, 50, 60, 120, 20],
    [48, 40, 240, 90, 20],
    [5, 3, 300, 60, 30],
    [100, 95, 200, 400, 15],
    [10, 14, 180, 1e6, 20],
    [2, 1, 100, 50, 0],
    [200, 150, 300, 600, 60],
    [0.5, 4, 600, 30, 300],
  ])(
    "agrees to 1e-12 with the 40-digit birth–death chain at %s Erlangs, %s agents, AHT %s s, patience %s s, target %s s",
    (a, n, aht, patience, target) => {
      const result = erlangA({
        trafficErlangs: a,
        agents: n,
        ahtSeconds: aht,
        patienceSeconds: patience,
        targetSeconds: target,
      });
      const expected = referenceErlangA(a, n, aht, patience, target);
      expect(Math.abs(result.waitProbability - expected.waitProbability)).toBeLessThan(1e-12);
      expect(Math.abs(result.abandonmentProbability - expected.abandonmentProbability)).toBeLessThan(1e-12);
      expect(Math.abs(result.serviceLevel - expected.serviceLevel)).toBeLessThan(1e-12);
      expect(Math.abs(result.averageSpeedOfAnswerSeconds - expected.averageSpeedOfAnswerSeconds)).toBeLessThan(
        1e-9 * expected.averageSpeedOfAnswerSeconds + 1e-12,
      );
    },
  );

  it("stays finite when agents ≤ traffic, where Erlang C has no answer: 48 Erlangs on 40 agents lose 18.6%", () => {
    const result = erlangA({ trafficErlangs: 48, agents: 40, ahtSeconds: 240, patienceSeconds: 90, targetSeconds: 20 });
    expect(result.abandonmentProbability).toBeCloseTo(0.1857, 4);
    expect(result.occupancy).toBeCloseTo((48 * (1 - result.abandonmentProbability)) / 40, 14);
    expect(result.averageWaitSeconds).toBeCloseTo(result.abandonmentProbability * 90, 12);
  });

  it("with no agents everyone abandons; with no traffic nobody waits", () => {
    expect(erlangA({ trafficErlangs: 5, agents: 0, ahtSeconds: 180, patienceSeconds: 60, targetSeconds: 20 })).toEqual({
      waitProbability: 1,
      abandonmentProbability: 1,
      serviceLevel: 0,
      averageSpeedOfAnswerSeconds: Infinity,
      averageWaitSeconds: 60,
      occupancy: 1,
    });
    expect(erlangA({ trafficErlangs: 0, agents: 3, ahtSeconds: 180, patienceSeconds: 60, targetSeconds: 20 })).toEqual({
      waitProbability: 0,
      abandonmentProbability: 0,
      serviceLevel: 1,
      averageSpeedOfAnswerSeconds: 0,
      averageWaitSeconds: 0,
      occupancy: 0,
    });
  });

  it("with no agents and infinite patience, everyone waits for ever and nobody hangs up (Erlang C's answer)", () => {
    expect(
      erlangA({ trafficErlangs: 5, agents: 0, ahtSeconds: 180, patienceSeconds: Infinity, targetSeconds: 20 }),
    ).toEqual({
      waitProbability: 1,
      abandonmentProbability: 0,
      serviceLevel: 0,
      averageSpeedOfAnswerSeconds: Infinity,
      averageWaitSeconds: Infinity,
      occupancy: 1,
    });
  });

  it("with infinite patience equals Erlang C, including an overloaded centre", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 2000, noNaN: true }),
        fc.integer({ min: 1, max: 2200 }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (a, n, target) => {
          const result = erlangA({
            trafficErlangs: a,
            agents: n,
            ahtSeconds: 240,
            patienceSeconds: Infinity,
            targetSeconds: target,
          });
          expect(result.waitProbability).toBe(erlangC(a, n));
          expect(result.abandonmentProbability).toBe(0);
          expect(result.serviceLevel).toBe(
            serviceLevel({ trafficErlangs: a, agents: n, ahtSeconds: 240, targetSeconds: target }),
          );
          expect(result.averageSpeedOfAnswerSeconds).toBe(
            averageSpeedOfAnswer({ trafficErlangs: a, agents: n, ahtSeconds: 240 }),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("converges to Erlang C as patience grows (patience 10⁹ × AHT, agents above traffic)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        fc.double({ min: 1.02, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (a, spare, target) => {
          const n = Math.ceil(a * spare) + 1;
          const result = erlangA({
            trafficErlangs: a,
            agents: n,
            ahtSeconds: 240,
            patienceSeconds: 240e9,
            targetSeconds: target,
          });
          expect(result.waitProbability).toBeCloseTo(erlangC(a, n), 6);
          expect(result.abandonmentProbability).toBeCloseTo(0, 6);
          expect(result.serviceLevel).toBeCloseTo(
            serviceLevel({ trafficErlangs: a, agents: n, ahtSeconds: 240, targetSeconds: target }),
            6,
          );
          expect(result.averageSpeedOfAnswerSeconds).toBeCloseTo(
            averageSpeedOfAnswer({ trafficErlangs: a, agents: n, ahtSeconds: 240 }),
            4,
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  const centre = fc.record({
    trafficErlangs: fc.double({ min: 0, max: 10_000, noNaN: true }),
    agents: fc.integer({ min: 0, max: 10_500 }),
    ahtSeconds: fc.double({ min: 30, max: 900, noNaN: true }),
    patienceSeconds: fc.double({ min: 5, max: 1800, noNaN: true }),
    targetSeconds: fc.double({ min: 0, max: 120, noNaN: true }),
  });

  it("returns probabilities in [0, 1] and finite waits, never NaN, for traffic up to 10,000 Erlangs", () => {
    fc.assert(
      fc.property(centre, (options) => {
        const result = erlangA(options);
        for (const p of [
          result.waitProbability,
          result.abandonmentProbability,
          result.serviceLevel,
          result.occupancy,
        ]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
        expect(result.serviceLevel).toBeLessThanOrEqual(1 - result.abandonmentProbability + 1e-12);
        expect(Number.isNaN(result.averageSpeedOfAnswerSeconds)).toBe(false);
        expect(Number.isFinite(result.averageWaitSeconds)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("abandonment falls and service level rises as agents are added (monotone)", () => {
    fc.assert(
      fc.property(centre, (options) => {
        const now = erlangA(options);
        const more = erlangA({ ...options, agents: options.agents + 1 });
        expect(more.abandonmentProbability).toBeLessThanOrEqual(now.abandonmentProbability + 1e-12);
        expect(more.serviceLevel).toBeGreaterThanOrEqual(now.serviceLevel - 1e-12);
      }),
      { numRuns: 150 },
    );
  });

  const base: ErlangAOptions = {
    trafficErlangs: 10,
    agents: 12,
    ahtSeconds: 180,
    patienceSeconds: 60,
    targetSeconds: 20,
  };
  it.each([
    [{ patienceSeconds: 0 }, /patienceSeconds must be > 0 \(Infinity for none\), got 0/],
    [{ patienceSeconds: Number.NaN }, /patienceSeconds must be > 0 \(Infinity for none\), got NaN/],
    [{ ahtSeconds: -3 }, /ahtSeconds must be a finite number > 0, got -3/],
    [{ targetSeconds: -1 }, /targetSeconds must be a finite number ≥ 0, got -1/],
    [{ agents: 2.5 }, /agents must be a whole number ≥ 0, got 2.5/],
    [
      { trafficErlangs: 2000, agents: 1000, patienceSeconds: 1e12 },
      /patienceSeconds is too long .* got 1000000000000; use Infinity/,
    ],
  ])("rejects %o with a RangeError naming the option", (change, message) => {
    expect(() => erlangA({ ...base, ...change })).toThrow(RangeError);
    expect(() => erlangA({ ...base, ...change })).toThrow(message);
  });
});
