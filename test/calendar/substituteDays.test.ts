import { describe, expect, it } from "vitest";
import { bankHolidays, type GovUkDivision } from "../../src/calendar/index.js";

// Every expectation here was worked out by hand from the weekday of the dates involved and the
// rule: a holiday on a weekday keeps its date; one at a weekend moves to the next weekday that is
// not already a holiday (so a Monday holiday is never displaced by a Sunday one).
const between = (division: GovUkDivision, from: string, to: string) =>
  bankHolidays(division, { from, to }).map((h) => `${h.date} ${h.title}${h.substitute ? " (substitute)" : ""}`);

describe("substitute days at Christmas", () => {
  it("Christmas on a Saturday and Boxing Day on a Sunday (2010, 2021, 2027): Monday and Tuesday are both substitutes", () => {
    for (const y of [2010, 2021, 2027]) {
      expect(between("england-and-wales", `${y}-12-24`, `${y}-12-31`)).toEqual([
        `${y}-12-27 Christmas Day (substitute)`,
        `${y}-12-28 Boxing Day (substitute)`,
      ]);
    }
  });

  it("Christmas on a Sunday (2011, 2016, 2022): Boxing Day keeps Monday 26th and Christmas moves to Tuesday 27th", () => {
    for (const y of [2011, 2016, 2022]) {
      expect(between("scotland", `${y}-12-24`, `${y}-12-31`)).toEqual([
        `${y}-12-26 Boxing Day`,
        `${y}-12-27 Christmas Day (substitute)`,
      ]);
    }
  });

  it("Christmas on a Friday (2020, 2026): Boxing Day moves from Saturday to Monday 28th", () => {
    for (const y of [2020, 2026]) {
      expect(between("northern-ireland", `${y}-12-24`, `${y}-12-31`)).toEqual([
        `${y}-12-25 Christmas Day`,
        `${y}-12-28 Boxing Day (substitute)`,
      ]);
    }
  });
});

describe("substitute days at New Year", () => {
  it("1 January on a Saturday (2011, 2022): New Year's Day moves to Monday 3rd", () => {
    expect(between("england-and-wales", "2011-01-01", "2011-01-07")).toEqual([
      "2011-01-03 New Year’s Day (substitute)",
    ]);
    expect(between("england-and-wales", "2022-01-01", "2022-01-07")).toEqual([
      "2022-01-03 New Year’s Day (substitute)",
    ]);
  });

  it("1 January on a Sunday (2017, 2023): New Year's Day moves to Monday 2nd", () => {
    expect(between("northern-ireland", "2017-01-01", "2017-01-07")).toEqual(["2017-01-02 New Year’s Day (substitute)"]);
    expect(between("northern-ireland", "2023-01-01", "2023-01-07")).toEqual(["2023-01-02 New Year’s Day (substitute)"]);
  });

  it("Scotland, 1 and 2 January at a weekend (2022): both move, to Monday 3rd and Tuesday 4th", () => {
    expect(between("scotland", "2022-01-01", "2022-01-07")).toEqual([
      "2022-01-03 New Year’s Day (substitute)",
      "2022-01-04 2nd January (substitute)",
    ]);
  });

  it("Scotland, 1 January on a Sunday (2023): GOV.UK gives Monday to New Year's Day and Tuesday to 2nd January", () => {
    expect(between("scotland", "2023-01-01", "2023-01-07")).toEqual([
      "2023-01-02 New Year’s Day (substitute)",
      "2023-01-03 2nd January (substitute)",
    ]);
  });

  it("Scotland, 1 January on a Friday (2016, 2021, 2027): 2nd January moves from Saturday to Monday 4th", () => {
    for (const y of [2016, 2021, 2027]) {
      expect(between("scotland", `${y}-01-01`, `${y}-01-07`)).toEqual([
        `${y}-01-01 New Year’s Day`,
        `${y}-01-04 2nd January (substitute)`,
      ]);
    }
  });

  it("Scotland, 1 January on a Thursday (2026): 2nd January is Friday 2nd, no substitute", () => {
    expect(between("scotland", "2026-01-01", "2026-01-07")).toEqual([
      "2026-01-01 New Year’s Day",
      "2026-01-02 2nd January",
    ]);
  });
});

describe("substitute days for Scottish and Northern Irish holidays", () => {
  it("St Andrew's Day on a Saturday (2019, 2024) moves to Monday 2 December, on a Sunday (2025) to Monday 1 December", () => {
    expect(between("scotland", "2019-11-30", "2019-12-03")).toEqual(["2019-12-02 St Andrew’s Day (substitute)"]);
    expect(between("scotland", "2024-11-30", "2024-12-03")).toEqual(["2024-12-02 St Andrew’s Day (substitute)"]);
    expect(between("scotland", "2025-11-30", "2025-12-03")).toEqual(["2025-12-01 St Andrew’s Day (substitute)"]);
  });

  it("the Battle of the Boyne on a Sunday (2020, 2026) moves to Monday 13 July, on a Saturday (2025) to Monday 14 July", () => {
    const boyne = "Battle of the Boyne (Orangemen’s Day) (substitute)";
    expect(between("northern-ireland", "2020-07-11", "2020-07-15")).toEqual([`2020-07-13 ${boyne}`]);
    expect(between("northern-ireland", "2026-07-11", "2026-07-15")).toEqual([`2026-07-13 ${boyne}`]);
    expect(between("northern-ireland", "2025-07-11", "2025-07-15")).toEqual([`2025-07-14 ${boyne}`]);
  });

  it("St Patrick's Day on a Saturday (2012) moves to Monday 19 March, on a Sunday (2024) to Monday 18 March", () => {
    expect(between("northern-ireland", "2012-03-16", "2012-03-20")).toEqual([
      "2012-03-19 St Patrick’s Day (substitute)",
    ]);
    expect(between("northern-ireland", "2024-03-16", "2024-03-20")).toEqual([
      "2024-03-18 St Patrick’s Day (substitute)",
    ]);
  });
});
