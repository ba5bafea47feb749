import { describe, expectTypeOf, it } from "vitest";
import {
  addWorkingDays,
  BANK_HOLIDAY_RULES,
  type BankHoliday,
  bankHolidays,
  type Division,
  type GovUkDivision,
  londonDay,
  PROCLAMATIONS,
  type Proclamation,
  type WorkingCalendar,
  workingCalendar,
} from "../../src/calendar/index.js";

describe("calendar types", () => {
  it("bankHolidays returns readonly BankHoliday records", () => {
    expectTypeOf(bankHolidays("scotland", { from: "2025-01-01", to: "2025-12-31" })).toEqualTypeOf<BankHoliday[]>();
    expectTypeOf<BankHoliday["divisions"]>().toEqualTypeOf<readonly GovUkDivision[]>();
    // @ts-expect-error: records are readonly
    bankHolidays("scotland", { from: "2025-01-01", to: "2025-12-31" })[0]!.date = "2025-01-02";
  });

  it("a division is one of four literal strings, and united-kingdom is not a GOV.UK division", () => {
    expectTypeOf<"united-kingdom">().toMatchTypeOf<Division>();
    expectTypeOf<"united-kingdom">().not.toMatchTypeOf<GovUkDivision>();
    // @ts-expect-error: "wales" is not a division
    addWorkingDays("2025-01-01", 1, { division: "wales" });
    // @ts-expect-error: the division is required
    addWorkingDays("2025-01-01", 1, {});
  });

  it("working calendars are plain functions; London days accept strings, numbers and Dates", () => {
    expectTypeOf(workingCalendar({ division: "england-and-wales" })).toEqualTypeOf<WorkingCalendar>();
    expectTypeOf(workingCalendar({ division: "scotland" }).addWorkingDays).toEqualTypeOf<
      (date: string, n: number) => string
    >();
    expectTypeOf(londonDay).parameter(0).toEqualTypeOf<string | number | Date>();
  });

  it("reference data is typed by its interfaces", () => {
    expectTypeOf(PROCLAMATIONS).toEqualTypeOf<readonly Proclamation[]>();
    expectTypeOf(BANK_HOLIDAY_RULES[0]!.date.kind).toEqualTypeOf<"fixed" | "easter" | "monday" | "after">();
  });
});
