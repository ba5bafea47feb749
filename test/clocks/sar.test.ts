// Subject access requests by the ICO's method: day 1 is the day of receipt; the deadline is the
// same date next month, or that month's last day if it has none; a weekend or bank holiday moves
// it to the next working day. Each expected date is worked by hand from a calendar.
import { describe, expect, it } from "vitest";
import {
  clockStatus,
  DEFAULT_SAR_DIVISION,
  dueDate,
  extendClock,
  pauseClock,
  resumeClock,
  startClock,
} from "../../src/clocks/index.js";

describe("sar", () => {
  it("is due on the same date next month (ICO: received 3 September, due 3 October)", () => {
    expect(dueDate(startClock("sar", "2025-09-03"))).toBe("2025-10-03");
  });

  it("is due on the last day of a shorter month: 31 January → 28 February, or 29 in a leap year", () => {
    expect(dueDate(startClock("sar", "2025-01-31"))).toBe("2025-02-28");
    expect(dueDate(startClock("sar", "2024-01-31"))).toBe("2024-02-29");
    // Sun 31 Aug 2025 → 30 Sep (Tue): September has no 31st.
    expect(dueDate(startClock("sar", "2025-08-31"))).toBe("2025-09-30");
  });

  it("moves a deadline on a Saturday to the Monday", () => {
    // 14 May 2025 → Sat 14 Jun → Mon 16 Jun.
    expect(dueDate(startClock("sar", "2025-05-14"))).toBe("2025-06-16");
  });

  it("moves a deadline on a bank holiday Monday to the Tuesday", () => {
    // 26 Apr 2025 → Mon 26 May, the Spring bank holiday → Tue 27 May.
    expect(dueDate(startClock("sar", "2025-04-26"))).toBe("2025-05-27");
  });

  it("moves a Christmas deadline past the holidays and the weekend", () => {
    // 25 Nov 2025 → Thu 25 Dec → 26 Dec (Boxing Day), 27–28 weekend → Mon 29 Dec.
    expect(dueDate(startClock("sar", "2025-11-25"))).toBe("2025-12-29");
  });

  it("uses England and Wales's holidays by default, and the division it is given", () => {
    expect(DEFAULT_SAR_DIVISION).toBe("england-and-wales");
    // 6 Mar 2026 → Mon 6 Apr 2026, Easter Monday in England and Wales (→ Tue 7 Apr), a working day in Scotland.
    expect(dueDate(startClock("sar", "2026-03-06"))).toBe("2026-04-07");
    expect(dueDate(startClock("sar", "2026-03-06", { division: "scotland" }))).toBe("2026-04-06");
    expect(startClock("sar", "2026-03-06").division).toBe("england-and-wales");
  });

  it("counts from an instant's London day", () => {
    // 23:30 UTC on Sun 29 Jun 2025 is 00:30 BST on Mon 30 Jun: due Wed 30 Jul (not 29 Jul).
    expect(dueDate(startClock("sar", "2025-06-29T23:30:00Z"))).toBe("2025-07-30");
  });

  it("extends to three months from the start (ICO), then rolls to a working day", () => {
    // 31 Jan 2025 + 3 months → 30 Apr (Wed).
    expect(dueDate(extendClock(startClock("sar", "2025-01-31"), "2025-02-10"))).toBe("2025-04-30");
    // 30 Nov 2025 + 3 months → Sat 28 Feb 2026 → Mon 2 Mar.
    expect(dueDate(extendClock(startClock("sar", "2025-11-30"), "2025-12-15"))).toBe("2026-03-02");
    // One month at a time adds up to the same.
    const inParts = extendClock(extendClock(startClock("sar", "2025-01-31"), "2025-02-10", { by: 1 }), "2025-02-11", {
      by: 1,
    });
    expect(dueDate(inParts)).toBe("2025-04-30");
  });

  it("waits for identity: the month starts on the day it is verified", () => {
    const awaiting = startClock("sar", "2025-01-20", { awaiting: "identity" });
    expect(awaiting.events).toEqual([{ type: "pause", on: "2025-01-20", reason: "identity" }]);
    expect(dueDate(awaiting)).toBeNull();
    expect(clockStatus(awaiting, "2025-01-27")).toMatchObject({
      status: "paused",
      awaiting: "identity",
      pausedSince: "2025-01-20",
    });
    // Verified 31 Jan → due 28 Feb, not 20 Feb.
    expect(dueDate(resumeClock(awaiting, "2025-01-31"))).toBe("2025-02-28");
  });

  it("restarts its month when a fee arrives", () => {
    const clock = resumeClock(
      pauseClock(startClock("sar", "2025-03-03"), "2025-03-04", { reason: "fee" }),
      "2025-03-12",
    );
    expect(dueDate(clock)).toBe("2025-04-14"); // Sat 12 Apr → Mon 14 Apr
  });

  it("leaves out the days from asking for clarification to receiving it, both included (DPA 2018 s.54(3C))", () => {
    // Received 3 Sep 2025, due 3 Oct. Asked Wed 10 Sep, clarified Mon 15 Sep: 10–15 Sep is 6
    // days, so due Thu 9 Oct.
    const clock = resumeClock(pauseClock(startClock("sar", "2025-09-03"), "2025-09-10"), "2025-09-15");
    expect(dueDate(clock)).toBe("2025-10-09");
  });
});
