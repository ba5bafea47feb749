import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  DIVISIONS,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from "../../src/calendar/index.js";

const ew = { division: "england-and-wales" } as const;
const uk = { division: "united-kingdom" } as const;
const scotland = { division: "scotland" } as const;

describe("isWorkingDay", () => {
  it("is true Monday to Friday and false at weekends", () => {
    expect(
      ["2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13", "2025-03-14"].map((d) => isWorkingDay(d, ew)),
    ).toEqual([true, true, true, true, true]);
    expect(isWorkingDay("2025-03-15", ew)).toBe(false);
    expect(isWorkingDay("2025-03-16", ew)).toBe(false);
  });

  it("is false on the division's bank holidays and, for united-kingdom, on any division's", () => {
    expect(isWorkingDay("2025-03-17", ew)).toBe(true); // St Patrick's Day: Northern Ireland only
    expect(isWorkingDay("2025-03-17", { division: "northern-ireland" })).toBe(false);
    expect(isWorkingDay("2025-03-17", uk)).toBe(false);
    expect(isWorkingDay("2025-04-21", scotland)).toBe(true); // Easter Monday is not a Scottish bank holiday
    expect(isWorkingDay("2025-04-21", uk)).toBe(false);
    expect(isWorkingDay("2025-08-04", uk)).toBe(false); // Scotland's summer bank holiday
    expect(isWorkingDay("2025-08-25", uk)).toBe(false); // everyone else's
  });
});

describe("addWorkingDays", () => {
  it("counts FOI's twentieth working day after receipt, skipping bank holidays anywhere in the UK", () => {
    // Received Friday 20 December 2024. Day 1 Mon 23, 2 Tue 24, (25, 26 holidays), 3 Fri 27,
    // 4 Mon 30, 5 Tue 31, (1 Jan, and 2 Jan in Scotland), 6 Fri 3, 7–11 6–10 Jan, 12–16 13–17 Jan,
    // 17 Mon 20, 18 Tue 21, 19 Wed 22, 20 Thu 23 January.
    expect(addWorkingDays("2024-12-20", 20, uk)).toBe("2025-01-23");
    // England and Wales alone would count Thursday 2 January, a day earlier.
    expect(addWorkingDays("2024-12-20", 20, ew)).toBe("2025-01-22");
  });

  it("counts across Easter: received Thursday 17 April 2025, day 1 is Tuesday 22 April", () => {
    expect(addWorkingDays("2025-04-17", 1, ew)).toBe("2025-04-22");
    expect(addWorkingDays("2025-04-17", 1, scotland)).toBe("2025-04-21");
    // Days 1–4 Tue 22–Fri 25 April, 5–9 Mon 28 April–Fri 2 May, (Mon 5 May early May bank
    // holiday), 10–13 Tue 6–Fri 9 May, 14–18 12–16 May, 19 Mon 19, 20 Tue 20 May.
    expect(addWorkingDays("2025-04-17", 20, ew)).toBe("2025-05-20");
  });

  it("from a weekend, +1 is the next working day and −1 the last one before it", () => {
    expect(addWorkingDays("2025-03-15", 1, ew)).toBe("2025-03-17");
    expect(addWorkingDays("2025-03-16", 1, ew)).toBe("2025-03-17");
    expect(addWorkingDays("2025-03-15", -1, ew)).toBe("2025-03-14");
    // Saturday 15 March: in Northern Ireland Monday 17th is St Patrick's Day.
    expect(addWorkingDays("2025-03-15", 1, { division: "northern-ireland" })).toBe("2025-03-18");
  });

  it("from a bank holiday, steps the same way: Christmas Day + 1 is the next working day", () => {
    expect(addWorkingDays("2025-12-25", 1, ew)).toBe("2025-12-29");
    expect(addWorkingDays("2025-12-25", -1, ew)).toBe("2025-12-24");
  });

  it("returns the date unchanged for n = 0, even on a weekend or holiday", () => {
    expect(addWorkingDays("2025-12-25", 0, ew)).toBe("2025-12-25");
    expect(addWorkingDays("2025-03-15", 0, ew)).toBe("2025-03-15");
    expect(addWorkingDays("2025-03-14", -0, ew)).toBe("2025-03-14");
  });

  it("counts back for negative n", () => {
    expect(addWorkingDays("2026-01-05", -3, ew)).toBe("2025-12-30");
    expect(addWorkingDays("2026-01-05", -3, scotland)).toBe("2025-12-29");
  });

  it("reaches the edges of the supported years and refuses to step past them", () => {
    expect(addWorkingDays("2100-12-24", 1, ew)).toBe("2100-12-29");
    // Monday 3 January 2000 was the New Year substitute, so Tuesday 4th is the first working day.
    expect(addWorkingDays("2000-01-05", -1, ew)).toBe("2000-01-04");
  });
});

describe("workingDaysBetween", () => {
  it("counts the working days after start up to and including end", () => {
    expect(workingDaysBetween("2025-03-14", "2025-03-21", ew)).toBe(5);
    expect(workingDaysBetween("2025-03-14", "2025-03-14", ew)).toBe(0);
    expect(workingDaysBetween("2025-03-15", "2025-03-17", ew)).toBe(1);
    expect(workingDaysBetween("2025-03-15", "2025-03-17", uk)).toBe(0);
  });

  it("is negative when end is before start: minus the working days from end up to but excluding start", () => {
    expect(workingDaysBetween("2025-03-21", "2025-03-14", ew)).toBe(-5);
    expect(workingDaysBetween("2025-03-15", "2025-03-14", ew)).toBe(-1);
    expect(workingDaysBetween("2025-03-17", "2025-03-15", ew)).toBe(0);
  });

  it("counts a year: 2025 has 261 weekdays, less 8 bank holidays in England and Wales", () => {
    expect(workingDaysBetween("2024-12-31", "2025-12-31", ew)).toBe(253);
    // Scotland has 9 (2 January and St Andrew's, no Easter Monday); 1 December is the substitute for St Andrew's.
    expect(workingDaysBetween("2024-12-31", "2025-12-31", scotland)).toBe(252);
    // The UK union: England and Wales's 8 plus 2 January, 17 March, 14 July, 4 August and 1 December.
    expect(workingDaysBetween("2024-12-31", "2025-12-31", uk)).toBe(248);
  });
});

describe("nextWorkingDay and previousWorkingDay", () => {
  it("never return the day itself", () => {
    expect(nextWorkingDay("2025-03-12", ew)).toBe("2025-03-13");
    expect(previousWorkingDay("2025-03-12", ew)).toBe("2025-03-11");
    expect(nextWorkingDay("2025-12-24", ew)).toBe("2025-12-29");
    expect(previousWorkingDay("2025-12-29", ew)).toBe("2025-12-24");
  });
});

describe("working days refuse bad input, naming the argument and the value", () => {
  it("a malformed or impossible date", () => {
    expect(() => isWorkingDay("2023-02-29", ew)).toThrow(
      new RangeError("date 2023-02-29 does not exist (February 2023 has 28 days)"),
    );
    expect(() => addWorkingDays("2024-13-01", 1, ew)).toThrow(
      new RangeError("date 2024-13-01 does not exist (there is no month 13)"),
    );
    expect(() => addWorkingDays("2024-01-00", 1, ew)).toThrow(
      new RangeError("date 2024-01-00 does not exist (there is no day 0)"),
    );
    expect(() => isWorkingDay("25/12/2025", ew)).toThrow(
      new RangeError('date must be an ISO calendar day YYYY-MM-DD, got "25/12/2025"'),
    );
    expect(() => isWorkingDay(20251225 as never, ew)).toThrow(
      /date must be an ISO calendar day YYYY-MM-DD, got 20251225/,
    );
    expect(() => workingDaysBetween("2025-01-01", "2025-02-30", ew)).toThrow(/^end 2025-02-30 does not exist/);
    expect(() => workingDaysBetween("2025-1-1", "2025-02-01", ew)).toThrow(/^start must be an ISO calendar day/);
  });

  it("a date outside 2000–2100, naming the year", () => {
    expect(() => isWorkingDay("1999-12-31", ew)).toThrow(
      new RangeError("date 1999-12-31 is in 1999, outside the supported years 2000–2100"),
    );
    expect(() => addWorkingDays("2101-01-03", -1, ew)).toThrow(/is in 2101/);
  });

  it("a step that would leave 2000–2100", () => {
    expect(() => addWorkingDays("2100-12-31", 1, ew)).toThrow(
      new RangeError("2100-12-31 + 1 working days falls outside the supported days 2000-01-01 to 2100-12-31"),
    );
    expect(() => addWorkingDays("2000-01-04", -1, ew)).toThrow(
      new RangeError("2000-01-04 - 1 working days falls outside the supported days 2000-01-01 to 2100-12-31"),
    );
  });

  it("a non-integer n", () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY, "3"]) {
      expect(() => addWorkingDays("2025-03-14", n as never, ew)).toThrow(/^n must be an integer, got /);
    }
  });

  it("an unknown or missing division", () => {
    expect(() => isWorkingDay("2025-03-14", { division: "wales" } as never)).toThrow(
      /division must be one of .*, got "wales"/,
    );
    expect(() => isWorkingDay("2025-03-14", {} as never)).toThrow(/got undefined/);
    expect(() => isWorkingDay("2025-03-14", undefined as never)).toThrow(
      /options must be \{ division \}, got undefined/,
    );
  });

  it("leaves its options untouched and accepts frozen ones", () => {
    const options = Object.freeze({ division: "scotland" as const });
    expect(addWorkingDays("2025-12-31", 1, options)).toBe("2026-01-05");
    expect(options).toEqual({ division: "scotland" });
  });

  it("accepts every division", () => {
    expect(DIVISIONS.map((division) => isWorkingDay("2025-03-14", { division }))).toEqual([true, true, true, true]);
  });
});
