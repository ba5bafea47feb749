import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Division } from "../../src/calendar/index.js";
import { addWorkingDays, dateOfDayNumber, dayNumber, londonDay, workingDaysBetween } from "../../src/calendar/index.js";
import type { Clock, Regime } from "../../src/clocks/index.js";
import {
  acknowledgeClock,
  clockStatus,
  dueDate,
  extendClock,
  pauseClock,
  resumeClock,
  startClock,
  stopClock,
} from "../../src/clocks/index.js";
import { anyClock, dayClock, deepFreeze, receivedDay } from "./arbitraries.js";

/** The day of the clock's last event (or receipt). */
const lastDay = (clock: Clock) => clock.events.at(-1)?.on ?? clock.received;
const isStopped = (clock: Clock) => clock.events.at(-1)?.type === "stop";
/** A "today" for status: a day (or, on an hours clock, an instant) a little after the last event. */
const todayFor = (clock: Clock, later: number): string | number =>
  clock.receivedAt !== undefined && typeof clock.regime === "object" && clock.regime.unit === "hours"
    ? (clock.events.at(-1)?.at ?? clock.receivedAt) + later * 3_600_000
    : dateOfDayNumber(dayNumber(lastDay(clock)) + later);

describe("clock laws", () => {
  test.prop([anyClock, fc.integer({ min: 0, max: 90 })])("the due date is never before receipt", (clock, later) => {
    const due = dueDate(clock);
    if (due !== null) expect(due >= clock.received).toBe(true);
    expect(clockStatus(clock, todayFor(clock, later)).dueDate >= clock.received).toBe(true);
  });

  test.prop([
    fc.constantFrom<Regime>("complaint-stage-1", "complaint-stage-2", { name: "bin", unit: "working-days", limit: 10 }),
    receivedDay,
    fc.constantFrom<Division>("england-and-wales", "scotland", "northern-ireland", "united-kingdom"),
    fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    fc.integer({ min: 0, max: 29 }),
    fc.integer({ min: 0, max: 20 }),
  ])(
    "a pause of k working days that starts before the due date moves it by exactly k working days",
    (regime, received, division, acknowledgedAfter, pauseAfter, pauseDays) => {
      let clock = startClock(regime, received, { division });
      if (acknowledgedAfter !== undefined && typeof regime === "string") {
        clock = acknowledgeClock(clock, dateOfDayNumber(dayNumber(received) + acknowledgedAfter));
      }
      const due = dueDate(clock)!;
      const paused = dateOfDayNumber(dayNumber(lastDay(clock)) + pauseAfter);
      fc.pre(paused < due);
      const resumed = dateOfDayNumber(dayNumber(paused) + pauseDays);
      const k = workingDaysBetween(paused, resumed, { division });
      expect(dueDate(resumeClock(pauseClock(clock, paused), resumed))).toBe(addWorkingDays(due, k, { division }));
    },
  );

  test.prop([receivedDay, fc.integer({ min: 0, max: 27 }), fc.integer({ min: 0, max: 20 })])(
    "an FOI fees notice from day p to day r moves the due date by the working days after receipt from p to r, both included",
    (received, noticeAfter, waited) => {
      const clock = startClock("foi", received);
      const due = dueDate(clock)!;
      const notice = dateOfDayNumber(dayNumber(received) + noticeAfter);
      fc.pre(notice <= due);
      const paid = dateOfDayNumber(dayNumber(notice) + waited);
      // The day of receipt is never counted (day 1 is the first working day after it), so a notice
      // given that day disregards only the days after it.
      const dayBefore = dateOfDayNumber(Math.max(dayNumber(notice) - 1, dayNumber(received)));
      const k = workingDaysBetween(dayBefore, paid, { division: "united-kingdom" });
      const after = resumeClock(pauseClock(clock, notice, { reason: "fee" }), paid);
      expect(dueDate(after)).toBe(addWorkingDays(due, k, { division: "united-kingdom" }));
    },
  );

  test.prop([
    fc.constantFrom<Regime>("foi", "foisa", "eir"),
    receivedDay,
    fc.integer({ min: 0, max: 30 }),
    fc.integer({ min: 0, max: 30 }),
  ])(
    "a clarification restarts the count: due on the 20th working day after it arrives",
    (regime, received, askedAfter, waited) => {
      const asked = dateOfDayNumber(dayNumber(received) + askedAfter);
      const clarified = dateOfDayNumber(dayNumber(asked) + waited);
      const clock = resumeClock(pauseClock(startClock(regime, received), asked), clarified);
      expect(dueDate(clock)).toBe(addWorkingDays(clarified, 20, { division: clock.division }));
    },
  );

  test.prop([anyClock, fc.integer({ min: 1, max: 20 })])(
    "an extension never moves the due date earlier",
    (clock, by) => {
      fc.pre(!isStopped(clock));
      const when = todayFor(clock, 0);
      let extended: Clock;
      try {
        extended = extendClock(clock, when, { by });
      } catch (error) {
        if (error instanceof RangeError) return; // not extendable, over the cap, or past the due date
        throw error;
      }
      expect(clockStatus(extended, when).dueDate >= clockStatus(clock, when).dueDate).toBe(true);
      if (typeof clock.regime === "object" && clock.regime.unit === "hours") {
        expect(clockStatus(extended, when).dueAt!).toBeGreaterThan(clockStatus(clock, when).dueAt!);
      }
    },
  );

  test.prop([anyClock, fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 10 })])(
    "the status is a pure function of (clock, today): same inputs, same output, inputs unchanged",
    (clock, later, margin) => {
      const json = JSON.stringify(clock);
      const frozen = deepFreeze(structuredClone(clock));
      const today = todayFor(clock, later);
      const first = clockStatus(frozen, today, { dueSoonWorkingDays: margin });
      expect(clockStatus(frozen, today, { dueSoonWorkingDays: margin })).toEqual(first);
      expect(clockStatus(JSON.parse(json) as Clock, today, { dueSoonWorkingDays: margin })).toEqual(first);
      expect(JSON.stringify(frozen)).toBe(json);
    },
  );

  test.prop([anyClock, fc.integer({ min: 0, max: 90 })])(
    "a JSON round trip of any clock is lossless",
    (clock, later) => {
      const copy = JSON.parse(JSON.stringify(clock)) as Clock;
      expect(copy).toEqual(clock);
      expect(dueDate(copy)).toBe(dueDate(clock));
      expect(clockStatus(copy, todayFor(clock, later))).toEqual(clockStatus(clock, todayFor(clock, later)));
    },
  );

  test.prop([dayClock, fc.integer({ min: 0, max: 40 })])(
    "operations never change the clock they are given",
    (clock, later) => {
      const json = JSON.stringify(clock);
      const frozen = deepFreeze(structuredClone(clock));
      const when = dateOfDayNumber(dayNumber(lastDay(clock)) + later);
      for (const operate of [
        () => pauseClock(frozen, when),
        () => resumeClock(frozen, when),
        () => extendClock(frozen, when),
        () => stopClock(frozen, when),
      ]) {
        try {
          operate();
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
        }
      }
      expect(JSON.stringify(frozen)).toBe(json);
    },
  );

  test.prop([dayClock])("a stopped clock's status has the due date dueDate gives", (clock) => {
    const due = dueDate(clock);
    fc.pre(due !== null && isStopped(clock));
    expect(clockStatus(clock, lastDay(clock)).dueDate).toBe(due);
  });

  test.prop([
    fc
      .integer({ min: dayNumber("2001-01-01"), max: dayNumber("2098-12-31") })
      .map((d) => d * 86_400_000 + 23.5 * 3_600_000),
  ])("a clock started at an instant counts from that instant's London day", (at) => {
    expect(startClock("foi", at).received).toBe(londonDay(at));
  });
});
