import { describe, expect, it } from "vitest";
import type { ClockSet, CustomRegime } from "../../src/clocks/index.js";
import { applyClockEffects, ClockError, clockStatus, dueDate, startClock } from "../../src/clocks/index.js";
import { deepFreeze } from "./arbitraries.js";

const missedBin: CustomRegime = { name: "missed-bin", unit: "working-days", limit: 2 };
const at = (iso: string) => Date.parse(iso);

describe("applyClockEffects", () => {
  it("performs clock effects in order and skips the others", () => {
    const clocks = applyClockEffects({}, [
      { type: "start-clock", regime: "foi", at: at("2025-12-09T10:00:00Z") },
      { type: "notify-customer" },
      { type: "pause-clock", regime: "foi", at: at("2025-12-11T10:00:00Z") },
      { type: "resume-clock", regime: "foi", at: at("2025-12-15T10:00:00Z") },
      { type: "extend-clock", regime: "foi", at: at("2026-01-14T10:00:00Z") },
    ]);
    // The FOI over Christmas of informationRequests.test.ts: restarted on 15 Dec, extended by 20.
    expect(Object.keys(clocks)).toEqual(["foi"]);
    expect(dueDate(clocks.foi!)).toBe("2026-02-13");
    expect(clocks.foi!.events.map((event) => event.type)).toEqual(["pause", "resume", "extend"]);
  });

  it("acknowledges and stops a complaint clock", () => {
    const clocks = applyClockEffects({}, [
      { type: "start-clock", regime: "complaint-stage-1", at: "2025-06-02T09:00:00+01:00" },
      { type: "acknowledge-clock", regime: "complaint-stage-1", at: "2025-06-03T09:00:00+01:00" },
      { type: "stop-clock", regime: "complaint-stage-1", at: "2025-06-13T16:00:00+01:00" },
    ]);
    expect(clockStatus(clocks["complaint-stage-1"]!, "2025-06-20")).toMatchObject({
      status: "met",
      dueDate: "2025-06-17",
      workingDaysLeft: 2,
    });
  });

  it("starts a council's own service level with its division and closures", () => {
    const options = { regimes: [missedBin], division: "scotland", closures: ["2025-04-22"] } as const;
    const clocks = applyClockEffects({}, [{ type: "start-clock", regime: "missed-bin", at: "2025-04-17" }], options);
    // Scotland: 18 Apr (Good Friday) off, 21 Apr (1), 22 Apr closed, 23 Apr (2).
    expect(clocks["missed-bin"]).toMatchObject({ division: "scotland", closures: ["2025-04-22"] });
    expect(dueDate(clocks["missed-bin"]!)).toBe("2025-04-23");
  });

  it("gives a statutory clock the division the law fixes, whatever the council's", () => {
    const clocks = applyClockEffects({}, [{ type: "start-clock", regime: "foi", at: "2025-04-17" }], {
      division: "scotland",
      closures: ["2025-04-22"],
    });
    expect(clocks.foi).toMatchObject({ division: "united-kingdom", closures: [] });
    const sar = applyClockEffects({}, [{ type: "start-clock", regime: "sar", at: "2026-03-06" }], {
      division: "scotland",
    });
    expect(dueDate(sar.sar!)).toBe("2026-04-06");
  });

  it("keeps each regime's clock apart and replaces a stopped one on a new start", () => {
    const stage1 = applyClockEffects({}, [
      { type: "start-clock", regime: "complaint-stage-1", at: "2025-06-02" },
      { type: "stop-clock", regime: "complaint-stage-1", at: "2025-06-10" },
      { type: "start-clock", regime: "complaint-stage-2", at: "2025-06-20" },
    ]);
    expect(Object.keys(stage1)).toEqual(["complaint-stage-1", "complaint-stage-2"]);
    const again = applyClockEffects(stage1, [{ type: "start-clock", regime: "complaint-stage-1", at: "2025-07-01" }]);
    expect(again["complaint-stage-1"]).toEqual(startClock("complaint-stage-1", "2025-07-01"));
  });

  it("refuses to start a clock that is still going, or act on one never started", () => {
    const clocks = applyClockEffects({}, [{ type: "start-clock", regime: "foi", at: "2025-03-03" }]);
    expect(() => applyClockEffects(clocks, [{ type: "start-clock", regime: "foi", at: "2025-03-04" }])).toThrow(
      ClockError,
    );
    expect(() => applyClockEffects(clocks, [{ type: "start-clock", regime: "foi", at: "2025-03-04" }])).toThrow(
      /foi clock: its clock is still going/,
    );
    expect(() => applyClockEffects({}, [{ type: "stop-clock", regime: "sar", at: "2025-03-04" }])).toThrow(
      /sar clock: cannot stop a clock that was never started \(not_started\)/,
    );
  });

  it("refuses an effect naming a regime it does not know", () => {
    expect(() => applyClockEffects({}, [{ type: "start-clock", regime: "missed-bin", at: "2025-03-04" }])).toThrow(
      /effect names regime "missed-bin", which is neither statutory nor in options.regimes/,
    );
  });

  it("does not change the clocks or effects it is given", () => {
    const clocks: ClockSet = deepFreeze(
      applyClockEffects({}, [{ type: "start-clock", regime: "foi", at: "2025-03-03" }]),
    );
    const effects = deepFreeze([{ type: "stop-clock", regime: "foi", at: "2025-03-20" }] as const);
    const before = JSON.stringify(clocks);
    const after = applyClockEffects(clocks, effects);
    expect(JSON.stringify(clocks)).toBe(before);
    expect(after.foi!.events).toEqual([{ type: "stop", on: "2025-03-20" }]);
  });
});
