import { TZDate } from "@date-fns/tz";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { dateOfDayNumber, londonDay, londonDayNumber } from "../../src/calendar/index.js";

const utc = (iso: string) => Date.parse(iso);

describe("londonDay", () => {
  it("puts Sunday 23:30 UTC in June on Monday in London (BST, UTC+1)", () => {
    expect(londonDay("2024-06-16T23:30:00Z")).toBe("2024-06-17");
  });

  it("keeps Sunday 23:30 UTC in December on Sunday (GMT)", () => {
    expect(londonDay("2024-12-15T23:30:00Z")).toBe("2024-12-15");
  });

  it("switches exactly at 01:00 UTC on the last Sundays of March and October", () => {
    // 2024: BST from Sunday 31 March 01:00 UTC to Sunday 27 October 01:00 UTC.
    expect(londonDay(utc("2024-03-30T23:59:59.999Z"))).toBe("2024-03-30");
    expect(londonDay(utc("2024-10-26T22:59:59.999Z"))).toBe("2024-10-26");
    expect(londonDay(utc("2024-10-26T23:00:00Z"))).toBe("2024-10-27");
    expect(londonDay(utc("2024-03-31T23:00:00Z"))).toBe("2024-04-01");
    expect(londonDay(utc("2024-10-27T23:00:00Z"))).toBe("2024-10-27");
  });

  it("reads offsets in every ISO 8601 form, and fractions of a second", () => {
    expect(londonDay("2024-06-17T00:30:00+01:00")).toBe("2024-06-17");
    expect(londonDay("2024-06-16T19:30-0400")).toBe("2024-06-17");
    expect(londonDay("2024-06-17T08:30:00+09")).toBe("2024-06-17");
    expect(londonDay("2024-06-16T22:59:59.999999Z")).toBe("2024-06-16");
    expect(londonDay("2024-06-16T23:00:00,5Z")).toBe("2024-06-17");
  });

  it("takes epoch milliseconds and Dates", () => {
    expect(londonDay(Date.UTC(2024, 5, 16, 23, 30))).toBe("2024-06-17");
    expect(londonDay(new Date(Date.UTC(2024, 5, 16, 23, 30)))).toBe("2024-06-17");
  });

  it("covers the whole of 2000–2100 and no more", () => {
    expect(londonDay("2000-01-01T00:00:00Z")).toBe("2000-01-01");
    expect(londonDay("2100-12-31T23:59:59Z")).toBe("2100-12-31");
    expect(() => londonDay("1999-12-31T23:59:59Z")).toThrow(/outside the supported years 2000–2100/);
    expect(() => londonDay("2101-01-01T00:00:00Z")).toThrow(/UTC day 2101-01-01/);
  });

  it("refuses a time without an offset, an impossible one, and things that are not instants", () => {
    expect(() => londonDay("2024-06-16T23:30:00")).toThrow(
      new RangeError(
        'instant "2024-06-16T23:30:00" has no offset: add Z or ±HH:MM (a local time is ambiguous: an hour apart in British Summer Time)',
      ),
    );
    expect(() => londonDay("2024-06-16")).toThrow(
      new RangeError(
        'instant "2024-06-16" is a day, not an instant: add a time and an offset, such as 2024-06-16T09:30:00Z',
      ),
    );
    expect(() => londonDay("next Tuesday")).toThrow(
      /^instant "next Tuesday" is not a date-time: expected an ISO 8601 instant such as 2024-06-17T09:30:00\+01:00/,
    );
    expect(() => londonDay("2023-02-29T12:00:00Z")).toThrow(
      new RangeError('instant "2023-02-29T12:00:00Z" is not a real date: February 2023 has 28 days'),
    );
    expect(() => londonDay("2024-06-16T24:00:00Z")).toThrow(
      new RangeError('instant "2024-06-16T24:00:00Z" is not a time of day: 24:00:00 (expected 00:00 to 23:59:59)'),
    );
    expect(() => londonDay("2024-06-16T12:00:00+24:00")).toThrow(
      new RangeError('instant "2024-06-16T12:00:00+24:00" has an offset out of range (expected Z or -23:59 to +23:59)'),
    );
    expect(() => londonDay(new Date(Number.NaN))).toThrow(new RangeError("instant is an invalid Date"));
    expect(() => londonDay(Number.POSITIVE_INFINITY)).toThrow(
      new RangeError("instant must be a whole number of epoch milliseconds, got Infinity"),
    );
    expect(() => londonDay(1.5)).toThrow(
      new RangeError("instant must be a whole number of epoch milliseconds, got 1.5"),
    );
    expect(() => londonDay({} as never)).toThrow(
      /^instant must be an ISO 8601 instant \(.*\), epoch milliseconds or a Date, got an object$/,
    );
  });
});

describe("londonDayNumber", () => {
  const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2101, 0, 1) - 1 });
  const londonByTimeZoneDatabase = (ms: number) => {
    const date = new TZDate(ms, "Europe/London");
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  };

  test.prop([instant], { numRuns: 5000 })(
    "londonDayNumber agrees with @date-fns/tz (the IANA database) for any instant in 2000–2100",
    (ms) => {
      expect(dateOfDayNumber(londonDayNumber(ms))).toBe(londonByTimeZoneDatabase(ms));
    },
  );

  // Random instants rarely land near a clock change, so also try every hour around each one.
  test.prop([
    fc.integer({ min: 2000, max: 2100 }),
    fc.constantFrom(2, 9),
    fc.integer({ min: 20, max: 31 }),
    fc.integer({ min: 0, max: 47 }),
  ])(
    "londonDayNumber agrees with @date-fns/tz in the last weeks of March and October, hour by hour",
    (year, monthIndex, day, halfHour) => {
      const ms = Date.UTC(year, monthIndex, day) + halfHour * 1_800_000 - 1;
      if (ms >= Date.UTC(2000, 0, 1)) expect(dateOfDayNumber(londonDayNumber(ms))).toBe(londonByTimeZoneDatabase(ms));
    },
  );
});
