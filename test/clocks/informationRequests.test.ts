// FOI, FOISA and EIR due dates, each worked by hand from GOV.UK's bank holidays (the day-by-day
// count is in the comment). FOIA s.10(1): the twentieth working day following receipt, so day 1
// is the first working day after it; s.10(6): a bank holiday anywhere in the UK is not a working day.
import { describe, expect, it } from "vitest";
import { dueDate, extendClock, pauseClock, resumeClock, startClock, stopClock } from "../../src/clocks/index.js";

describe("foi", () => {
  it("counts over Christmas and New Year, leaving out Scotland's 2 January", () => {
    // Received Fri 19 Dec 2025: 22, 23, 24 (3); 25, 26 holidays; 29, 30, 31 (6); 1 Jan, and 2 Jan
    // in Scotland, not working days; 5–9 (11), 12–16 (16), 19, 20, 21, 22 (20).
    expect(dueDate(startClock("foi", "2025-12-19"))).toBe("2026-01-22");
  });

  it("starts the count on the first working day after a request received on Christmas Day", () => {
    // Received Wed 25 Dec 2024: 27 (1), 30, 31 (3), 3 Jan (4), 6–10 (9), 13–17 (14), 20–24 (19), 27 (20).
    expect(dueDate(startClock("foi", "2024-12-25"))).toBe("2025-01-27");
  });

  it("skips Good Friday and Easter Monday", () => {
    // Received Thu 17 Apr 2025: 18 and 21 Apr holidays; 22–25 (4), 28 Apr–2 May (9), 5 May
    // holiday, 6–9 (13), 12–16 (18), 19, 20 (20).
    expect(dueDate(startClock("foi", "2025-04-17"))).toBe("2025-05-20");
  });

  it("counts Northern Ireland's St Patrick's Day as a holiday in England too", () => {
    // Received Mon 3 Mar 2025: 4–7 (4), 10–14 (9), 17 Mar (NI) not a working day, 18–21 (13),
    // 24–28 (18), 31 (19), 1 Apr (20). With England and Wales's holidays only it would be 31 March.
    expect(dueDate(startClock("foi", "2025-03-03"))).toBe("2025-04-01");
  });

  it("counts Northern Ireland's Battle of the Boyne and Scotland's St Andrew's Day", () => {
    // Mon 17 Jun 2024: 18–21 (4), 24–28 (9), 1–5 Jul (14), 8–11 (18), 12 Jul (NI), 15, 16 (20).
    expect(dueDate(startClock("foi", "2024-06-17"))).toBe("2024-07-16");
    // Fri 28 Nov 2025: 1 Dec (St Andrew's Day substitute, Scotland), 2–5 (4), 8–12 (9), 15–19
    // (14), 22, 23, 24 (17), 25 and 26 holidays, 29, 30, 31 (20).
    expect(dueDate(startClock("foi", "2025-11-28"))).toBe("2025-12-31");
  });

  it("takes an instant's London day: 23:30 UTC on a Sunday in June is Monday", () => {
    // 23:30 UTC on Sun 16 Jun 2024 is 00:30 BST on Mon 17 Jun, so the count is that of 17 June
    // above; from the UTC day (Sunday) it would be 15 July.
    expect(dueDate(startClock("foi", "2024-06-16T23:30:00Z"))).toBe("2024-07-16");
    expect(dueDate(startClock("foi", Date.UTC(2024, 5, 16, 23, 30)))).toBe("2024-07-16");
    expect(dueDate(startClock("foi", new Date("2024-06-16T23:30:00Z")))).toBe("2024-07-16");
    expect(startClock("foi", "2024-06-16T23:30:00Z")).toMatchObject({
      received: "2024-06-17",
      receivedAt: Date.UTC(2024, 5, 16, 23, 30),
    });
  });

  it("restarts the count when a clarification arrives (FOIA s.1(3))", () => {
    // Received Tue 9 Dec 2025, due 12 Jan 2026. Clarification asked Thu 11 Dec, received Mon 15
    // Dec: 16–19 (4), 22–24 (7), 29–31 (10), 5–9 Jan (15), 12–16 (20).
    const clock = startClock("foi", "2025-12-09");
    expect(dueDate(clock)).toBe("2026-01-12");
    const clarified = resumeClock(pauseClock(clock, "2025-12-11"), "2025-12-15");
    expect(dueDate(clarified)).toBe("2026-01-16");
    expect(clarified.events).toEqual([
      { type: "pause", on: "2025-12-11", reason: "clarification" },
      { type: "resume", on: "2025-12-15" },
    ]);
  });

  it("extends by up to 20 working days for the public interest, in one go or in parts", () => {
    // From 15 Dec 2025 (after the clarification above): 40 working days is 13 Feb 2026.
    const clarified = resumeClock(pauseClock(startClock("foi", "2025-12-09"), "2025-12-11"), "2025-12-15");
    expect(dueDate(extendClock(clarified, "2026-01-14"))).toBe("2026-02-13");
    const inParts = extendClock(extendClock(clarified, "2026-01-14", { by: 10 }), "2026-01-20", { by: 10 });
    expect(dueDate(inParts)).toBe("2026-02-13");
  });

  it("leaves out the days from a fees notice to the fee, both included (FOIA s.10(2))", () => {
    // Received Mon 2 Jun 2025, due 30 Jun. Fees notice Wed 4 Jun, fee received Mon 9 Jun: the
    // working days 4, 5, 6, 9 Jun (4) are disregarded, so the due date moves 4 working days to 4 Jul.
    const clock = resumeClock(
      pauseClock(startClock("foi", "2025-06-02"), "2025-06-04", { reason: "fee" }),
      "2025-06-09",
    );
    expect(dueDate(clock)).toBe("2025-07-04");
  });

  it("keeps its due date once stopped", () => {
    expect(dueDate(stopClock(startClock("foi", "2025-03-03"), "2025-03-20"))).toBe("2025-04-01");
  });
});

describe("foisa", () => {
  it("counts Scotland's holidays only: Easter Monday is a working day", () => {
    // Thu 17 Apr 2025: 18 Apr (Good Friday) holiday; 21–25 (5), 28 Apr–2 May (10), 5 May holiday,
    // 6–9 (14), 12–16 (19), 19 May (20).
    expect(dueDate(startClock("foisa", "2025-04-17"))).toBe("2025-05-19");
  });

  it("skips Scotland's early August holiday but not England's late one", () => {
    // Thu 31 Jul 2025: 1 Aug (1), 4 Aug holiday, 5–8 (5), 11–15 (10), 18–22 (15), 25–29 (20).
    expect(dueDate(startClock("foisa", "2025-07-31"))).toBe("2025-08-29");
    // Under FOIA both 4 and 25 August are left out: 1 Sep.
    expect(dueDate(startClock("foi", "2025-07-31"))).toBe("2025-09-01");
  });

  it("runs under Scotland's division", () => {
    expect(startClock("foisa", "2025-07-31").division).toBe("scotland");
  });
});

describe("eir", () => {
  it("is due on the 20th working day, extendable to the 40th", () => {
    // Mon 2 Jun 2025: 3–6 (4), 9–13 (9), 16–20 (14), 23–27 (19), 30 Jun (20); then 1–4 Jul
    // (24), 7–11 (29), 14 Jul (NI's Boyne substitute) left out, 15–18 (33), 21–25 (38), 28, 29 (40).
    const clock = startClock("eir", "2025-06-02");
    expect(dueDate(clock)).toBe("2025-06-30");
    expect(dueDate(extendClock(clock, "2025-06-20"))).toBe("2025-07-29");
  });
});
