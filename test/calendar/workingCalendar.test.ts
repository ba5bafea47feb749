import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addWorkingDays, dayNumber, workingCalendar, workingDaysBetween } from "../../src/calendar/index.js";

const shutdown = { from: "2025-12-29", to: "2025-12-31" };

describe("workingCalendar", () => {
  it("treats a council's closure days as non-working on top of the bank holidays", () => {
    const council = workingCalendar({ division: "england-and-wales", closures: [shutdown, "2026-04-02"] });
    expect(council.isWorkingDay("2025-12-30")).toBe(false);
    expect(council.isWorkingDay("2026-04-02")).toBe(false);
    expect(council.isWorkingDay("2026-04-01")).toBe(true);
    // Wed 24 Dec, then Christmas, Boxing Day, the weekend, the shutdown and New Year's Day: Fri 2 Jan.
    expect(council.addWorkingDays("2025-12-24", 1)).toBe("2026-01-02");
    expect(council.nextWorkingDay("2025-12-24")).toBe("2026-01-02");
    expect(council.previousWorkingDay("2026-01-02")).toBe("2025-12-24");
    // 22, 23, 24 Dec, 2 Jan, 5–9 Jan.
    expect(council.workingDaysBetween("2025-12-19", "2026-01-09")).toBe(9);
    expect(workingDaysBetween("2025-12-19", "2026-01-09", { division: "england-and-wales" })).toBe(12);
  });

  it("gives plain functions that keep working when destructured", () => {
    const { isWorkingDay, addWorkingDays: add, division } = workingCalendar({ division: "scotland" });
    expect(division).toBe("scotland");
    expect(isWorkingDay("2026-01-02")).toBe(false);
    expect(add("2025-12-31", 1)).toBe("2026-01-05");
  });

  it("without closures, agrees with the top-level functions", () => {
    const uk = workingCalendar({ division: "united-kingdom" });
    expect(uk.addWorkingDays("2024-12-20", 20)).toBe(addWorkingDays("2024-12-20", 20, { division: "united-kingdom" }));
  });

  it("offers the same arithmetic on epoch-day numbers for hot loops", () => {
    const ew = workingCalendar({ division: "england-and-wales" });
    const christmasEve = dayNumber("2025-12-24");
    expect(ew.isWorkingDayNumber(christmasEve)).toBe(true);
    expect(ew.isWorkingDayNumber(christmasEve + 1)).toBe(false);
    expect(ew.addWorkingDaysToDayNumber(christmasEve, 1)).toBe(dayNumber("2025-12-29"));
    expect(ew.addWorkingDaysToDayNumber(christmasEve + 2, 0)).toBe(christmasEve + 2);
    expect(ew.workingDaysBetweenDayNumbers(christmasEve, christmasEve + 7)).toBe(3);
    expect(() => ew.isWorkingDayNumber(1.5)).toThrow(
      new RangeError("day must be an integer day number from 10957 (2000-01-01) to 47846 (2100-12-31), got 1.5"),
    );
    expect(() => ew.isWorkingDayNumber(47_847)).toThrow(
      new RangeError(
        "day must be an integer day number from 10957 (2000-01-01) to 47846 (2100-12-31), got 47847 (2101-01-01)",
      ),
    );
    expect(() => ew.addWorkingDaysToDayNumber(christmasEve, 0.5)).toThrow(/n must be an integer, got 0.5/);
    expect(() => ew.workingDaysBetweenDayNumbers(0, christmasEve)).toThrow(/start must be an integer day number/);
  });

  it("does not change its options or closures", () => {
    const closures = [shutdown, "2026-04-02"];
    const options = { division: "england-and-wales" as const, closures };
    workingCalendar(options);
    expect(options).toEqual({
      division: "england-and-wales",
      closures: [{ from: "2025-12-29", to: "2025-12-31" }, "2026-04-02"],
    });
    expect(Object.isFrozen(workingCalendar(Object.freeze({ division: "scotland" })))).toBe(true);
  });

  it("refuses bad closures, naming where they are", () => {
    const build = (closures: unknown) => () => workingCalendar({ division: "scotland", closures: closures as never });
    expect(build(["2025-02-30"])).toThrow(
      new RangeError("closures[0] 2025-02-30 does not exist (February 2025 has 28 days)"),
    );
    expect(build([{ from: "2025-12-31", to: "2025-12-29" }])).toThrow(
      new RangeError("closures[0].to 2025-12-29 is before closures[0].from 2025-12-31"),
    );
    expect(build(["2025-12-24", { from: "2025-12-29" }])).toThrow(/^closures\[1\]\.to must be an ISO calendar day/);
    expect(build([42])).toThrow(/closures\[0\] must be a YYYY-MM-DD day or \{ from, to \}, got 42/);
    expect(build("2025-12-24")).toThrow(/closures must be an array/);
    expect(build(["1999-12-31"])).toThrow(/closures\[0\] 1999-12-31 is in 1999/);
    expect(() => workingCalendar(null as never)).toThrow(/options must be \{ division, closures\? \}, got null/);
    expect(() => workingCalendar({ division: "england" as never })).toThrow(/got "england"/);
  });

  const open = workingCalendar({ division: "england-and-wales" });
  const closed = workingCalendar({
    division: "england-and-wales",
    closures: [{ from: "2050-12-01", to: "2051-01-31" }],
  });
  test.prop([
    fc.integer({ min: dayNumber("2050-06-01"), max: dayNumber("2051-06-30") }),
    fc.integer({ min: -200, max: 200 }),
  ])(
    "closures only ever add non-working days: a closed calendar never has more working days between two days",
    (start, n) => {
      const [a, b] = n >= 0 ? [start, start + n] : [start + n, start];
      expect(closed.workingDaysBetweenDayNumbers(a, b)).toBeLessThanOrEqual(open.workingDaysBetweenDayNumbers(a, b));
    },
  );
});
