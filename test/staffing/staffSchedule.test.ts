import { describe, expect, it } from "vitest";
import type { StaffScheduleOptions } from "../../src/staffing/index.js";
import { requiredAgents, staffSchedule } from "../../src/staffing/index.js";

const options: StaffScheduleOptions = {
  intervalSeconds: 1800,
  ahtSeconds: 180,
  serviceLevel: 0.8,
  targetSeconds: 20,
  maxOccupancy: 0.85,
  shrinkage: 0.3,
};

describe("staffSchedule", () => {
  it("staffs each interval to the same targets and totals agent-hours (half-hours: agents × 0.5 h)", () => {
    // 100 calls at 180 s → 14 agents, 20 scheduled (issue 4); 0 calls → 0. Workload 200 × 180 s = 10 h.
    const schedule = staffSchedule([100, 0, 100], options);
    expect(schedule.intervals.map((i) => [i.calls, i.agents, i.scheduledAgents])).toEqual([
      [100, 14, 20],
      [0, 0, 0],
      [100, 14, 20],
    ]);
    expect(schedule.totals).toEqual({
      calls: 200,
      workloadHours: 10,
      agentHours: 14,
      scheduledAgentHours: 20,
      peakAgents: 14,
      peakScheduledAgents: 20,
    });
  });

  it("lets an interval carry its own AHT and a label", () => {
    const schedule = staffSchedule([{ calls: 60, ahtSeconds: 60, label: "Mon 09:00" }, 100], {
      ...options,
      targetSeconds: 30,
      maxOccupancy: 1,
      shrinkage: 0,
    });
    // 60 calls at 60 s, 80% in 30 s: 4 agents, worked by hand in requiredAgents.test.ts.
    expect(schedule.intervals[0]).toMatchObject({ label: "Mon 09:00", calls: 60, agents: 4, trafficErlangs: 2 });
    expect(schedule.intervals[1]).not.toHaveProperty("label");
    expect(schedule.totals.workloadHours).toBeCloseTo((60 * 60 + 100 * 180) / 3600, 12);
  });

  it("gives every interval exactly what requiredAgents gives it", () => {
    const calls = [3, 17, 42, 99, 250, 800];
    const schedule = staffSchedule(calls, options);
    schedule.intervals.forEach((interval, i) => {
      const { calls: _calls, ...requirement } = interval;
      expect(requirement).toEqual(requiredAgents({ ...options, calls: calls[i]! }));
    });
  });

  it("returns empty totals for an empty profile", () => {
    expect(staffSchedule([], options).totals).toEqual({
      calls: 0,
      workloadHours: 0,
      agentHours: 0,
      scheduledAgentHours: 0,
      peakAgents: 0,
      peakScheduledAgents: 0,
    });
  });

  it("names the interval and the option in its RangeError", () => {
    expect(() => staffSchedule([10, -1], options)).toThrow(RangeError);
    expect(() => staffSchedule([10, -1], options)).toThrow(/intervals\[1\]: calls must be a finite number ≥ 0, got -1/);
    expect(() => staffSchedule([10], { ...options, shrinkage: 1.5 })).toThrow(
      /intervals\[0\]: shrinkage must be in \[0, 1\), got 1.5/,
    );
  });

  it("does not mutate its intervals or options", () => {
    const intervals = Object.freeze([Object.freeze({ calls: 100, label: "a" }), 50]);
    const frozen = Object.freeze({ ...options });
    staffSchedule(intervals, frozen);
    expect(intervals).toEqual([{ calls: 100, label: "a" }, 50]);
    expect(frozen).toEqual(options);
  });
});
