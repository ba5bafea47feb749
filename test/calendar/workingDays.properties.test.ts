import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  addCalendarDays,
  addWorkingDays,
  bankHolidays,
  DIVISIONS,
  dateOfDayNumber,
  dayNumber,
  dayOfWeek,
  GOV_UK_DIVISIONS,
  isWorkingDay,
  workingDaysBetween,
} from "../../src/calendar/index.js";

const FIRST = dayNumber("2000-01-01");
const LAST = dayNumber("2100-12-31");
// Days kept a year clear of the edges, so that steps of up to ±250 working days stay in range.
const day = fc.integer({ min: FIRST + 400, max: LAST - 400 }).map(dateOfDayNumber);
const anyDay = fc.integer({ min: FIRST, max: LAST }).map(dateOfDayNumber);
const division = fc.constantFrom(...DIVISIONS);
const steps = fc.integer({ min: -250, max: 250 });

describe("working-day laws", () => {
  test.prop([day, steps.filter((n) => n !== 0), division])(
    "a non-zero step always lands on a working day",
    (date, n, d) => {
      expect(isWorkingDay(addWorkingDays(date, n, { division: d }), { division: d })).toBe(true);
    },
  );

  test.prop([day, steps, division])("workingDaysBetween(d, addWorkingDays(d, n)) === n, from any day", (date, n, d) => {
    expect(workingDaysBetween(date, addWorkingDays(date, n, { division: d }), { division: d })).toBe(n);
  });

  test.prop([day, fc.integer({ min: -120, max: 120 }), fc.integer({ min: -120, max: 120 }), division])(
    "from a working day, adding a then b equals adding a + b",
    (date, a, b, d) => {
      const start = addWorkingDays(date, 1, { division: d });
      const stepwise = addWorkingDays(addWorkingDays(start, a, { division: d }), b, { division: d });
      expect(stepwise).toBe(addWorkingDays(start, a + b, { division: d }));
    },
  );

  test.prop([day, steps.filter((n) => n !== 0), division])(
    "a step moves in its own direction and skips only non-working days",
    (date, n, d) => {
      const target = addWorkingDays(date, n, { division: d });
      expect(Math.sign(dayNumber(target) - dayNumber(date))).toBe(Math.sign(n));
    },
  );

  test.prop([day, fc.integer({ min: -60, max: 60 }), division])(
    "workingDaysBetween agrees with counting the days one by one (start excluded, end included)",
    (start, offset, d) => {
      const end = addCalendarDays(start, offset);
      let counted = 0;
      const [lo, hi] = offset >= 0 ? [1, offset] : [offset, -1];
      for (let i = lo; i <= hi; i++) if (isWorkingDay(addCalendarDays(start, i), { division: d })) counted += 1;
      expect(workingDaysBetween(start, end, { division: d })).toBe((offset >= 0 ? counted : -counted) + 0); // + 0 turns -0 into 0
    },
  );

  test.prop([anyDay, division])(
    "a day is a working day exactly when it is a weekday and not a bank holiday",
    (date, d) => {
      if (dayOfWeek(date) === 0 || dayOfWeek(date) === 6) expect(isWorkingDay(date, { division: d })).toBe(false);
      else expect(isWorkingDay(date, { division: d })).toBe(bankHolidays(d, { from: date, to: date }).length === 0);
    },
  );
});

describe("the united-kingdom division", () => {
  const range = fc
    .tuple(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 0, max: 800 }))
    .map(([from, length]) => ({ from: dateOfDayNumber(from), to: dateOfDayNumber(Math.min(LAST, from + length)) }));

  test.prop([range])("united-kingdom bank holidays are exactly the union of the three divisions'", (options) => {
    const union = new Set(GOV_UK_DIVISIONS.flatMap((d) => bankHolidays(d, options).map((h) => h.date)));
    expect(bankHolidays("united-kingdom", options).map((h) => h.date)).toEqual([...union].sort());
  });

  test.prop([anyDay])("a day is a united-kingdom working day exactly when it is one in all three divisions", (date) => {
    const everywhere = GOV_UK_DIVISIONS.every((division) => isWorkingDay(date, { division }));
    expect(isWorkingDay(date, { division: "united-kingdom" })).toBe(everywhere);
  });

  test.prop([range])(
    "each united-kingdom holiday lists the divisions that have it, and takes the first one's title",
    (options) => {
      for (const holiday of bankHolidays("united-kingdom", options)) {
        const having = GOV_UK_DIVISIONS.filter(
          (d) => bankHolidays(d, { from: holiday.date, to: holiday.date }).length > 0,
        );
        expect(holiday.divisions).toEqual(having);
        expect(holiday.title).toBe(bankHolidays(having[0]!, { from: holiday.date, to: holiday.date })[0]!.title);
      }
    },
  );
});
