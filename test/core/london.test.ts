import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  formatDayNumber,
  londonDayNumber,
  londonDayStart,
  londonOffsetMs,
  MS_PER_DAY,
  parseDay,
  SUPPORTED_RANGE,
  SUPPORTED_YEARS,
  timeZone,
} from "../../src/core/index.js";

const FIRST_MS = Date.UTC(2000, 0, 1);
const END_MS = Date.UTC(2101, 0, 1);

const intlLondon = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** London's wall time by Intl, read back as if it were UTC: the reference the table is tested against. */
function intlWallMs(ms: number): number {
  const parts = Object.fromEntries(intlLondon.formatToParts(ms).map((part) => [part.type, part.value]));
  const { year, month, day, hour, minute, second } = parts as Record<string, string>;
  return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
}

const instant = fc.integer({ min: FIRST_MS, max: END_MS - 1 });

describe("the supported years", () => {
  it("are 2000 to 2100, as day numbers and instants", () => {
    expect(SUPPORTED_YEARS).toEqual({ from: 2000, to: 2100 });
    expect(SUPPORTED_RANGE).toEqual({
      firstDay: parseDay("2000-01-01"),
      lastDay: parseDay("2100-12-31"),
      firstMs: FIRST_MS,
      endMs: END_MS,
    });
    expect(Object.isFrozen(SUPPORTED_YEARS) && Object.isFrozen(SUPPORTED_RANGE)).toBe(true);
  });
});

describe("londonOffsetMs and londonDayNumber", () => {
  it("changes at 01:00 UTC on the last Sundays of March and October", () => {
    expect(londonOffsetMs(Date.UTC(2024, 2, 31, 0, 59, 59, 999))).toBe(0);
    expect(londonOffsetMs(Date.UTC(2024, 2, 31, 1))).toBe(3_600_000);
    expect(londonOffsetMs(Date.UTC(2024, 9, 27, 0, 59, 59, 999))).toBe(3_600_000);
    expect(londonOffsetMs(Date.UTC(2024, 9, 27, 1))).toBe(0);
  });

  it("puts 23:30 UTC on a June Sunday on the Monday, and on a December Sunday on the Sunday", () => {
    expect(formatDayNumber(londonDayNumber(Date.UTC(2024, 5, 16, 23, 30)))).toBe("2024-06-17");
    expect(formatDayNumber(londonDayNumber(Date.UTC(2024, 11, 15, 23, 30)))).toBe("2024-12-15");
  });

  it("covers the first and last instants of 2000–2100 and refuses the instants either side", () => {
    expect(londonDayNumber(FIRST_MS)).toBe(SUPPORTED_RANGE.firstDay);
    expect(londonDayNumber(END_MS - 1)).toBe(SUPPORTED_RANGE.lastDay);
    expect(() => londonOffsetMs(FIRST_MS - 1)).toThrow(
      new RangeError("epochMs 946684799999 (UTC day 1999-12-31) is outside the supported years 2000–2100"),
    );
    expect(() => londonDayNumber(END_MS)).toThrow(
      new RangeError("epochMs 4133980800000 (UTC day 2101-01-01) is outside the supported years 2000–2100"),
    );
    expect(() => londonDayNumber(1e20)).toThrow(
      new RangeError("epochMs 100000000000000000000 is outside the supported years 2000–2100"),
    );
  });

  it("names a value that is not a finite number", () => {
    expect(() => londonDayNumber(Number.NaN)).toThrow(
      new RangeError("epochMs must be a finite number of milliseconds, got NaN"),
    );
    expect(() => londonOffsetMs("0" as unknown as number)).toThrow(
      new RangeError('epochMs must be a finite number of milliseconds, got "0"'),
    );
    expect(() => londonOffsetMs(Symbol("t") as unknown as number)).toThrow(
      new RangeError("epochMs must be a finite number of milliseconds, got Symbol(t)"),
    );
  });

  test.prop([instant], { numRuns: 2000 })("londonOffsetMs equals Intl's Europe/London offset over 2000–2100", (ms) => {
    const wholeSecond = Math.floor(ms / 1000) * 1000;
    expect(londonOffsetMs(ms)).toBe(intlWallMs(ms) - wholeSecond);
  });

  test.prop([instant], { numRuns: 2000 })("londonDayNumber equals Intl's Europe/London day over 2000–2100", (ms) => {
    expect(londonDayNumber(ms)).toBe(Math.floor(intlWallMs(ms) / MS_PER_DAY));
  });

  test.prop([instant], { numRuns: 500 })("timeZone('Europe/London') agrees with londonOffsetMs", (ms) => {
    expect(timeZone("Europe/London").offsetMs(ms)).toBe(londonOffsetMs(ms));
  });
});

describe("londonDayStart", () => {
  it("is midnight GMT in winter and 23:00 UTC the day before in summer", () => {
    expect(londonDayStart(parseDay("2024-06-17"))).toBe(Date.UTC(2024, 5, 16, 23));
    expect(londonDayStart(parseDay("2024-12-17"))).toBe(Date.UTC(2024, 11, 17));
    // the clocks change at 01:00 UTC on these Sundays, after midnight
    expect(londonDayStart(parseDay("2024-03-31"))).toBe(Date.UTC(2024, 2, 31));
    expect(londonDayStart(parseDay("2024-10-27"))).toBe(Date.UTC(2024, 9, 26, 23));
  });

  it("covers the first and last supported days and names a day outside them", () => {
    expect(londonDayStart(SUPPORTED_RANGE.firstDay)).toBe(FIRST_MS);
    expect(londonDayStart(SUPPORTED_RANGE.lastDay)).toBe(Date.UTC(2100, 11, 31));
    expect(() => londonDayStart(SUPPORTED_RANGE.lastDay + 1)).toThrow(
      new RangeError("day 2101-01-01 is outside the supported years 2000–2100"),
    );
    expect(() => londonDayStart(-1e9)).toThrow(
      new RangeError("day -1000000000 is outside the supported years 2000–2100"),
    );
    expect(() => londonDayStart(19_000.5)).toThrow(new RangeError("dayNumber must be an integer, got 19000.5"));
    expect(() => londonDayStart(Number.NaN)).toThrow(new RangeError("dayNumber must be an integer, got NaN"));
    expect(() => londonDayStart(10n as unknown as number)).toThrow(
      new RangeError("dayNumber must be an integer, got 10n"),
    );
  });

  test.prop([fc.integer({ min: SUPPORTED_RANGE.firstDay, max: SUPPORTED_RANGE.lastDay })], { numRuns: 1000 })(
    "londonDayStart(d) is the first instant whose London day is d",
    (day) => {
      const start = londonDayStart(day);
      expect(londonDayNumber(start)).toBe(day);
      if (start > FIRST_MS) expect(londonDayNumber(start - 1)).toBe(day - 1);
    },
  );
});
