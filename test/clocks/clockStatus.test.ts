import { describe, expect, it } from "vitest";
import type { CustomRegime } from "../../src/clocks/index.js";
import {
  acknowledgeClock,
  clockStatus,
  DUE_SOON_WORKING_DAYS,
  pauseClock,
  resumeClock,
  startClock,
  stopClock,
} from "../../src/clocks/index.js";

// FOI received Mon 3 Mar 2025 is due Tue 1 Apr (St Patrick's Day is left out).
const foi = startClock("foi", "2025-03-03");

describe("clockStatus", () => {
  it("is running with the working days left counted after today up to the due date", () => {
    // 11–14 Mar (4), 18–21 (8), 24–28 (13), 31 Mar, 1 Apr (15).
    expect(clockStatus(foi, "2025-03-10")).toEqual({
      regime: "foi",
      today: "2025-03-10",
      deadline: "response",
      dueDate: "2025-04-01",
      dueAt: null,
      acknowledgement: null,
      pausedSince: null,
      awaiting: null,
      stoppedOn: null,
      status: "running",
      workingDaysLeft: 15,
      daysLeft: 22,
    });
  });

  it("is due-soon from 5 working days before the due date to the day itself", () => {
    expect(DUE_SOON_WORKING_DAYS).toBe(5);
    expect(clockStatus(foi, "2025-03-24")).toMatchObject({ status: "running", workingDaysLeft: 6 });
    expect(clockStatus(foi, "2025-03-25")).toMatchObject({ status: "due-soon", workingDaysLeft: 5 });
    expect(clockStatus(foi, "2025-04-01")).toMatchObject({ status: "due-soon", workingDaysLeft: 0, daysLeft: 0 });
  });

  it("takes the due-soon margin as an option", () => {
    expect(clockStatus(foi, "2025-03-25", { dueSoonWorkingDays: 2 }).status).toBe("running");
    expect(clockStatus(foi, "2025-03-31", { dueSoonWorkingDays: 2 }).status).toBe("due-soon");
    expect(clockStatus(foi, "2025-03-31", { dueSoonWorkingDays: 0 }).status).toBe("running");
  });

  it("is overdue the day after the due date, counting the working days late", () => {
    expect(clockStatus(foi, "2025-04-02")).toMatchObject({ status: "overdue", workingDaysLate: 1, daysLate: 1 });
    // FOI received Fri 6 Jun 2025 is due Fri 4 Jul: on Saturday it is late by no working day yet.
    const friday = startClock("foi", "2025-06-06");
    expect(clockStatus(friday, "2025-07-05")).toMatchObject({
      status: "overdue",
      dueDate: "2025-07-04",
      workingDaysLate: 0,
      daysLate: 1,
    });
    expect(clockStatus(friday, "2025-07-07")).toMatchObject({ status: "overdue", workingDaysLate: 1, daysLate: 3 });
  });

  it("is met when stopped by the due date and missed after it, whatever today is", () => {
    expect(clockStatus(stopClock(foi, "2025-04-01"), "2025-06-01")).toMatchObject({
      status: "met",
      stoppedOn: "2025-04-01",
      workingDaysLeft: 0,
    });
    expect(clockStatus(stopClock(foi, "2025-03-28"), "2025-06-01")).toMatchObject({
      status: "met",
      workingDaysLeft: 2,
      daysLeft: 4,
    });
    expect(clockStatus(stopClock(foi, "2025-04-03"), "2025-06-01")).toMatchObject({
      status: "missed",
      workingDaysLate: 2,
      daysLate: 2,
    });
  });

  it("reads the clock as it stood on the day: later events do not count yet", () => {
    const answered = stopClock(foi, "2025-03-28");
    expect(clockStatus(answered, "2025-03-20")).toMatchObject({ status: "running", stoppedOn: null });
    expect(clockStatus(answered, "2025-03-28")).toMatchObject({ status: "met", stoppedOn: "2025-03-28" });
  });

  it("when paused, gives the due date the clock would have if it resumed today", () => {
    // FOI clarification asked 5 Mar: resumed 10 Mar it would restart, due 8 Apr (see dueDate).
    const paused = pauseClock(foi, "2025-03-05");
    expect(clockStatus(paused, "2025-03-10")).toMatchObject({
      status: "paused",
      dueDate: "2025-04-08",
      pausedSince: "2025-03-05",
      awaiting: "clarification",
    });
    expect(clockStatus(paused, "2025-03-10")).not.toHaveProperty("workingDaysLeft");
  });

  it("stopping a paused clock resumes it first", () => {
    const withdrawn = stopClock(pauseClock(foi, "2025-03-05"), "2025-03-07");
    expect(clockStatus(withdrawn, "2025-03-10")).toMatchObject({ status: "met", pausedSince: null, awaiting: null });
  });

  it("follows a complaint's acknowledgement until it is made, then its response", () => {
    const complaint = startClock("complaint-stage-1", "2025-06-02");
    expect(clockStatus(complaint, "2025-06-05")).toMatchObject({
      deadline: "acknowledgement",
      dueDate: "2025-06-09",
      status: "due-soon",
      workingDaysLeft: 2,
    });
    expect(clockStatus(complaint, "2025-06-10")).toMatchObject({
      deadline: "acknowledgement",
      status: "overdue",
      workingDaysLate: 1,
    });
    // Acknowledged late on 10 Jun: respond within 10 working days, by 24 Jun.
    const late = acknowledgeClock(complaint, "2025-06-10");
    expect(clockStatus(late, "2025-06-11")).toMatchObject({
      deadline: "response",
      dueDate: "2025-06-24",
      status: "running",
      acknowledgement: { due: "2025-06-09", on: "2025-06-10" },
    });
    expect(clockStatus(stopClock(complaint, "2025-06-06"), "2025-06-10")).toMatchObject({
      deadline: "response",
      status: "met",
    });
  });

  it("judges an hours clock by the instant, with a margin in hours", () => {
    const repair: CustomRegime = { name: "emergency-repair", unit: "hours", limit: 24 };
    const clock = startClock(repair, "2025-06-02T08:00:00+01:00"); // due 07:00 UTC on 3 Jun
    expect(clockStatus(clock, "2025-06-02T12:00:00Z")).toMatchObject({
      status: "running",
      dueDate: "2025-06-03",
      dueAt: Date.UTC(2025, 5, 3, 7),
    });
    expect(clockStatus(clock, "2025-06-03T03:00:00Z").status).toBe("due-soon");
    expect(clockStatus(clock, "2025-06-03T03:00:00Z", { dueSoonHours: 2 }).status).toBe("running");
    expect(clockStatus(clock, "2025-06-03T07:00:00Z").status).toBe("due-soon");
    expect(clockStatus(clock, "2025-06-03T07:00:01Z")).toMatchObject({
      status: "overdue",
      workingDaysLate: 0,
      daysLate: 0,
    });
    expect(clockStatus(stopClock(clock, "2025-06-03T06:30:00Z"), "2025-06-04T00:00:00Z").status).toBe("met");
  });

  it("accepts an instant for a day clock and uses its London day", () => {
    expect(clockStatus(foi, "2025-04-01T23:30:00Z").today).toBe("2025-04-02"); // 00:30 BST on 2 Apr
    expect(clockStatus(foi, "2025-04-01T23:30:00Z").status).toBe("overdue");
  });

  it("refuses a day before receipt, a day for an hours clock, and a negative margin", () => {
    expect(() => clockStatus(foi, "2025-03-02")).toThrow(
      /today "2025-03-02" is before the request was received on 2025-03-03/,
    );
    const clock = startClock({ name: "r", unit: "hours", limit: 4 }, "2025-06-02T08:00:00Z");
    expect(() => clockStatus(clock, "2025-06-02")).toThrow(/today must be an instant for an hours clock/);
    expect(() => clockStatus(foi, "2025-03-10", { dueSoonWorkingDays: -1 })).toThrow(
      /dueSoonWorkingDays must be a finite number ≥ 0, got -1/,
    );
    expect(() => clockStatus(foi, "2025-03-10", { dueSoonHours: Number.NaN })).toThrow(/dueSoonHours/);
    expect(() => clockStatus(foi, "10/03/2025")).toThrow(RangeError);
  });

  it("does not change the clock or options it is given", () => {
    const clock = resumeClock(pauseClock(foi, "2025-03-05"), "2025-03-10");
    const before = JSON.stringify(clock);
    const options = Object.freeze({ dueSoonWorkingDays: 3 });
    clockStatus(Object.freeze(clock), "2025-03-20", options);
    expect(JSON.stringify(clock)).toBe(before);
  });
});
