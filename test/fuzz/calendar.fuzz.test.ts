import fc from "fast-check";
import { describe, it } from "vitest";
import {
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  bankHolidays,
  dateOfDayNumber,
  dayNumber,
  dayOfWeek,
  easterSunday,
  isValidDate,
  isWorkingDay,
  londonDay,
  londonDayNumber,
  nextWorkingDay,
  previousWorkingDay,
  workingCalendar,
  workingDaysBetween,
} from "../../src/calendar/index.js";
import { ValidationError } from "../../src/core/index.js";
import { corrupted, expectTypedOutcome, FUZZ_RUNS, hostile } from "./hostile.js";

const TYPED = [RangeError, ValidationError];
const ew = { division: "england-and-wales" } as const;
const cal = workingCalendar(ew);
const day = "2025-03-03";

// biome-ignore lint/suspicious/noExplicitAny: hostile input goes where the types do not allow it
type Loose = any;

/** Every public calendar function, with one argument hostile and the rest good. */
const CALLS: readonly [string, (x: Loose) => unknown][] = [
  ["addCalendarDays date", (x) => addCalendarDays(x, 1)],
  ["addCalendarDays n", (x) => addCalendarDays(day, x)],
  ["addCalendarMonths date", (x) => addCalendarMonths(x, 1)],
  ["addCalendarMonths n", (x) => addCalendarMonths(day, x)],
  ["addWorkingDays date", (x) => addWorkingDays(x, 1, ew)],
  ["addWorkingDays n", (x) => addWorkingDays(day, x, ew)],
  ["addWorkingDays options", (x) => addWorkingDays(day, 1, x)],
  ["bankHolidays division", (x) => bankHolidays(x, { from: "2025-01-01", to: "2025-12-31" })],
  ["bankHolidays options", (x) => bankHolidays("scotland", x)],
  ["dateOfDayNumber", (x) => dateOfDayNumber(x)],
  ["dayNumber", (x) => dayNumber(x)],
  ["dayOfWeek", (x) => dayOfWeek(x)],
  ["easterSunday", (x) => easterSunday(x)],
  ["isValidDate", (x) => isValidDate(x)],
  ["isWorkingDay date", (x) => isWorkingDay(x, ew)],
  ["isWorkingDay options", (x) => isWorkingDay(day, x)],
  ["londonDay", (x) => londonDay(x)],
  ["londonDayNumber", (x) => londonDayNumber(x)],
  ["nextWorkingDay", (x) => nextWorkingDay(x, ew)],
  ["nextWorkingDay options", (x) => nextWorkingDay(day, x)],
  ["previousWorkingDay", (x) => previousWorkingDay(x, ew)],
  ["previousWorkingDay options", (x) => previousWorkingDay(day, x)],
  ["workingDaysBetween start", (x) => workingDaysBetween(x, day, ew)],
  ["workingDaysBetween end", (x) => workingDaysBetween(day, x, ew)],
  ["workingDaysBetween options", (x) => workingDaysBetween(day, day, x)],
  ["workingCalendar options", (x) => workingCalendar(x)],
  ["workingCalendar closures", (x) => workingCalendar({ division: "scotland", closures: x })],
  ["WorkingCalendar.isWorkingDay", (x) => cal.isWorkingDay(x)],
  ["WorkingCalendar.addWorkingDays date", (x) => cal.addWorkingDays(x, 1)],
  ["WorkingCalendar.addWorkingDays n", (x) => cal.addWorkingDays(day, x)],
  ["WorkingCalendar.workingDaysBetween", (x) => cal.workingDaysBetween(day, x)],
  ["WorkingCalendar.nextWorkingDay", (x) => cal.nextWorkingDay(x)],
  ["WorkingCalendar.previousWorkingDay", (x) => cal.previousWorkingDay(x)],
  ["WorkingCalendar.isWorkingDayNumber", (x) => cal.isWorkingDayNumber(x)],
  ["WorkingCalendar.addWorkingDaysToDayNumber day", (x) => cal.addWorkingDaysToDayNumber(x, 1)],
  ["WorkingCalendar.addWorkingDaysToDayNumber n", (x) => cal.addWorkingDaysToDayNumber(20_000, x)],
  ["WorkingCalendar.workingDaysBetweenDayNumbers", (x) => cal.workingDaysBetweenDayNumbers(20_000, x)],
];

describe("calendar under hostile input: a value or a RangeError, never a TypeError, a hang or a change", () => {
  for (const [name, run] of CALLS) {
    it(name, () => {
      fc.assert(
        fc.property(hostile, (x) => {
          expectTypedOutcome(() => run(x), [x], TYPED);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  }

  it("bankHolidays with a corrupted { from, to }", () => {
    fc.assert(
      fc.property(corrupted({ from: "2025-01-01", to: "2025-12-31" }), (options) => {
        expectTypedOutcome(() => bankHolidays("england-and-wales", options as never), [options], TYPED);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("workingCalendar with a corrupted closure run", () => {
    fc.assert(
      fc.property(corrupted({ from: "2025-03-10", to: "2025-03-12" }), (run) => {
        const options = { division: "england-and-wales", closures: [run] };
        expectTypedOutcome(() => workingCalendar(options as never), [options], TYPED);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
