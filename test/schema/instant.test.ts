import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatInstant, parseInstant, ValidationError } from "../../src/schema/index.js";
import { MAX_MS, MIN_MS } from "./arbitraries.js";

function issueOf(value: string | number): { code: string; message: string } {
  try {
    parseInstant(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues[0]!;
  }
  throw new Error(`expected ${value} to be refused`);
}

describe("parseInstant", () => {
  it("reads Z and offsets as the same instant (10:00 BST is 09:00 UTC)", () => {
    const nineUtc = Date.UTC(2024, 6, 1, 9, 0, 0);
    expect(parseInstant("2024-07-01T09:00:00Z")).toBe(nineUtc);
    expect(parseInstant("2024-07-01T10:00:00+01:00")).toBe(nineUtc);
    expect(parseInstant("2024-07-01T04:30-04:30")).toBe(nineUtc);
    expect(parseInstant("2024-07-01T09:00:00.000-00:00")).toBe(nineUtc);
  });

  it("keeps milliseconds and drops digits past them", () => {
    expect(parseInstant("2024-01-01T00:00:00.5Z")).toBe(Date.UTC(2024, 0, 1) + 500);
    expect(parseInstant("2024-01-01T00:00:00.123456789Z")).toBe(Date.UTC(2024, 0, 1) + 123);
    expect(parseInstant("2024-01-01T00:00:00.9999Z")).toBe(Date.UTC(2024, 0, 1) + 999);
  });

  it("accepts the basic offset forms ±HHMM and ±HH, and a Date", () => {
    const nineUtc = Date.UTC(2024, 6, 1, 9, 0, 0);
    expect(parseInstant("2024-07-01T10:00:00+0100")).toBe(nineUtc);
    expect(parseInstant("2024-07-01T10:00:00+01")).toBe(nineUtc);
    expect(parseInstant(new Date(nineUtc))).toBe(nineUtc);
  });

  it("accepts integer epoch milliseconds as they are", () => {
    expect(parseInstant(0)).toBe(0);
    expect(parseInstant(-1)).toBe(-1);
  });

  it("refuses an instant without an offset, naming the ambiguity", () => {
    expect(issueOf("2024-07-01T10:00:00")).toMatchObject({
      code: "invalid_format",
      message: expect.stringMatching(/no offset/) as unknown,
    });
  });

  it.each([
    ["2023-02-29T10:00:00Z", 'instant "2023-02-29T10:00:00Z" is not a real date: February 2023 has 28 days'],
    ["1900-02-29T10:00:00Z", 'instant "1900-02-29T10:00:00Z" is not a real date: February 1900 has 28 days'],
    ["2024-04-31T10:00:00Z", 'instant "2024-04-31T10:00:00Z" is not a real date: April 2024 has 30 days'],
    ["2024-13-01T10:00:00Z", 'instant "2024-13-01T10:00:00Z" is not a real date: there is no month 13'],
    ["2024-00-01T10:00:00Z", 'instant "2024-00-01T10:00:00Z" is not a real date: there is no month 0'],
    ["2024-01-00T10:00:00Z", 'instant "2024-01-00T10:00:00Z" is not a real date: there is no day 0'],
    [
      "2024-01-01T24:00:00Z",
      'instant "2024-01-01T24:00:00Z" is not a time of day: 24:00:00 (expected 00:00 to 23:59:59)',
    ],
    ["2024-01-01T23:60Z", 'instant "2024-01-01T23:60Z" is not a time of day: 23:60 (expected 00:00 to 23:59:59)'],
    [
      "2016-12-31T23:59:60Z",
      'instant "2016-12-31T23:59:60Z" is not a time of day: 23:59:60 (expected 00:00 to 23:59:59)',
    ],
  ])("refuses %s, which does not exist, as invalid_date", (text, message) => {
    expect(issueOf(text)).toEqual({ code: "invalid_date", path: [], message, input: text });
  });

  it("accepts 29 February in leap years, including 2000", () => {
    expect(parseInstant("2024-02-29T00:00:00Z")).toBe(Date.UTC(2024, 1, 29));
    expect(parseInstant("2000-02-29T00:00:00Z")).toBe(Date.UTC(2000, 1, 29));
  });

  it.each([
    "2024-07-01",
    "2024-07-01 10:00Z",
    "2024-07-01t10:00z",
    "24-07-01T10:00Z",
    "2024-07-01T10:00:00+1",
    "",
    "now",
  ])("refuses the malformed %j as invalid_format", (text) => expect(issueOf(text).code).toBe("invalid_format"));

  it("refuses offsets beyond ±23:59", () => {
    expect(issueOf("2024-07-01T10:00:00+24:00")).toMatchObject({
      code: "invalid_format",
      message: 'instant "2024-07-01T10:00:00+24:00" has an offset out of range (expected Z or -23:59 to +23:59)',
    });
  });

  it("refuses fractional, infinite and out-of-range numbers, and other types", () => {
    expect(issueOf(1.5).code).toBe("invalid_value");
    expect(issueOf(Number.NaN).code).toBe("invalid_value");
    expect(issueOf(Number.POSITIVE_INFINITY).code).toBe("invalid_value");
    expect(issueOf(MAX_MS + 1).code).toBe("too_big");
    expect(issueOf(MIN_MS - 1).code).toBe("too_small");
    expect(issueOf("0000-01-01T00:00:00+00:01").code).toBe("too_small");
    expect(issueOf(true as unknown as string).code).toBe("invalid_type");
  });

  test.prop([
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 86_399 }),
    fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
  ])(
    "agrees with Date for any valid wall time and offset (ms = wall time − offset)",
    (year, month, day, secondOfDay, offsetMinutes) => {
      const wall = new Date(Date.UTC(2000, month - 1, day, 0, 0, secondOfDay));
      wall.setUTCFullYear(year);
      const sign = offsetMinutes < 0 ? "-" : "+";
      const abs = Math.abs(offsetMinutes);
      const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
      const text = `${wall.toISOString().slice(0, 19)}${offset}`;
      const expected = wall.getTime() - offsetMinutes * 60_000;
      if (expected < MIN_MS || expected > MAX_MS) expect(() => parseInstant(text)).toThrow(ValidationError);
      else expect(parseInstant(text)).toBe(expected);
    },
  );
});

describe("formatInstant", () => {
  test.prop([fc.integer({ min: MIN_MS, max: MAX_MS })])("writes what Date.prototype.toISOString writes", (ms) => {
    expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
  });

  test.prop([fc.integer({ min: MIN_MS, max: MAX_MS })])("round-trips: parseInstant(formatInstant(ms)) = ms", (ms) => {
    expect(parseInstant(formatInstant(ms))).toBe(ms);
  });

  it("writes the first and last instants of the range", () => {
    expect(formatInstant(MIN_MS)).toBe("0000-01-01T00:00:00.000Z");
    expect(formatInstant(MAX_MS)).toBe("9999-12-31T23:59:59.999Z");
  });

  it("throws a RangeError naming the value for fractional or out-of-range input", () => {
    expect(() => formatInstant(1.5)).toThrow(/got 1\.5/);
    expect(() => formatInstant(Number.NaN)).toThrow(RangeError);
    expect(() => formatInstant(MAX_MS + 1)).toThrow(RangeError);
  });
});
