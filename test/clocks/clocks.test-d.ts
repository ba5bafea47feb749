import { describe, expectTypeOf, it } from "vitest";
import type {
  Clock,
  ClockStatus,
  LateStatus,
  OnTimeStatus,
  Regime,
  RegimeName,
  StatutoryRegime,
} from "../../src/clocks/index.js";
import { clockStatus, dueDate, startClock } from "../../src/clocks/index.js";

describe("clocks types", () => {
  it("dueDate is a day or null (while paused)", () => {
    expectTypeOf(dueDate(startClock("foi", "2025-03-03"))).toEqualTypeOf<string | null>();
  });

  it("a regime is a statutory name or a custom service level, never any string", () => {
    expectTypeOf<"foi">().toExtend<Regime>();
    expectTypeOf<{ name: "bin"; unit: "working-days"; limit: 2 }>().toExtend<Regime>();
    expectTypeOf<string>().not.toExtend<Regime>();
    expectTypeOf<string>().toExtend<RegimeName>();
    // @ts-expect-error: "fio" is not a regime
    startClock("fio", "2025-03-03");
    // @ts-expect-error: a custom regime needs a unit
    startClock({ name: "bin", limit: 2 }, "2025-03-03");
  });

  it("the status is a union on status: days left only when on time, late only when late", () => {
    const status: ClockStatus = clockStatus(startClock("foi", "2025-03-03"), "2025-03-10");
    if (status.status === "running" || status.status === "due-soon" || status.status === "met") {
      expectTypeOf(status).toEqualTypeOf<OnTimeStatus>();
      expectTypeOf(status.workingDaysLeft).toBeNumber();
    } else if (status.status === "overdue" || status.status === "missed") {
      expectTypeOf(status).toEqualTypeOf<LateStatus>();
      expectTypeOf(status.workingDaysLate).toBeNumber();
    } else {
      expectTypeOf(status.status).toEqualTypeOf<"paused">();
      // @ts-expect-error: a paused clock has no days left
      void status.workingDaysLeft;
    }
  });

  it("a clock is readonly data", () => {
    const clock: Clock = startClock("sar", "2025-01-31");
    // @ts-expect-error: clocks are readonly
    clock.received = "2025-02-01";
    expectTypeOf<Clock["regime"]>().toEqualTypeOf<Regime>();
    expectTypeOf<StatutoryRegime>().toEqualTypeOf<
      "foi" | "foisa" | "eir" | "sar" | "complaint-stage-1" | "complaint-stage-2"
    >();
  });
});
