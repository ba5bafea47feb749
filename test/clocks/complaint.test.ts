// The Complaint Handling Codes (Housing Ombudsman 2024; LGSCO 2024): acknowledge within 5
// working days; respond within 10 (stage 1) or 20 (stage 2) working days of acknowledging;
// extend by no more than 10 / 20. Dates worked by hand from England and Wales's holidays.
import { describe, expect, it } from "vitest";
import {
  acknowledgeClock,
  clockStatus,
  DEFAULT_DIVISION,
  dueDate,
  extendClock,
  pauseClock,
  resumeClock,
  startClock,
} from "../../src/clocks/index.js";

describe("complaint-stage-1", () => {
  const received = startClock("complaint-stage-1", "2025-06-02"); // Mon 2 Jun 2025

  it("is acknowledged within 5 working days and answered 10 working days after that", () => {
    // Acknowledge by 3, 4, 5, 6, 9 Jun; unacknowledged, respond by 10 working days after 9 Jun: 23 Jun.
    expect(clockStatus(received, "2025-06-02").acknowledgement).toEqual({ due: "2025-06-09", on: null });
    expect(dueDate(received)).toBe("2025-06-23");
  });

  it("runs the response time from the day it was acknowledged", () => {
    // Acknowledged Tue 3 Jun: 4–6 (3), 9–13 (8), 16, 17 (10).
    const acknowledged = acknowledgeClock(received, "2025-06-03");
    expect(dueDate(acknowledged)).toBe("2025-06-17");
    expect(clockStatus(acknowledged, "2025-06-04").acknowledgement).toEqual({ due: "2025-06-09", on: "2025-06-03" });
  });

  it("extends by up to 10 working days", () => {
    // 17 Jun + 10: 18–20 (3), 23–27 (8), 30 Jun, 1 Jul (10).
    const acknowledged = acknowledgeClock(received, "2025-06-03");
    expect(dueDate(extendClock(acknowledged, "2025-06-16"))).toBe("2025-07-01");
    expect(() => extendClock(acknowledged, "2025-06-16", { by: 11 })).toThrow(/more than the 10/);
  });

  it("leaves out the working days it was paused", () => {
    // Paused Wed 4 Jun, resumed Mon 9 Jun: 5, 6, 9 Jun (3) left out. Acknowledge by 12 Jun;
    // respond 10 working days later, 26 Jun (23 Jun moved 3 working days).
    const resumed = resumeClock(pauseClock(received, "2025-06-04"), "2025-06-09");
    expect(clockStatus(resumed, "2025-06-10").acknowledgement).toEqual({ due: "2025-06-12", on: null });
    expect(dueDate(resumed)).toBe("2025-06-26");
  });

  it("uses England and Wales's holidays unless told otherwise", () => {
    expect(DEFAULT_DIVISION).toBe("england-and-wales");
    expect(received.division).toBe("england-and-wales");
  });

  it("treats a council's closure days as non-working", () => {
    // Received Mon 22 Dec 2025, council closed 29–31 Dec: acknowledge by 23, 24 (2), 2 Jan (3),
    // 5, 6 Jan (5). Without the closure: 23, 24, 29, 30, 31 Dec.
    const closures = [{ from: "2025-12-29", to: "2025-12-31" }];
    const closed = startClock("complaint-stage-1", "2025-12-22", { closures });
    expect(clockStatus(closed, "2025-12-22").acknowledgement?.due).toBe("2026-01-06");
    expect(clockStatus(startClock("complaint-stage-1", "2025-12-22"), "2025-12-22").acknowledgement?.due).toBe(
      "2025-12-31",
    );
    expect(closed.closures).toEqual(closures);
  });
});

describe("complaint-stage-2", () => {
  const escalated = startClock("complaint-stage-2", "2025-12-18"); // Thu 18 Dec 2025

  it("is acknowledged within 5 working days of the escalation, over Christmas", () => {
    // 19, 22, 23, 24 (4), 25 and 26 holidays, 29 Dec (5).
    expect(clockStatus(escalated, "2025-12-18").acknowledgement?.due).toBe("2025-12-29");
  });

  it("is answered 20 working days after acknowledging", () => {
    // Acknowledged Mon 22 Dec: 23, 24 (2), 29, 30, 31 (5), 1 Jan holiday, 2 Jan (6), 5–9 (11),
    // 12–16 (16), 19–22 (20). In Scotland 2 January is a holiday too: 23 Jan.
    expect(dueDate(acknowledgeClock(escalated, "2025-12-22"))).toBe("2026-01-22");
    const scottish = startClock("complaint-stage-2", "2025-12-18", { division: "scotland" });
    expect(dueDate(acknowledgeClock(scottish, "2025-12-22"))).toBe("2026-01-23");
  });

  it("extends by up to 20 working days", () => {
    const acknowledged = acknowledgeClock(escalated, "2025-12-22");
    // 22 Jan + 20: 23 (1), 26–30 (6), 2–6 Feb (11), 9–13 (16), 16–19 (20).
    expect(dueDate(extendClock(acknowledged, "2026-01-20"))).toBe("2026-02-19");
    expect(() => extendClock(acknowledged, "2026-01-20", { by: 21 })).toThrow(/more than the 20/);
  });
});
