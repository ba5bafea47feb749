import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  dayNumber,
  isWorkingDay,
  workingCalendar,
  workingDaysBetween,
} from "../../src/calendar/index.js";

const ew = { division: "england-and-wales" } as const;
const outside = (from: string, sign: string, n: number) =>
  new RangeError(`${from} ${sign} ${n} working days falls outside the supported days 2000-01-01 to 2100-12-31`);

describe("working days at the edges", () => {
  it("counts back with a negative n, over Easter", () => {
    // Tuesday 22 April 2025: Easter Monday 21 and Good Friday 18 are bank holidays
    expect(addWorkingDays("2025-04-22", -1, ew)).toBe("2025-04-17");
    expect(addWorkingDays("2025-04-22", -3, ew)).toBe("2025-04-15");
    expect(addWorkingDays("2025-04-17", 1, ew)).toBe("2025-04-22");
  });

  it("works from the first supported day, Saturday 1 January 2000 (Monday 3 January its substitute holiday)", () => {
    expect(isWorkingDay("2000-01-01", ew)).toBe(false);
    expect(isWorkingDay("2000-01-03", ew)).toBe(false);
    expect(addWorkingDays("2000-01-01", 1, ew)).toBe("2000-01-04");
    expect(() => addWorkingDays("2000-01-04", -1, ew)).toThrow(outside("2000-01-04", "-", 1));
    expect(() => addWorkingDays("2000-01-01", -1, ew)).toThrow(outside("2000-01-01", "-", 1));
  });

  it("works up to the last supported day, Friday 31 December 2100 (Christmas on a Saturday)", () => {
    expect(isWorkingDay("2100-12-31", ew)).toBe(true);
    expect(addWorkingDays("2100-12-30", 1, ew)).toBe("2100-12-31");
    // Christmas Day Saturday 25, Boxing Day Sunday 26: substitutes Monday 27 and Tuesday 28
    expect(addWorkingDays("2100-12-24", 1, ew)).toBe("2100-12-29");
    expect(workingDaysBetween("2100-12-24", "2100-12-31", ew)).toBe(3);
    expect(() => addWorkingDays("2100-12-31", 1, ew)).toThrow(outside("2100-12-31", "+", 1));
    expect(() => addWorkingDays("2100-12-29", 5, ew)).toThrow(outside("2100-12-29", "+", 5));
  });

  it("names the dates when a day number steps past the supported days", () => {
    const cal = workingCalendar(ew);
    expect(() => cal.addWorkingDaysToDayNumber(dayNumber("2100-12-31"), 1)).toThrow(outside("2100-12-31", "+", 1));
  });

  it("leaves out a one-day closure { from: d, to: d } and nothing else", () => {
    const cal = workingCalendar({
      division: "england-and-wales",
      closures: [{ from: "2025-03-12", to: "2025-03-12" }],
    });
    expect(cal.isWorkingDay("2025-03-11")).toBe(true);
    expect(cal.isWorkingDay("2025-03-12")).toBe(false);
    expect(cal.isWorkingDay("2025-03-13")).toBe(true);
    expect(cal.addWorkingDays("2025-03-11", 1)).toBe("2025-03-13");
    expect(cal.addWorkingDays("2025-03-13", -1)).toBe("2025-03-11");
    expect(cal.workingDaysBetween("2025-03-10", "2025-03-14")).toBe(3);
  });
});
