import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addCalendarMonths,
  dateOfDayNumber,
  dayNumber,
  dayOfWeek,
  isValidDate,
  SUPPORTED_YEARS,
} from "../../src/calendar/index.js";

// An independent oracle: the built-in Date in UTC, which these primitives deliberately avoid.
const viaDate = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
const anyDayNumber = fc.integer({ min: -719_528, max: 2_932_896 }); // 0000-01-01 … 9999-12-31

describe("dayNumber and dateOfDayNumber", () => {
  it("count days from 1970-01-01", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1969-12-31")).toBe(-1);
    expect(dayNumber("2000-03-01") - dayNumber("2000-02-28")).toBe(2); // 2000 was a leap year
    expect(dayNumber("2100-03-01") - dayNumber("2100-02-28")).toBe(1); // 2100 will not be
    expect(dateOfDayNumber(-719_528)).toBe("0000-01-01");
    expect(dateOfDayNumber(2_932_896)).toBe("9999-12-31");
  });

  test.prop([anyDayNumber])("dateOfDayNumber agrees with Date and dayNumber inverts it (round trip)", (n) => {
    const date = dateOfDayNumber(n);
    expect(date).toBe(viaDate(n));
    expect(dayNumber(date)).toBe(n);
  });

  it("refuse what they cannot represent", () => {
    expect(() => dateOfDayNumber(2_932_897)).toThrow(/day number 2932897 falls outside the years 0000–9999/);
    expect(() => dateOfDayNumber(Number.NaN)).toThrow(/n must be an integer, got NaN/);
    expect(() => dayNumber("2024-02-30")).toThrow(
      new RangeError("date 2024-02-30 does not exist (February 2024 has 29 days)"),
    );
  });
});

describe("isValidDate", () => {
  it("accepts only real days written YYYY-MM-DD", () => {
    expect(["2024-02-29", "2000-02-29", "0000-01-01", "9999-12-31"].map(isValidDate)).toEqual([true, true, true, true]);
    const bad = [
      "2023-02-29",
      "1900-02-29",
      "2024-13-01",
      "2024-00-10",
      "2024-04-31",
      "2024-1-05",
      "2024-01-5",
      "+2024-01-05",
      "2024/01/05",
      "2024-01-05T00:00Z",
      "",
      " 2024-01-05",
    ];
    expect(bad.map(isValidDate)).toEqual(bad.map(() => false));
    expect([null, undefined, 20240105, new Date(0), ["2024-01-05"]].map(isValidDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const dateLike = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
  test.prop([fc.oneof(dateLike, fc.string({ minLength: 10, maxLength: 10 }))])(
    "isValidDate never throws and agrees with Date about which YYYY-MM-DD strings are real days",
    (text) => {
      const parsed = new Date(`${text}T00:00:00Z`);
      const real =
        /^\d{4}-\d{2}-\d{2}$/.test(text) &&
        !Number.isNaN(parsed.getTime()) &&
        parsed.toISOString().slice(0, 10) === text;
      expect(isValidDate(text)).toBe(real);
    },
  );
});

describe("dayOfWeek", () => {
  it("numbers days as Date.getDay does, Sunday 0 to Saturday 6", () => {
    expect(dayOfWeek("1970-01-01")).toBe(4);
    expect(dayOfWeek("2024-06-16")).toBe(0);
    expect(dayOfWeek("2024-06-22")).toBe(6);
    expect(dayOfWeek("1969-12-28")).toBe(0);
  });
});

describe("addCalendarDays", () => {
  it("adds and subtracts days across months, leap days and years", () => {
    expect(addCalendarDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addCalendarDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addCalendarDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addCalendarDays("2025-01-01", 0)).toBe("2025-01-01");
    expect(() => addCalendarDays("9999-12-31", 1)).toThrow(/falls outside the years 0000–9999/);
    expect(() => addCalendarDays("2025-01-01", 0.5)).toThrow(/n must be an integer/);
  });
});

describe("addCalendarMonths", () => {
  it("keeps the day of the month, or clamps to the month's last day (the ICO's SAR rule)", () => {
    expect(addCalendarMonths("2024-09-03", 1)).toBe("2024-10-03");
    expect(addCalendarMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addCalendarMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addCalendarMonths("2024-08-31", 1)).toBe("2024-09-30");
    expect(addCalendarMonths("2024-12-15", 1)).toBe("2025-01-15");
    expect(addCalendarMonths("2024-01-15", -1)).toBe("2023-12-15");
    expect(addCalendarMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addCalendarMonths("2024-01-31", 0)).toBe("2024-01-31");
    expect(() => addCalendarMonths("9999-12-01", 1)).toThrow(/falls outside the years 0000–9999/);
    expect(() => addCalendarMonths("0000-01-01", -1)).toThrow(/falls outside the years 0000–9999/);
  });

  const date = fc.integer({ min: 0, max: 36_500 }).map((n) => dateOfDayNumber(n + 10_957));
  const months = fc.integer({ min: -1200, max: 1200 });

  test.prop([date, months])("addCalendarMonths never overshoots the target month", (start, n) => {
    const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
    const index = y * 12 + m - 1 + n;
    const result = addCalendarMonths(start, n);
    expect(result.slice(0, 7)).toBe(
      `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`,
    );
  });

  test.prop([date, months])(
    "addCalendarMonths keeps the day of the month unless the target month is shorter",
    (start, n) => {
      const result = addCalendarMonths(start, n);
      const day = Number(start.slice(8));
      const next = addCalendarDays(result, 1);
      expect(Number(result.slice(8)) === day || (Number(result.slice(8)) < day && next.slice(8) === "01")).toBe(true);
    },
  );

  it("SUPPORTED_YEARS are 2000 to 2100", () => {
    expect(SUPPORTED_YEARS).toEqual({ from: 2000, to: 2100 });
  });
});
