import { describe, expect, it } from "vitest";
import type { CustomRegime } from "../../src/clocks/index.js";
import {
  clockStatus,
  defineRegime,
  dueDate,
  extendClock,
  pauseClock,
  resumeClock,
  startClock,
} from "../../src/clocks/index.js";

const missedBin: CustomRegime = { name: "missed-bin", unit: "working-days", limit: 2 };
const complaintsLetter: CustomRegime = { name: "letter-reply", unit: "calendar-days", limit: 28, maxExtension: 14 };
const emergencyRepair: CustomRegime = { name: "emergency-repair", unit: "hours", limit: 24, maxExtension: 4 };

describe("custom regimes", () => {
  it("count working days from the day after receipt, skipping the division's holidays", () => {
    // Fri 2 May 2025: 5 May bank holiday, 6 (1), 7 (2).
    expect(dueDate(startClock(missedBin, "2025-05-02"))).toBe("2025-05-07");
    // Thu 17 Apr 2025: Good Friday and Easter Monday left out in England: 22 (1), 23 (2); in
    // Scotland Easter Monday is a working day: 21 (1), 22 (2).
    expect(dueDate(startClock(missedBin, "2025-04-17"))).toBe("2025-04-23");
    expect(dueDate(startClock(missedBin, "2025-04-17", { division: "scotland" }))).toBe("2025-04-22");
  });

  it("count calendar days, and leave out paused days", () => {
    // 31 Jan 2025 + 28 days = 28 Feb; paused 3–5 Feb (2 days after the pause day) → 2 Mar.
    const clock = startClock(complaintsLetter, "2025-01-31");
    expect(dueDate(clock)).toBe("2025-02-28");
    expect(dueDate(resumeClock(pauseClock(clock, "2025-02-03"), "2025-02-05"))).toBe("2025-03-02");
    expect(dueDate(extendClock(clock, "2025-02-20", { by: 14 }))).toBe("2025-03-14");
  });

  it("count elapsed hours from the instant of receipt, with the due day in London time", () => {
    // 22:00 UTC Sat 29 Mar 2025 + 24 h = 22:00 UTC Sun 30 Mar, which is 23:00 BST: still Sunday.
    const clock = startClock(emergencyRepair, "2025-03-29T22:00:00Z");
    expect(dueDate(clock)).toBe("2025-03-30");
    expect(clockStatus(clock, "2025-03-30T12:00:00Z").dueAt).toBe(Date.UTC(2025, 2, 30, 22));
    // Paused two hours: due 00:00 UTC on 31 Mar, 01:00 BST on Monday.
    const paused = resumeClock(pauseClock(clock, "2025-03-30T10:00:00Z"), "2025-03-30T12:00:00Z");
    expect(clockStatus(paused, "2025-03-30T12:00:00Z").dueAt).toBe(Date.UTC(2025, 2, 31, 0));
    expect(dueDate(paused)).toBe("2025-03-31");
    expect(clockStatus(extendClock(clock, "2025-03-30T20:00:00Z"), "2025-03-30T21:00:00Z").dueAt).toBe(
      Date.UTC(2025, 2, 31, 2),
    );
  });

  it("are stored in full on the clock, with the extension default filled in", () => {
    expect(startClock(missedBin, "2025-05-02").regime).toEqual({ ...missedBin, maxExtension: 0 });
    expect(defineRegime(emergencyRepair)).toEqual(emergencyRepair);
    expect(Object.isFrozen(defineRegime(missedBin))).toBe(true);
  });

  it("are checked, with a RangeError naming the field", () => {
    expect(() => defineRegime({ name: "", unit: "hours", limit: 1 })).toThrow(/regime.name must be a non-empty string/);
    expect(() => defineRegime({ name: "sar", unit: "hours", limit: 1 })).toThrow(/is a statutory regime/);
    expect(() => defineRegime({ name: "x", unit: "weeks" as "hours", limit: 1 })).toThrow(/regime.unit must be one of/);
    expect(() => defineRegime({ name: "x", unit: "hours", limit: 1.5 })).toThrow(
      /regime.limit must be a positive integer, got 1.5/,
    );
    expect(() => defineRegime({ name: "x", unit: "hours", limit: 2, maxExtension: -1 })).toThrow(
      /regime.maxExtension must be a whole number ≥ 0, got -1/,
    );
    expect(() => defineRegime(null as unknown as CustomRegime)).toThrow(RangeError);
    expect(() => startClock({ name: "x", unit: "hours", limit: 0 }, "2025-01-01T00:00:00Z")).toThrow(/regime.limit/);
  });
});
