import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  checkWritable,
  civilFromDays,
  dayOrThrow,
  daysFromCivil,
  daysInMonth,
  formatDayNumber,
  integerOrThrow,
  isLeapYear,
  isoFields,
  MAX_DAY,
  MIN_DAY,
  MONTH_NAMES,
  MS_PER_DAY,
  MS_PER_HOUR,
  parseDay,
  weekdayOf,
  whyNotDay,
} from "../../src/core/index.js";

const MS_1970_TO_0000 = -62_167_219_200_000;

describe("day numbers", () => {
  it("has the constants of a UTC day, an hour and the four-digit years", () => {
    expect(MS_PER_DAY).toBe(24 * 60 * 60 * 1000);
    expect(MS_PER_HOUR).toBe(60 * 60 * 1000);
    expect(MIN_DAY).toBe(MS_1970_TO_0000 / MS_PER_DAY);
    expect(MAX_DAY).toBe(Date.UTC(9999, 11, 31) / MS_PER_DAY);
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_NAMES[0]).toBe("January");
    expect(MONTH_NAMES[11]).toBe("December");
  });

  it("knows the Gregorian leap years, including the century rule", () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
  });

  it("knows how many days each month has", () => {
    expect(Array.from({ length: 12 }, (_, m) => daysInMonth(2023, m + 1))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it("numbers days from 1970-01-01, Thursday", () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2000, 3, 1)).toBe(11_017);
    expect(civilFromDays(-1)).toEqual([1969, 12, 31]);
    expect(civilFromDays(MIN_DAY)).toEqual([0, 1, 1]);
    expect(civilFromDays(MAX_DAY)).toEqual([9999, 12, 31]);
    expect(weekdayOf(0)).toBe(4);
    expect(weekdayOf(-1)).toBe(3);
    expect(weekdayOf(-4)).toBe(0);
  });

  test.prop([fc.integer({ min: -800_000, max: 3_000_000 })], { numRuns: 1000 })(
    "civilFromDays agrees with Date.UTC, and daysFromCivil inverts it",
    (dayNumber) => {
      const date = new Date(dayNumber * MS_PER_DAY);
      const civil = civilFromDays(dayNumber);
      expect(civil).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
      expect(daysFromCivil(...civil)).toBe(dayNumber);
      expect(weekdayOf(dayNumber)).toBe(date.getUTCDay());
    },
  );

  test.prop([fc.integer({ min: MIN_DAY, max: MAX_DAY })], { numRuns: 1000 })(
    "parseDay(formatDayNumber(d)) is d, and formatDayNumber writes what toISOString writes",
    (dayNumber) => {
      const text = formatDayNumber(dayNumber);
      expect(text).toBe(new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10));
      expect(parseDay(text)).toBe(dayNumber);
      expect(whyNotDay(text)).toBeUndefined();
    },
  );
});

describe("reading YYYY-MM-DD", () => {
  it("isoFields packs year, month and day, or gives -1 for anything else", () => {
    const packed = isoFields("2024-02-30");
    expect([packed >> 9, (packed >> 5) & 15, packed & 31]).toEqual([2024, 2, 30]);
    for (const bad of [
      "2024-13-01",
      "2024-00-01",
      "2024-01-00",
      "2024-01-32",
      "2024-1-01",
      "2024/01/01",
      "２０２４-01-01",
    ]) {
      expect(isoFields(bad)).toBe(-1);
    }
    expect(isoFields(20240101)).toBe(-1);
    expect(isoFields(null)).toBe(-1);
  });

  it("parseDay gives NaN for days that do not exist or are not days", () => {
    expect(parseDay("2024-02-29")).toBe(daysFromCivil(2024, 2, 29));
    expect(parseDay("2023-02-29")).toBeNaN();
    expect(parseDay("2024-04-31")).toBeNaN();
    expect(parseDay("2024-06-17T00:00Z")).toBeNaN();
    expect(parseDay(undefined)).toBeNaN();
  });

  it("whyNotDay names the wrong part", () => {
    expect(whyNotDay("2024-02-30")).toBe("February 2024 has 29 days");
    expect(whyNotDay("2023-02-29")).toBe("February 2023 has 28 days");
    expect(whyNotDay("2024-13-01")).toBe("there is no month 13");
    expect(whyNotDay("2024-00-10")).toBe("there is no month 0");
    expect(whyNotDay("2024-06-00")).toBe("there is no day 0");
    expect(whyNotDay("2024-06-31")).toBe("June 2024 has 30 days");
    expect(whyNotDay("17/06/2024")).toBe("not a date: expected YYYY-MM-DD such as 2024-06-17");
    expect(whyNotDay(42)).toBe("not a date: expected YYYY-MM-DD such as 2024-06-17");
    expect(whyNotDay("2024-06-17")).toBeUndefined();
  });

  it("dayOrThrow names the input and says what is wrong", () => {
    expect(dayOrThrow("1970-01-02", "date")).toBe(1);
    expect(() => dayOrThrow("2023-02-29", "date")).toThrow(
      new RangeError("date 2023-02-29 does not exist (February 2023 has 28 days)"),
    );
    expect(() => dayOrThrow("tomorrow", "received")).toThrow(
      new RangeError('received must be an ISO calendar day YYYY-MM-DD, got "tomorrow"'),
    );
    expect(() => dayOrThrow(19_000, "received")).toThrow(
      new RangeError("received must be an ISO calendar day YYYY-MM-DD, got 19000"),
    );
  });
});

describe("the day arithmetic refuses what is not a whole number", () => {
  it("names the argument that is not an integer", () => {
    expect(() => isLeapYear(2024.5)).toThrow(new RangeError("year must be an integer, got 2024.5"));
    expect(() => daysInMonth(2024, 13)).toThrow(new RangeError("month must be an integer from 1 to 12, got 13"));
    expect(() => daysInMonth(2024, 0)).toThrow(RangeError);
    expect(() => daysFromCivil(2024, 1, Number.NaN)).toThrow(
      new RangeError("year, month and day must be integers, got NaN"),
    );
    expect(() => civilFromDays(Number.POSITIVE_INFINITY)).toThrow(
      new RangeError("dayNumber must be an integer, got Infinity"),
    );
    expect(() => weekdayOf(Symbol("d") as unknown as number)).toThrow(
      new RangeError("dayNumber must be an integer, got Symbol(d)"),
    );
    expect(() => formatDayNumber(0.5)).toThrow(new RangeError("dayNumber must be an integer, got 0.5"));
  });

  it("still counts past the end of a month: 31 February is 3 March", () => {
    expect(daysFromCivil(2023, 2, 31)).toBe(daysFromCivil(2023, 3, 3));
  });
});

describe("integerOrThrow and checkWritable", () => {
  it("integerOrThrow passes safe integers and names anything else", () => {
    expect(integerOrThrow(-3, "n")).toBe(-3);
    expect(() => integerOrThrow(1.5, "n")).toThrow(new RangeError("n must be an integer, got 1.5"));
    expect(() => integerOrThrow(2 ** 53, "n")).toThrow(new RangeError("n must be an integer, got 9007199254740992"));
    expect(() => integerOrThrow("3", "n")).toThrow(new RangeError('n must be an integer, got "3"'));
    expect(() => integerOrThrow(3n, "n")).toThrow(new RangeError("n must be an integer, got 3n"));
  });

  it("checkWritable passes the days 0000-01-01 to 9999-12-31 and refuses the rest", () => {
    expect(checkWritable(MIN_DAY, "day")).toBe(MIN_DAY);
    expect(checkWritable(MAX_DAY, "day")).toBe(MAX_DAY);
    const refusal = new RangeError("the result falls outside the years 0000–9999 that YYYY-MM-DD can write");
    expect(() => checkWritable(MAX_DAY + 1, "the result")).toThrow(refusal);
    expect(() => checkWritable(MIN_DAY - 1, "the result")).toThrow(refusal);
    expect(() => checkWritable(Number.NaN, "the result")).toThrow(refusal);
    expect(() => checkWritable(10n as unknown as number, "the result")).toThrow(refusal);
  });
});
