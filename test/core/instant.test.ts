import { describe, expect, it } from "vitest";
import {
  formatInstant,
  INSTANT_EXAMPLE,
  instantOrThrow,
  parseInstant,
  readInstant,
  ValidationError,
} from "../../src/core/index.js";

const such = "such as 2024-06-17T09:30:00+01:00 or 2024-06-17T08:30:00Z";

describe("readInstant: the one grammar, one problem part at a time", () => {
  it("names month 13 in a date that does not exist", () => {
    expect(readInstant("2025-13-45T10:00:00+01:00", "at")).toEqual({
      code: "invalid_date",
      message: 'at "2025-13-45T10:00:00+01:00" is not a real date: there is no month 13',
    });
  });

  it("names 29 February in a year that has none", () => {
    expect(readInstant("2025-02-29T10:00Z", "at")).toEqual({
      code: "invalid_date",
      message: 'at "2025-02-29T10:00Z" is not a real date: February 2025 has 28 days',
    });
  });

  it("asks for the T and an offset when a space separates date and time", () => {
    expect(readInstant("2025-06-04 10:00", "at")).toEqual({
      code: "invalid_format",
      message: `at "2025-06-04 10:00" needs T between the date and the time, and an offset (${such})`,
    });
  });

  it("says a word is not a date-time", () => {
    expect(readInstant("yesterday", "at")).toEqual({
      code: "invalid_format",
      message: `at "yesterday" is not a date-time: expected an ISO 8601 instant ${such}`,
    });
  });

  it("says a bare day is a day, not an instant, and shows how to write one", () => {
    expect(readInstant("2025-06-04", "at")).toEqual({
      code: "invalid_format",
      message: 'at "2025-06-04" is a day, not an instant: add a time and an offset, such as 2025-06-04T09:30:00Z',
    });
  });

  it("refuses hour 25 and second 60 as times of day", () => {
    expect(readInstant("2025-06-04T25:00Z", "at")).toEqual({
      code: "invalid_date",
      message: 'at "2025-06-04T25:00Z" is not a time of day: 25:00 (expected 00:00 to 23:59:59)',
    });
    expect(readInstant("2025-06-04T10:00:60Z", "at")).toEqual({
      code: "invalid_date",
      message: 'at "2025-06-04T10:00:60Z" is not a time of day: 10:00:60 (expected 00:00 to 23:59:59)',
    });
  });

  it("refuses an offset of +25:00 or 60 minutes", () => {
    for (const text of ["2025-06-04T10:00:00+25:00", "2025-06-04T10:00:00+01:60"]) {
      expect(readInstant(text, "at")).toEqual({
        code: "invalid_format",
        message: `at "${text}" has an offset out of range (expected Z or -23:59 to +23:59)`,
      });
    }
  });

  it("asks for an offset when a local time has none", () => {
    expect(readInstant("2025-06-04T10:00", "at")).toEqual({
      code: "invalid_format",
      message:
        'at "2025-06-04T10:00" has no offset: add Z or ±HH:MM (a local time is ambiguous: an hour apart in British Summer Time)',
    });
  });

  it("names an offset of the wrong shape", () => {
    expect(readInstant("2025-06-04T10:00:00+1", "at")).toEqual({
      code: "invalid_format",
      message: 'at "2025-06-04T10:00:00+1" has an offset "+1" that is not Z, ±HH:MM, ±HHMM or ±HH',
    });
  });

  it("asks for a time after a bare T", () => {
    expect(readInstant("2025-06-04T", "at")).toEqual({
      code: "invalid_format",
      message: `at "2025-06-04T" has no time HH:MM[:SS[.sss]] after the T (${such})`,
    });
  });

  it("refuses more than nine digits of a second", () => {
    expect(readInstant("2025-06-04T10:00:00.1234567891Z", "at")).toEqual({
      code: "invalid_format",
      message: 'at "2025-06-04T10:00:00.1234567891Z" has more than 9 digits after the decimal point of its seconds',
    });
  });

  it("refuses a fractional number of milliseconds, NaN and Infinity", () => {
    expect(readInstant(1.5, "at")).toEqual({
      code: "invalid_value",
      message: "at must be a whole number of epoch milliseconds, got 1.5",
    });
    expect(readInstant(Number.NaN, "at")).toEqual({
      code: "invalid_value",
      message: "at must be a whole number of epoch milliseconds, got NaN",
    });
    expect(readInstant(Number.POSITIVE_INFINITY, "at")).toMatchObject({ code: "invalid_value" });
  });

  it("refuses an invalid Date", () => {
    expect(readInstant(new Date(Number.NaN), "at")).toEqual({ code: "invalid_date", message: "at is an invalid Date" });
  });

  it("refuses instants outside the years 0000–9999, as strings, numbers and Dates", () => {
    expect(readInstant("0000-01-01T00:00+01:00", "at")).toEqual({
      code: "too_small",
      message: 'at "0000-01-01T00:00+01:00" is before 0000-01-01T00:00:00Z',
    });
    expect(readInstant("9999-12-31T23:59:59.999-01:00", "at")).toEqual({
      code: "too_big",
      message: 'at "9999-12-31T23:59:59.999-01:00" is after 9999-12-31T23:59:59.999Z',
    });
    expect(readInstant(8.64e15, "at")).toEqual({
      code: "too_big",
      message: "at 8640000000000000 is after 9999-12-31T23:59:59.999Z",
    });
    expect(readInstant(new Date(-8.64e15), "at")).toMatchObject({ code: "too_small" });
    expect(readInstant("10000-01-01T00:00Z", "at")).toMatchObject({ code: "invalid_format" });
  });

  it("accepts the first and last instants a four-digit year can write", () => {
    expect(readInstant("0000-01-01T00:00:00Z")).toBe(-62_167_219_200_000);
    expect(readInstant("9999-12-31T23:59:59.999Z")).toBe(253_402_300_799_999);
  });

  it("names the kinds it takes when given something else", () => {
    expect(readInstant(null, "at")).toEqual({
      code: "invalid_type",
      message: `at must be an ISO 8601 instant (${INSTANT_EXAMPLE}), epoch milliseconds or a Date, got null`,
    });
    expect(readInstant(10n)).toMatchObject({
      code: "invalid_type",
      message: expect.stringMatching(/^instant .*got 10n$/),
    });
  });

  it("reads every offset form, the decimal comma, and drops digits past the millisecond", () => {
    const nine = Date.UTC(2024, 6, 1, 9);
    expect(readInstant("2024-07-01T10:00:00+01:00")).toBe(nine);
    expect(readInstant("2024-07-01T10:00+0100")).toBe(nine);
    expect(readInstant("2024-07-01T10:00+01")).toBe(nine);
    expect(readInstant("2024-07-01T05:30-03:30")).toBe(nine);
    expect(readInstant("2024-07-01T09:00:00,5Z")).toBe(nine + 500);
    expect(readInstant("2024-07-01T09:00:00.123999999Z")).toBe(nine + 123);
  });

  it("takes integer epoch milliseconds and valid Dates as they are", () => {
    expect(readInstant(0)).toBe(0);
    expect(readInstant(-1)).toBe(-1);
    expect(readInstant(new Date(1_719_824_400_000))).toBe(1_719_824_400_000);
  });
});

describe("parseInstant and instantOrThrow", () => {
  it("parseInstant throws one ValidationError carrying the problem and the input", () => {
    let caught: unknown;
    try {
      parseInstant("2025-06-04T10:00");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    const error = caught as ValidationError;
    expect(error.issues).toEqual([
      {
        code: "invalid_format",
        path: [],
        message:
          'instant "2025-06-04T10:00" has no offset: add Z or ±HH:MM (a local time is ambiguous: an hour apart in British Summer Time)',
        input: "2025-06-04T10:00",
      },
    ]);
    expect(error.message.startsWith("Instant: 1 issue: instant ")).toBe(true);
  });

  it("parseInstant returns epoch ms for a good instant", () => {
    expect(parseInstant("1970-01-01T00:00:01Z")).toBe(1000);
  });

  it("instantOrThrow throws a RangeError with the message that names the input", () => {
    expect(() => instantOrThrow("yesterday", "received")).toThrow(
      new RangeError(`received "yesterday" is not a date-time: expected an ISO 8601 instant ${such}`),
    );
    expect(instantOrThrow("1970-01-01T01:00:00+01:00", "received")).toBe(0);
  });
});

describe("formatInstant", () => {
  it("writes UTC with Z and other offsets as ±HH:MM", () => {
    expect(formatInstant(0)).toBe("1970-01-01T00:00:00.000Z");
    expect(formatInstant(0, -90)).toBe("1969-12-31T22:30:00.000-01:30");
    expect(formatInstant(1_719_824_400_123, 345)).toBe("2024-07-01T14:45:00.123+05:45");
  });

  it("writes the ends of the four-digit years", () => {
    expect(formatInstant(-62_167_219_200_000)).toBe("0000-01-01T00:00:00.000Z");
    expect(formatInstant(253_402_300_799_999)).toBe("9999-12-31T23:59:59.999Z");
  });

  it("names ms or offsetMinutes when either is not a whole number in range", () => {
    expect(() => formatInstant(0.5)).toThrow(
      new RangeError("ms must be an integer number of epoch milliseconds within years 0000–9999, got 0.5"),
    );
    expect(() => formatInstant(253_402_300_800_000)).toThrow(RangeError);
    expect(() => formatInstant(Number.NaN)).toThrow(RangeError);
    expect(() => formatInstant(0, 1440)).toThrow(
      new RangeError("offsetMinutes must be a whole number from -1439 to 1439, got 1440"),
    );
    expect(() => formatInstant(0, 0.5)).toThrow(RangeError);
  });
});
