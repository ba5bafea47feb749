import { describe, expect, it } from "vitest";
import { bankHolidays, GOV_UK_DIVISIONS, type GovUkDivision } from "../../src/calendar/index.js";
import { GOVUK_2019_2027, parseFixture } from "./fixtures/govuk2019to2027.js";

const year = (division: GovUkDivision | "united-kingdom", y: number) =>
  bankHolidays(division, { from: `${y}-01-01`, to: `${y}-12-31` });
/** `MM-DD` of each holiday, with `*` on substitute days: compact enough to write out by hand. */
const days = (division: GovUkDivision | "united-kingdom", y: number) =>
  year(division, y).map((h) => `${h.date.slice(5)}${h.substitute ? "*" : ""}`);
const titleOn = (division: GovUkDivision, date: string) => bankHolidays(division, { from: date, to: date })[0]?.title;

describe("bankHolidays", () => {
  it.each(GOV_UK_DIVISIONS)(
    "lists GOV.UK's 2019–2027 bank holidays for %s, with titles and substitute days",
    (division) => {
      const listed = bankHolidays(division, { from: "2019-01-01", to: "2027-12-31" });
      expect(listed.map(({ date, title, substitute }) => ({ date, title, substitute }))).toEqual(
        parseFixture(GOVUK_2019_2027[division]),
      );
    },
  );

  it("includes both ends of the range and nothing outside it", () => {
    expect(bankHolidays("england-and-wales", { from: "2025-12-25", to: "2025-12-26" }).map((h) => h.date)).toEqual([
      "2025-12-25",
      "2025-12-26",
    ]);
    expect(bankHolidays("england-and-wales", { from: "2025-12-27", to: "2025-12-31" })).toEqual([]);
    expect(bankHolidays("england-and-wales", { from: "2100-12-27", to: "2100-12-31" }).map((h) => h.date)).toEqual([
      "2100-12-27",
      "2100-12-28",
    ]);
  });

  it("says in which divisions each day is a bank holiday", () => {
    const [stAndrew] = bankHolidays("scotland", { from: "2025-12-01", to: "2025-12-01" });
    expect(stAndrew).toEqual({
      date: "2025-12-01",
      title: "St Andrew’s Day",
      substitute: true,
      divisions: ["scotland"],
    });
    const [christmas] = bankHolidays("northern-ireland", { from: "2025-12-25", to: "2025-12-25" });
    expect(christmas?.divisions).toEqual(["england-and-wales", "scotland", "northern-ireland"]);
  });

  it("returns a fresh array each time, of frozen records, and leaves its options untouched", () => {
    const options = Object.freeze({ from: "2025-01-01", to: "2025-12-31" });
    const first = bankHolidays("england-and-wales", options);
    first.pop();
    expect(bankHolidays("england-and-wales", options)).toHaveLength(8);
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(options).toEqual({ from: "2025-01-01", to: "2025-12-31" });
  });
});

describe("bankHolidays in far years, worked by hand", () => {
  // 2000: 1 January a Saturday, Easter Sunday 23 April, Christmas a Monday; no St Andrew's Day yet.
  it("2000", () => {
    expect(days("england-and-wales", 2000)).toEqual([
      "01-03*",
      "04-21",
      "04-24",
      "05-01",
      "05-29",
      "08-28",
      "12-25",
      "12-26",
    ]);
    expect(days("scotland", 2000)).toEqual(["01-03*", "01-04*", "04-21", "05-01", "05-29", "08-07", "12-25", "12-26"]);
    expect(days("northern-ireland", 2000)).toEqual([
      "01-03*",
      "03-17",
      "04-21",
      "04-24",
      "05-01",
      "05-29",
      "07-12",
      "08-28",
      "12-25",
      "12-26",
    ]);
  });

  // 2100 is not a leap year: 1 January a Friday, Easter Sunday 28 March, 12 July a Monday,
  // 30 November a Tuesday, Christmas a Saturday.
  it("2100", () => {
    expect(days("england-and-wales", 2100)).toEqual([
      "01-01",
      "03-26",
      "03-29",
      "05-03",
      "05-31",
      "08-30",
      "12-27*",
      "12-28*",
    ]);
    expect(days("scotland", 2100)).toEqual([
      "01-01",
      "01-04*",
      "03-26",
      "05-03",
      "05-31",
      "08-02",
      "11-30",
      "12-27*",
      "12-28*",
    ]);
    expect(days("northern-ireland", 2100)).toEqual([
      "01-01",
      "03-17",
      "03-26",
      "03-29",
      "05-03",
      "05-31",
      "07-12",
      "08-30",
      "12-27*",
      "12-28*",
    ]);
  });

  // 2033: 1 January a Saturday and Christmas a Sunday (as in 2022); Easter Sunday 17 April.
  it("2033", () => {
    expect(days("scotland", 2033)).toEqual([
      "01-03*",
      "01-04*",
      "04-15",
      "05-02",
      "05-30",
      "08-01",
      "11-30",
      "12-26",
      "12-27*",
    ]);
  });

  it("St Andrew's Day is a bank holiday from 2007, when the 2007 Act came into force", () => {
    expect(titleOn("scotland", "2006-11-30")).toBeUndefined();
    expect(titleOn("scotland", "2007-11-30")).toBe("St Andrew’s Day");
  });
});

describe("bankHolidays refuses what it cannot answer", () => {
  it("names the year outside 2000–2100 instead of guessing", () => {
    expect(() => bankHolidays("scotland", { from: "1999-01-01", to: "2000-12-31" })).toThrow(
      new RangeError("from 1999-01-01 is in 1999, outside the supported years 2000–2100"),
    );
    expect(() => bankHolidays("scotland", { from: "2100-01-01", to: "2101-01-01" })).toThrow(
      /to 2101-01-01 is in 2101/,
    );
  });

  it("names an unknown division, an impossible day and a reversed range", () => {
    expect(() => bankHolidays("wales" as never, { from: "2025-01-01", to: "2025-12-31" })).toThrow(
      /division must be one of "england-and-wales", "scotland", "northern-ireland", "united-kingdom", got "wales"/,
    );
    expect(() => bankHolidays("scotland", { from: "2023-02-29", to: "2023-12-31" })).toThrow(
      new RangeError("from 2023-02-29 does not exist (February 2023 has 28 days)"),
    );
    expect(() => bankHolidays("scotland", { from: "2024-13-01", to: "2024-12-31" })).toThrow(/there is no month 13/);
    expect(() => bankHolidays("scotland", { from: "2025-12-31", to: "2025-01-01" })).toThrow(
      new RangeError("to 2025-01-01 is before from 2025-12-31"),
    );
    expect(() => bankHolidays("scotland", undefined as never)).toThrow(/options must be \{ from, to \}/);
    expect(() => bankHolidays("scotland", { from: "1/1/2025", to: "2025-12-31" })).toThrow(
      /from must be an ISO calendar day YYYY-MM-DD, got "1\/1\/2025"/,
    );
  });
});
