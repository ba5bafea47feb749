import { describe, expect, it } from "vitest";
import { bankHolidays, type Division, PROCLAMATIONS } from "../../src/calendar/index.js";

const between = (division: Division, from: string, to: string) =>
  bankHolidays(division, { from, to }).map((h) => `${h.date} ${h.title}${h.substitute ? " (substitute)" : ""}`);
const ALL = ["england-and-wales", "scotland", "northern-ireland"] as const;

describe("one-off changes by proclamation", () => {
  it.each(ALL)(
    "2002 Golden Jubilee in %s: spring bank holiday moved from 27 May to Tuesday 4 June, extra day Monday 3 June",
    (d) => {
      expect(between(d, "2002-05-20", "2002-06-10")).toEqual([
        "2002-06-03 Golden Jubilee bank holiday",
        "2002-06-04 Spring bank holiday",
      ]);
    },
  );

  it.each(ALL)("2011 royal wedding in %s: Friday 29 April", (d) => {
    expect(between(d, "2011-04-26", "2011-04-30")).toEqual(["2011-04-29 Royal wedding bank holiday"]);
  });

  it.each(ALL)("2012 Diamond Jubilee in %s: spring bank holiday moved from 28 May to 4 June, extra day 5 June", (d) => {
    expect(between(d, "2012-05-21", "2012-06-10")).toEqual([
      "2012-06-04 Spring bank holiday",
      "2012-06-05 Queen’s Diamond Jubilee",
    ]);
  });

  it.each(ALL)("2020 VE day in %s: early May bank holiday moved from Monday 4 May to Friday 8 May", (d) => {
    expect(between(d, "2020-05-01", "2020-05-10")).toEqual(["2020-05-08 Early May bank holiday (VE day)"]);
  });

  it.each(ALL)(
    "2022 in %s: spring moved from 30 May to Thursday 2 June, Platinum Jubilee 3 June, state funeral 19 September",
    (d) => {
      expect(between(d, "2022-05-23", "2022-06-10")).toEqual([
        "2022-06-02 Spring bank holiday",
        "2022-06-03 Platinum Jubilee bank holiday",
      ]);
      expect(between(d, "2022-09-19", "2022-09-19")).toEqual([
        "2022-09-19 Bank Holiday for the State Funeral of Queen Elizabeth II",
      ]);
    },
  );

  it.each(ALL)("2023 coronation in %s: Monday 8 May", (d) => {
    expect(between(d, "2023-05-02", "2023-05-28")).toEqual([
      "2023-05-08 Bank holiday for the coronation of King Charles III",
    ]);
  });

  it("2026: Monday 15 June is a bank holiday in Scotland only, for the World Cup, and so for FOI everywhere", () => {
    expect(between("scotland", "2026-06-15", "2026-06-15")).toEqual(["2026-06-15 World Cup bank holiday"]);
    expect(between("england-and-wales", "2026-06-15", "2026-06-15")).toEqual([]);
    expect(between("northern-ireland", "2026-06-15", "2026-06-15")).toEqual([]);
    expect(bankHolidays("united-kingdom", { from: "2026-06-15", to: "2026-06-15" })[0]?.divisions).toEqual([
      "scotland",
    ]);
  });

  it("Scotland 2010: 2 January fell on a Saturday and no substitute was proclaimed, so 4 January was a working day", () => {
    expect(between("scotland", "2010-01-01", "2010-01-08")).toEqual(["2010-01-01 New Year’s Day"]);
  });

  it("Scotland 2011: no substitute for Saturday 1 January; Sunday 2 January moved to Monday 3 January by the Act", () => {
    expect(between("scotland", "2011-01-01", "2011-01-08")).toEqual(["2011-01-03 2nd January (substitute)"]);
    expect(between("england-and-wales", "2011-01-01", "2011-01-08")).toEqual([
      "2011-01-03 New Year’s Day (substitute)",
    ]);
  });

  it("every proclamation names its source, and every date is in range and not at a weekend", () => {
    for (const p of PROCLAMATIONS) {
      expect(p.source.length).toBeGreaterThan(20);
      if (p.kind !== "no-substitute") {
        const weekday = new Date(`${p.date}T12:00:00Z`).getUTCDay();
        expect(weekday, p.date).not.toBe(0);
        expect(weekday, p.date).not.toBe(6);
      }
    }
  });
});
