import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { averageSpeedOfAnswer } from "../../src/staffing/index.js";

describe("averageSpeedOfAnswer", () => {
  it("is 8.18 s at 48 Erlangs on 55 agents, AHT 240 s (published example: 8.184 s)", () => {
    expect(averageSpeedOfAnswer({ trafficErlangs: 48, agents: 55, ahtSeconds: 240 })).toBeCloseTo(8.184, 3);
  });

  it("is (4/9)·60 s for 2 Erlangs on 3 agents with AHT 60 s (worked by hand: C·AHT/(N − A))", () => {
    expect(averageSpeedOfAnswer({ trafficErlangs: 2, agents: 3, ahtSeconds: 60 })).toBeCloseTo(80 / 3, 12);
  });

  it("is Infinity when agents ≤ traffic, as documented, and 0 with no traffic", () => {
    expect(averageSpeedOfAnswer({ trafficErlangs: 10, agents: 10, ahtSeconds: 180 })).toBe(Infinity);
    expect(averageSpeedOfAnswer({ trafficErlangs: 0, agents: 1, ahtSeconds: 180 })).toBe(0);
  });

  it("falls as agents are added (monotone), finite above the traffic", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5000, noNaN: true }), fc.integer({ min: 1, max: 200 }), (a, extra) => {
        const n = Math.floor(a) + extra;
        const asa = averageSpeedOfAnswer({ trafficErlangs: a, agents: n, ahtSeconds: 300 });
        expect(Number.isFinite(asa)).toBe(true);
        expect(averageSpeedOfAnswer({ trafficErlangs: a, agents: n + 1, ahtSeconds: 300 })).toBeLessThanOrEqual(asa);
      }),
    );
  });

  it("rejects AHT ≤ 0 with a RangeError naming ahtSeconds", () => {
    expect(() => averageSpeedOfAnswer({ trafficErlangs: 10, agents: 14, ahtSeconds: -1 })).toThrow(
      /ahtSeconds must be a finite number > 0, got -1/,
    );
  });
});
