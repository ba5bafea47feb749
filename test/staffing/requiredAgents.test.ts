import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { RequiredAgentsOptions } from "../../src/staffing/index.js";
import { averageSpeedOfAnswer, requiredAgents, serviceLevel } from "../../src/staffing/index.js";

const reference: RequiredAgentsOptions = {
  calls: 100,
  intervalSeconds: 1800,
  ahtSeconds: 180,
  serviceLevel: 0.8,
  targetSeconds: 20,
  maxOccupancy: 0.85,
  shrinkage: 0.3,
};

describe("requiredAgents", () => {
  it("staffs 100 calls in 30 minutes at 180 s, 80/20, 85% occupancy, 30% shrinkage with 14 agents, 20 scheduled (issue 4)", () => {
    const result = requiredAgents(reference);
    expect(result.agents).toBe(14);
    expect(result.scheduledAgents).toBe(20);
    expect(result.trafficErlangs).toBe(10);
    expect(result.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(result.occupancy).toBeCloseTo(0.714, 3);
    expect(result.waitProbability).toBeCloseTo(0.1741, 4);
  });

  it("adds agents until 80% are answered in 20 s: 360 calls per half-hour at 240 s need 54 (issue 4)", () => {
    expect(
      requiredAgents({ calls: 360, intervalSeconds: 1800, ahtSeconds: 240, serviceLevel: 0.8, targetSeconds: 20 })
        .agents,
    ).toBe(54);
  });

  it("needs 4 agents for 60 calls in 30 minutes at 60 s, 80% in 30 s (worked by hand)", () => {
    // A = 2. N = 3: C = 4/9, SL = 1 − (4/9)e^(−0.5) = 0.730 < 0.8. N = 4: C = 4/23, SL = 1 − (4/23)e^(−1) = 0.936.
    const result = requiredAgents({
      calls: 60,
      intervalSeconds: 1800,
      ahtSeconds: 60,
      serviceLevel: 0.8,
      targetSeconds: 30,
    });
    expect(result).toEqual({
      agents: 4,
      scheduledAgents: 4,
      trafficErlangs: 2,
      serviceLevel: expect.closeTo(1 - (4 / 23) * Math.exp(-1), 14),
      averageSpeedOfAnswerSeconds: expect.closeTo(((4 / 23) * 60) / 2, 12),
      occupancy: 0.5,
      waitProbability: expect.closeTo(4 / 23, 14),
    });
  });

  it("adds an agent for an ASA target: 5 s needs 5 agents where 80/30 needs 4 (worked by hand)", () => {
    // N = 4: ASA = (4/23)·60/2 = 5.22 s > 5 s. N = 5: C = 4/67, ASA = (4/67)·60/3 = 1.19 s.
    const result = requiredAgents({
      calls: 60,
      intervalSeconds: 1800,
      ahtSeconds: 60,
      serviceLevel: 0.8,
      targetSeconds: 30,
      maxAsaSeconds: 5,
    });
    expect(result.agents).toBe(5);
    expect(result.averageSpeedOfAnswerSeconds).toBeCloseTo(80 / 67, 12);
  });

  it("adds agents for an occupancy cap: 10 Erlangs at no more than 60% need 17", () => {
    expect(requiredAgents({ ...reference, maxOccupancy: 0.6 }).agents).toBe(17);
  });

  it("meets an occupancy cap exactly as the decimals say: 2.1 Erlangs at 70% fit on 3 agents (2.1/3 is 0.7000000000000001 in floats)", () => {
    expect(
      requiredAgents({
        calls: 21,
        intervalSeconds: 1800,
        ahtSeconds: 180,
        serviceLevel: 0.1,
        targetSeconds: 0,
        maxOccupancy: 0.7,
      }).agents,
    ).toBe(3);
  });

  it("schedules ceil(agents ÷ (1 − shrinkage)), not agents × (1 + shrinkage): 21 agents at 30% shrinkage schedule 30", () => {
    const result = requiredAgents({ ...reference, calls: 164 });
    expect(result.agents).toBe(21);
    expect(result.scheduledAgents).toBe(30); // 21 × 1.3 would give 28, 2 short
  });

  it("needs 0 agents and returns no NaN for zero calls", () => {
    expect(requiredAgents({ ...reference, calls: 0 })).toEqual({
      agents: 0,
      scheduledAgents: 0,
      trafficErlangs: 0,
      serviceLevel: 1,
      averageSpeedOfAnswerSeconds: 0,
      occupancy: 0,
      waitProbability: 0,
    });
  });

  it("finds the fewest agents even when its first guess overshoots (a 100% target: 182 agents for 100 Erlangs)", () => {
    const options = { calls: 1000, intervalSeconds: 1800, ahtSeconds: 180, serviceLevel: 1, targetSeconds: 18 };
    const result = requiredAgents(options);
    expect(result.agents).toBe(182);
    expect(serviceLevel({ trafficErlangs: 100, agents: 181, ahtSeconds: 180, targetSeconds: 18 })).toBeLessThan(1);
  });

  it("does not mutate its options", () => {
    const options = Object.freeze({ ...reference });
    requiredAgents(options);
    expect(options).toEqual(reference);
  });

  const scenario = fc.record({
    calls: fc.double({ min: 0, max: 60_000, noNaN: true }),
    ahtSeconds: fc.double({ min: 20, max: 900, noNaN: true }),
    serviceLevel: fc.double({ min: 0.05, max: 0.99, noNaN: true }),
    targetSeconds: fc.double({ min: 0, max: 120, noNaN: true }),
    maxOccupancy: fc.option(fc.double({ min: 0.5, max: 1, noNaN: true }), { nil: undefined }),
    maxAsaSeconds: fc.option(fc.double({ min: 1, max: 300, noNaN: true }), { nil: undefined }),
    shrinkage: fc.double({ min: 0, max: 0.6, noNaN: true }),
  });
  const meets = (
    a: number,
    n: number,
    o: {
      ahtSeconds: number;
      serviceLevel: number;
      targetSeconds: number;
      maxOccupancy?: number | undefined;
      maxAsaSeconds?: number | undefined;
    },
  ): boolean =>
    n > a &&
    serviceLevel({ trafficErlangs: a, agents: n, ahtSeconds: o.ahtSeconds, targetSeconds: o.targetSeconds }) >=
      o.serviceLevel &&
    averageSpeedOfAnswer({ trafficErlangs: a, agents: n, ahtSeconds: o.ahtSeconds }) <= (o.maxAsaSeconds ?? Infinity) &&
    a / n <= (o.maxOccupancy ?? 1) * (1 + 1e-12);

  it("is minimal: its agents meet every target and one fewer misses one", () => {
    fc.assert(
      fc.property(scenario, (o) => {
        const options = { ...o, intervalSeconds: 1800 };
        const result = requiredAgents(options);
        if (result.trafficErlangs === 0) return;
        expect(meets(result.trafficErlangs, result.agents, o)).toBe(true);
        expect(meets(result.trafficErlangs, result.agents - 1, o)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("schedules at least the agents it needs: scheduledAgents ≥ agents, and scheduledAgents × (1 − shrinkage) covers them", () => {
    fc.assert(
      fc.property(scenario, (o) => {
        const result = requiredAgents({ ...o, intervalSeconds: 1800 });
        expect(result.scheduledAgents).toBeGreaterThanOrEqual(result.agents);
        expect(result.scheduledAgents * (1 - o.shrinkage)).toBeGreaterThanOrEqual(result.agents * (1 - 1e-12));
        expect((result.scheduledAgents - 1) * (1 - o.shrinkage)).toBeLessThan(result.agents);
      }),
      { numRuns: 300 },
    );
  });

  it("returns finite numbers, never NaN, for traffic up to 10,000 Erlangs", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        fc.double({ min: 0.05, max: 0.999, noNaN: true }),
        (a, target) => {
          const result = requiredAgents({
            calls: a * 6,
            intervalSeconds: 1800,
            ahtSeconds: 300,
            serviceLevel: target,
            targetSeconds: 20,
          });
          for (const value of Object.values(result)) expect(Number.isFinite(value)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each([
    [{ calls: -1 }, /calls must be a finite number ≥ 0, got -1/],
    [{ calls: Number.NaN }, /calls must be a finite number ≥ 0, got NaN/],
    [{ intervalSeconds: 0 }, /intervalSeconds must be a finite number > 0, got 0/],
    [{ ahtSeconds: 0 }, /ahtSeconds must be a finite number > 0, got 0/],
    [{ serviceLevel: 0 }, /serviceLevel must be in \(0, 1\], got 0/],
    [{ serviceLevel: 1.2 }, /serviceLevel must be in \(0, 1\], got 1.2/],
    [{ targetSeconds: -1 }, /targetSeconds must be a finite number ≥ 0, got -1/],
    [{ maxOccupancy: 0 }, /maxOccupancy must be in \(0, 1\], got 0/],
    [{ shrinkage: 1 }, /shrinkage must be in \[0, 1\), got 1/],
    [{ shrinkage: -0.1 }, /shrinkage must be in \[0, 1\), got -0.1/],
    [{ maxAsaSeconds: 0 }, /maxAsaSeconds must be a finite number > 0, got 0/],
    [
      { calls: 1e12 },
      /trafficErlangs \(calls × ahtSeconds ÷ intervalSeconds\) must be in \[0, 1000000\] Erlangs, got 100000000000/,
    ],
  ])("rejects %o with a RangeError naming the option and value", (change, message) => {
    expect(() => requiredAgents({ ...reference, ...change })).toThrow(RangeError);
    expect(() => requiredAgents({ ...reference, ...change })).toThrow(message);
  });
});

describe("requiredAgents on the paths a first guess can take", () => {
  it("corrects a square-root guess that overshoots: 590 Erlangs at 99.99999999995% answered at once need 772 agents, not the guess's 778", () => {
    const options = { calls: 590, intervalSeconds: 1, ahtSeconds: 1, serviceLevel: 0.9999999999995, targetSeconds: 0 };
    const result = requiredAgents(options);
    expect(result.agents).toBe(772);
    const at = (agents: number) => serviceLevel({ trafficErlangs: 590, agents, ahtSeconds: 1, targetSeconds: 0 });
    expect(at(771)).toBeLessThan(options.serviceLevel);
    expect(at(772)).toBeGreaterThanOrEqual(options.serviceLevel);
  });

  it("steps the occupancy floor down when the 1e-12 allowance lets one agent fewer through: 37.100000000037106 Erlangs at 70% need 53, not ceil(A ÷ 0.7) = 54", () => {
    const result = requiredAgents({
      calls: 37.100000000037106,
      intervalSeconds: 1,
      ahtSeconds: 1,
      serviceLevel: 0.05,
      targetSeconds: 1000,
      maxOccupancy: 0.7,
    });
    expect(result.agents).toBe(53);
    // 37.100000000037106 / 53 = 0.70000000000070…, within 0.7 × (1 + 1e-12).
    expect(37.100000000037106 / 53).toBeLessThanOrEqual(0.7 * (1 + 1e-12));
  });

  it("accepts an average speed of answer exactly at the cap: 360 calls at 240 s, 80/20, ASA ≤ 12.052315975050774 s keeps 54 agents", () => {
    const options = { calls: 360, intervalSeconds: 1800, ahtSeconds: 240, serviceLevel: 0.8, targetSeconds: 20 };
    expect(requiredAgents({ ...options, maxAsaSeconds: 12.052315975050774 }).agents).toBe(54);
    expect(requiredAgents({ ...options, maxAsaSeconds: 12.05231597505077 }).agents).toBe(55);
  });
});

describe("requiredAgents bounds its work", () => {
  it("refuses an occupancy cap of 1e-12 for 470,000 Erlangs (10^17 agents) with a RangeError naming maxOccupancy", () => {
    const options = {
      calls: 7003106,
      intervalSeconds: 34595,
      ahtSeconds: 2323,
      serviceLevel: 0.8,
      targetSeconds: 600,
      maxOccupancy: 1e-12,
    };
    expect(() => requiredAgents(options)).toThrow(
      /^maxOccupancy must be large enough that 470247\.58\d* Erlangs need at most 10,000,000 agents, got 1e-12$/,
    );
  });

  it("returns for a handle time of 5e-324 s (traffic ≈ 0, target ÷ AHT infinite): one agent", () => {
    const result = requiredAgents({
      calls: 1e7,
      intervalSeconds: 1800,
      ahtSeconds: 5e-324,
      serviceLevel: 0.8,
      targetSeconds: 20,
    });
    expect(result.agents).toBe(1);
    expect(result.serviceLevel).toBe(1);
  });

  it.each([null, undefined, 5, "calls"])("refuses options %o with a RangeError", (options) => {
    expect(() => requiredAgents(options as never)).toThrow("options must be an object or undefined, got ");
  });

  it("refuses a Symbol or a BigInt where a number belongs with a RangeError naming the option", () => {
    expect(() => requiredAgents({ ...reference, calls: Symbol("x") as never })).toThrow(
      "calls must be a finite number ≥ 0, got Symbol(x)",
    );
    expect(() => requiredAgents({ ...reference, ahtSeconds: 10n as never })).toThrow(
      "ahtSeconds must be a finite number > 0, got 10n",
    );
  });
});
