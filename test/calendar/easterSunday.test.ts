import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { bankHolidays, dayOfWeek, easterSunday } from "../../src/calendar/index.js";

// Western (Gregorian) Easter Sunday, 2000–2030, from the Astronomical Society of South Australia's
// published table (as listed at dates.gmarts.org), plus far years from the same table: 2038 is
// the latest possible date (25 April) and 2008 the earliest within 2000–2100 (23 March).
const PUBLISHED: Record<number, string> = {
  2000: "04-23",
  2001: "04-15",
  2002: "03-31",
  2003: "04-20",
  2004: "04-11",
  2005: "03-27",
  2006: "04-16",
  2007: "04-08",
  2008: "03-23",
  2009: "04-12",
  2010: "04-04",
  2011: "04-24",
  2012: "04-08",
  2013: "03-31",
  2014: "04-20",
  2015: "04-05",
  2016: "03-27",
  2017: "04-16",
  2018: "04-01",
  2019: "04-21",
  2020: "04-12",
  2021: "04-04",
  2022: "04-17",
  2023: "04-09",
  2024: "03-31",
  2025: "04-20",
  2026: "04-05",
  2027: "03-28",
  2028: "04-16",
  2029: "04-01",
  2030: "04-21",
  2038: "04-25",
  2049: "04-18",
  2057: "04-22",
  2076: "04-19",
  2095: "04-24",
  2100: "03-28",
};

describe("easterSunday", () => {
  it.each(Object.entries(PUBLISHED))("gives the published date of Easter Sunday %s", (year, monthDay) => {
    expect(easterSunday(Number(year))).toBe(`${year}-${monthDay}`);
  });

  it("matches Meeus's worked examples outside our years (1818: 22 March; 1886 and 1943: 25 April)", () => {
    expect(easterSunday(1818)).toBe("1818-03-22");
    expect(easterSunday(1886)).toBe("1886-04-25");
    expect(easterSunday(1943)).toBe("1943-04-25");
  });

  it("puts Good Friday two days before and, outside Scotland, Easter Monday the day after", () => {
    expect(bankHolidays("england-and-wales", { from: "2038-04-20", to: "2038-04-30" }).map((h) => h.date)).toEqual([
      "2038-04-23",
      "2038-04-26",
    ]);
    expect(bankHolidays("scotland", { from: "2038-04-20", to: "2038-04-30" }).map((h) => h.date)).toEqual([
      "2038-04-23",
    ]);
  });

  test.prop([fc.integer({ min: 1583, max: 9999 })])(
    "Easter is always a Sunday between 22 March and 25 April",
    (year) => {
      const easter = easterSunday(year);
      expect(dayOfWeek(easter)).toBe(0);
      expect(easter.slice(5) >= "03-22" && easter.slice(5) <= "04-25").toBe(true);
    },
  );

  it("refuses years before the Gregorian calendar and non-integers, naming the year", () => {
    expect(() => easterSunday(1582)).toThrow(
      new RangeError("year must be from 1583 (the first full Gregorian year) to 9999, got 1582"),
    );
    expect(() => easterSunday(2024.5)).toThrow(new RangeError("year must be an integer, got 2024.5"));
  });
});
