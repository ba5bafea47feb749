import { describe, expect, it } from "vitest";
import { occupancy } from "../../src/staffing/index.js";

describe("occupancy", () => {
  it("is traffic ÷ agents: 10 Erlangs on 14 agents are busy 71.4% of the time", () => {
    expect(occupancy({ trafficErlangs: 10, agents: 14 })).toBeCloseTo(10 / 14, 15);
  });

  it("is 1 when agents ≤ traffic and 0 with no traffic", () => {
    expect(occupancy({ trafficErlangs: 10, agents: 8 })).toBe(1);
    expect(occupancy({ trafficErlangs: 10, agents: 0 })).toBe(1);
    expect(occupancy({ trafficErlangs: 0, agents: 0 })).toBe(0);
    expect(occupancy({ trafficErlangs: 0, agents: 5 })).toBe(0);
  });

  it("rejects negative traffic and fractional agents with a RangeError naming the option", () => {
    expect(() => occupancy({ trafficErlangs: -1, agents: 5 })).toThrow(/trafficErlangs .* got -1/);
    expect(() => occupancy({ trafficErlangs: 1, agents: 0.5 })).toThrow(/agents must be a whole number ≥ 0, got 0.5/);
  });
});
