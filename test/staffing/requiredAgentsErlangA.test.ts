import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { RequiredAgentsErlangAOptions } from "../../src/staffing/index.js";
import { erlangA, requiredAgents, requiredAgentsErlangA } from "../../src/staffing/index.js";
import { referenceErlangA } from "./reference.js";

// 360 calls per half-hour at 240 s is 48 Erlangs; callers wait two minutes on average before hanging up.
const base: RequiredAgentsErlangAOptions = { calls: 360, intervalSeconds: 1800, ahtSeconds: 240, patienceSeconds: 120 };

describe("requiredAgentsErlangA", () => {
  it("cuts unanswered calls from 30% to 5% by going from 34 to 50 agents (checked against the 40-digit birth–death chain)", () => {
    expect(requiredAgentsErlangA({ ...base, maxAbandonment: 0.3 }).agents).toBe(34);
    expect(referenceErlangA(48, 34, 240, 120, 0).abandonmentProbability).toBeLessThanOrEqual(0.3);
    expect(referenceErlangA(48, 33, 240, 120, 0).abandonmentProbability).toBeGreaterThan(0.3);
    const five = requiredAgentsErlangA({ ...base, maxAbandonment: 0.05 });
    expect(five.agents).toBe(50);
    expect(referenceErlangA(48, 50, 240, 120, 0).abandonmentProbability).toBeLessThanOrEqual(0.05);
    expect(referenceErlangA(48, 49, 240, 120, 0).abandonmentProbability).toBeGreaterThan(0.05);
    expect(five.trafficErlangs).toBe(48);
  });

  it("needs fewer agents than Erlang C for 80/20 when callers hang up (49 against 54), counting abandoned calls as missed", () => {
    const withAbandonment = requiredAgentsErlangA({ ...base, serviceLevel: 0.8, targetSeconds: 20 });
    expect(withAbandonment.agents).toBe(49);
    expect(referenceErlangA(48, 49, 240, 120, 20).serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(referenceErlangA(48, 48, 240, 120, 20).serviceLevel).toBeLessThan(0.8);
    expect(requiredAgents({ ...base, serviceLevel: 0.8, targetSeconds: 20 }).agents).toBe(54);
  });

  it("meets an ASA target on answered calls and schedules for shrinkage", () => {
    const result = requiredAgentsErlangA({ ...base, maxAsaSeconds: 10, shrinkage: 0.3 });
    expect(result.averageSpeedOfAnswerSeconds).toBeLessThanOrEqual(10);
    expect(
      erlangA({
        trafficErlangs: 48,
        agents: result.agents - 1,
        ahtSeconds: 240,
        patienceSeconds: 120,
        targetSeconds: 0,
      }).averageSpeedOfAnswerSeconds,
    ).toBeGreaterThan(10);
    expect(result.scheduledAgents).toBe(Math.ceil(result.agents / 0.7 - 1e-9));
  });

  it("respects an occupancy cap", () => {
    const result = requiredAgentsErlangA({ ...base, maxAbandonment: 0.3, maxOccupancy: 0.85 });
    expect(result.occupancy).toBeLessThanOrEqual(0.85);
    expect(
      erlangA({
        trafficErlangs: 48,
        agents: result.agents - 1,
        ahtSeconds: 240,
        patienceSeconds: 120,
        targetSeconds: 0,
      }).occupancy,
    ).toBeGreaterThan(0.85);
  });

  it("needs 0 agents for zero calls", () => {
    expect(requiredAgentsErlangA({ ...base, calls: 0, maxAbandonment: 0.05 })).toMatchObject({
      agents: 0,
      scheduledAgents: 0,
      abandonmentProbability: 0,
      serviceLevel: 1,
    });
  });

  it("with infinite patience equals requiredAgents (Erlang C) for the same targets", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.double({ min: 0.05, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (calls, target, seconds) => {
          const options = {
            calls,
            intervalSeconds: 1800,
            ahtSeconds: 300,
            serviceLevel: target,
            targetSeconds: seconds,
          };
          expect(requiredAgentsErlangA({ ...options, patienceSeconds: Infinity }).agents).toBe(
            requiredAgents(options).agents,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it("is minimal: its agents meet every target and one fewer misses one", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 3000, noNaN: true }),
        fc.double({ min: 10, max: 600, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.double({ min: 0.3, max: 0.95, noNaN: true }),
        (calls, patienceSeconds, maxAbandonment, target) => {
          const options = {
            calls,
            intervalSeconds: 1800,
            ahtSeconds: 300,
            patienceSeconds,
            maxAbandonment,
            serviceLevel: target,
            targetSeconds: 20,
          };
          const result = requiredAgentsErlangA(options);
          const ok = (n: number): boolean => {
            const r = erlangA({
              trafficErlangs: result.trafficErlangs,
              agents: n,
              ahtSeconds: 300,
              patienceSeconds,
              targetSeconds: 20,
            });
            return r.abandonmentProbability <= maxAbandonment && r.serviceLevel >= target;
          };
          expect(ok(result.agents)).toBe(true);
          expect(ok(result.agents - 1)).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([
    [{}, /one of maxAbandonment, serviceLevel or maxAsaSeconds must be set, got none/],
    [{ serviceLevel: 0.8 }, /targetSeconds must be set when serviceLevel is, got undefined/],
    [{ maxAbandonment: 0 }, /maxAbandonment must be in \(0, 1\], got 0/],
    [{ maxAbandonment: 0.05, patienceSeconds: -1 }, /patienceSeconds must be > 0/],
    [{ maxAbandonment: 0.05, calls: -5 }, /calls must be a finite number ≥ 0, got -5/],
    [{ maxAbandonment: 0.05, shrinkage: 1 }, /shrinkage must be in \[0, 1\), got 1/],
    [{ maxAsaSeconds: -1 }, /maxAsaSeconds must be a finite number > 0, got -1/],
  ])("rejects %o with a RangeError naming the option", (change, message) => {
    expect(() => requiredAgentsErlangA({ ...base, ...change })).toThrow(RangeError);
    expect(() => requiredAgentsErlangA({ ...base, ...change })).toThrow(message);
  });
});

describe("requiredAgentsErlangA bounds its work", () => {
  it("refuses an occupancy cap that would need more than 10 million agents with a RangeError", () => {
    expect(() => requiredAgentsErlangA({ ...base, maxAsaSeconds: 20, maxOccupancy: 1e-9 })).toThrow(
      "requiredAgentsErlangA for 48 Erlangs would need more than 10,000,000 steps: check the inputs",
    );
  });

  it("finds the fewest agents for a huge centre by halving the gap: 480,000 Erlangs with ASA ≤ 1 s", () => {
    const options = { ...base, calls: 3.6e6, maxAsaSeconds: 1 };
    const result = requiredAgentsErlangA(options);
    expect(result.averageSpeedOfAnswerSeconds).toBeLessThanOrEqual(1);
    const fewer = erlangA({
      trafficErlangs: 480000,
      agents: result.agents - 1,
      ahtSeconds: 240,
      patienceSeconds: 120,
      targetSeconds: 0,
    });
    expect(fewer.averageSpeedOfAnswerSeconds).toBeGreaterThan(1);
  });

  it("refuses null options with a RangeError", () => {
    expect(() => requiredAgentsErlangA(null as never)).toThrow("options must be an object or undefined, got null");
  });
});
