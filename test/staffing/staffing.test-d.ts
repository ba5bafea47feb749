import { describe, expectTypeOf, it } from "vitest";
import type {
  AnnualStaffingOptions,
  ErlangAResult,
  RequiredAgentsOptions,
  ScheduledInterval,
  StaffingRequirement,
  Weekday,
} from "../../src/staffing/index.js";
import { annualStaffing, erlangA, erlangB, requiredAgents, staffSchedule } from "../../src/staffing/index.js";

describe("staffing types", () => {
  it("takes positional numbers for Erlang B and an options object for requiredAgents", () => {
    expectTypeOf(erlangB).parameters.toEqualTypeOf<[number, number]>();
    expectTypeOf(requiredAgents).parameter(0).toEqualTypeOf<RequiredAgentsOptions>();
    expectTypeOf(requiredAgents).returns.toEqualTypeOf<StaffingRequirement>();
    expectTypeOf(erlangA).returns.toEqualTypeOf<ErlangAResult>();
  });

  it("requires the targets and allows the optional caps to be absent or undefined", () => {
    const options: RequiredAgentsOptions = {
      calls: 1,
      intervalSeconds: 1800,
      ahtSeconds: 180,
      serviceLevel: 0.8,
      targetSeconds: 20,
      shrinkage: undefined,
    };
    expectTypeOf(options.maxOccupancy).toEqualTypeOf<number | undefined>();
    // @ts-expect-error serviceLevel is required
    const missing: RequiredAgentsOptions = { calls: 1, intervalSeconds: 1800, ahtSeconds: 180, targetSeconds: 20 };
    expectTypeOf(missing).toBeObject();
  });

  it("returns readonly results", () => {
    const result = requiredAgents({
      calls: 1,
      intervalSeconds: 1800,
      ahtSeconds: 180,
      serviceLevel: 0.8,
      targetSeconds: 20,
    });
    // @ts-expect-error results are readonly
    result.agents = 3;
    const schedule = staffSchedule([1], {
      intervalSeconds: 1800,
      ahtSeconds: 180,
      serviceLevel: 0.8,
      targetSeconds: 20,
    });
    expectTypeOf(schedule.intervals).toEqualTypeOf<readonly ScheduledInterval[]>();
    expectTypeOf(schedule.intervals[0]!.calls).toEqualTypeOf<number>();
  });

  it("names weekdays in full and keys opening hours by them", () => {
    expectTypeOf<"monday">().toExtend<Weekday>();
    // @ts-expect-error a weekday is spelled in full
    const short: Weekday = "mon";
    expectTypeOf(short).toBeString();
    expectTypeOf(annualStaffing).parameter(0).toEqualTypeOf<AnnualStaffingOptions>();
  });
});
