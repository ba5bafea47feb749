import { describe, expect, it } from "vitest";
import type { Clock, ClockErrorCode } from "../../src/clocks/index.js";
import {
  acknowledgeClock,
  ClockError,
  dueDate,
  extendClock,
  pauseClock,
  resumeClock,
  startClock,
  stopClock,
} from "../../src/clocks/index.js";

/** The ClockError `run` throws, checked to be one. */
function clockError(run: () => unknown): ClockError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClockError);
    expect(error).toBeInstanceOf(RangeError);
    return error as ClockError;
  }
  throw new Error("expected a ClockError, but nothing was thrown");
}

const expectRefused = (run: () => unknown, code: ClockErrorCode, message: RegExp) => {
  const error = clockError(run);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
};

const foi = startClock("foi", "2025-03-03");

describe("operations the clock's state does not allow", () => {
  it("refuses anything after the clock has stopped", () => {
    const stopped = stopClock(foi, "2025-03-20");
    expectRefused(
      () => pauseClock(stopped, "2025-03-21"),
      "clock_stopped",
      /^foi clock: the clock stopped on 2025-03-20/,
    );
    expectRefused(() => resumeClock(stopped, "2025-03-21"), "clock_stopped", /stopped/);
    expectRefused(() => extendClock(stopped, "2025-03-21"), "clock_stopped", /stopped/);
    expectRefused(() => stopClock(stopped, "2025-03-21"), "clock_stopped", /stopped/);
  });

  it("refuses to pause a paused clock or resume a running one", () => {
    expectRefused(
      () => pauseClock(pauseClock(foi, "2025-03-05"), "2025-03-06"),
      "clock_paused",
      /already paused since 2025-03-05 for clarification/,
    );
    expectRefused(() => resumeClock(foi, "2025-03-06"), "clock_not_paused", /the clock is running/);
  });

  it("refuses an event before receipt, or before the last event", () => {
    expectRefused(
      () => stopClock(foi, "2025-03-02"),
      "before_receipt",
      /2025-03-02 is before the request was received on 2025-03-03/,
    );
    const paused = pauseClock(foi, "2025-03-10");
    expectRefused(
      () => resumeClock(paused, "2025-03-07"),
      "out_of_order",
      /2025-03-07 is before the clock's last event on 2025-03-10/,
    );
  });

  it("refuses a pause its regime's law does not provide for", () => {
    expectRefused(
      () => pauseClock(startClock("foisa", "2025-03-03"), "2025-03-05", { reason: "fee" }),
      "pause_not_allowed",
      /no pause for fee: the regime allows clarification/,
    );
    expectRefused(
      () => startClock("foi", "2025-03-03", { awaiting: "identity" }),
      "pause_not_allowed",
      /cannot start awaiting "identity"/,
    );
  });

  it("refuses extensions a regime does not have, beyond its cap, or after the due date", () => {
    expectRefused(() => extendClock(startClock("foisa", "2025-03-03"), "2025-03-05"), "not_extendable", /no extension/);
    expectRefused(
      () => extendClock(startClock({ name: "bin", unit: "working-days", limit: 2 }, "2025-03-03"), "2025-03-04"),
      "not_extendable",
      /^bin clock/,
    );
    expectRefused(
      () => extendClock(foi, "2025-03-05", { by: 21 }),
      "extension_over_cap",
      /extending by 21 would make 21, more than the 20 the regime allows \(20 left\)/,
    );
    const extended = extendClock(foi, "2025-03-05", { by: 15 });
    expectRefused(() => extendClock(extended, "2025-03-06", { by: 6 }), "extension_over_cap", /\(5 left\)/);
    expectRefused(
      () => extendClock(extendClock(foi, "2025-03-05"), "2025-03-06"),
      "extension_over_cap",
      /already extended by the full 20 the regime allows \(0 left\)/,
    );
    expectRefused(
      () => extendClock(foi, "2025-04-02"),
      "extension_after_due",
      /2025-04-02 is after the due date 2025-04-01/,
    );
    expect(dueDate(extendClock(foi, "2025-04-01", { by: 1 }))).toBe("2025-04-02");
  });

  it("refuses to acknowledge a clock without that step, or twice", () => {
    expectRefused(() => acknowledgeClock(foi, "2025-03-04"), "no_acknowledgement", /no acknowledgement step/);
    const complaint = acknowledgeClock(startClock("complaint-stage-2", "2025-03-03"), "2025-03-04");
    expectRefused(() => acknowledgeClock(complaint, "2025-03-05"), "already_acknowledged", /already acknowledged/);
  });

  it("leaves the clock it refused unchanged", () => {
    const before = JSON.stringify(foi);
    clockError(() => resumeClock(foi, "2025-03-06"));
    expect(JSON.stringify(foi)).toBe(before);
  });
});

describe("bad arguments", () => {
  it("are RangeErrors naming the argument and the value", () => {
    expect(() => startClock("fio" as "foi", "2025-03-03")).toThrow(
      /regime must be one of "foi", "foisa", "eir", "sar", "complaint-stage-1", "complaint-stage-2" or a custom regime \{ name, unit, limit \}, got "fio"/,
    );
    expect(() => startClock("foi", "2025-02-29")).toThrow(
      new RangeError("received 2025-02-29 does not exist (February 2025 has 28 days)"),
    );
    expect(() => startClock("foi", "1999-12-31")).toThrow(
      new RangeError('received "1999-12-31" is outside the supported days 2000-01-01 to 2100-12-31'),
    );
    expect(() => startClock("foi", "2101-01-01T00:00Z")).toThrow(
      new RangeError('received "2101-01-01T00:00Z" is outside the supported days 2000-01-01 to 2100-12-31'),
    );
    expect(() => startClock("foi", "2025-03-03T09:00:00")).toThrow(
      new RangeError(
        'received "2025-03-03T09:00:00" has no offset: add Z or ±HH:MM (a local time is ambiguous: an hour apart in British Summer Time)',
      ),
    );
    expect(() => startClock("foi", Number.NaN)).toThrow(
      new RangeError("received must be a whole number of epoch milliseconds, got NaN"),
    );
    expect(() => startClock("foi", new Date(Number.NaN))).toThrow(new RangeError("received is an invalid Date"));
    expect(() => startClock("foi", {} as string)).toThrow(
      new RangeError(
        "received must be a YYYY-MM-DD day or an instant (ISO 8601 with an offset, epoch ms or a Date), got an object",
      ),
    );
    expect(() => startClock("foi", "2025-03-03", { division: "scotland" })).toThrow(
      /division for foi is fixed by law as "united-kingdom", got "scotland"/,
    );
    expect(() => startClock("sar", "2025-03-03", { division: "wales" as "scotland" })).toThrow(
      new RangeError(
        'unknown division "wales": expected one of england-and-wales, scotland, northern-ireland, united-kingdom',
      ),
    );
    expect(() => startClock("foi", "2025-03-03", { closures: ["2025-03-04"] })).toThrow(
      /closures do not apply to a foi clock/,
    );
    expect(() => startClock("complaint-stage-1", "2025-03-03", { closures: ["2025-02-30"] })).toThrow(
      /closures\[0\] must be a YYYY-MM-DD day that exists, got "2025-02-30"/,
    );
    expect(() =>
      startClock("complaint-stage-1", "2025-03-03", { closures: [{ from: "2025-03-05", to: "2025-03-04" }] }),
    ).toThrow(/closures\[0\].to "2025-03-04" is before closures\[0\].from "2025-03-05"/);
    expect(() =>
      startClock("complaint-stage-1", "2025-03-03", { closures: [{ from: "1999-03-05", to: "2025-03-04" }] }),
    ).toThrow(/closures\[0\].from "1999-03-05" is outside/);
    expect(() => startClock("complaint-stage-1", "2025-03-03", { closures: [42 as unknown as string] })).toThrow(
      /closures\[0\] must be a YYYY-MM-DD day or \{ from, to \}, got 42/,
    );
    expect(() =>
      startClock("complaint-stage-1", "2025-03-03", { closures: "2025-03-04" as unknown as string[] }),
    ).toThrow(/closures must be an array/);
    expect(() => startClock("foi", "2025-03-03", null as unknown as object)).toThrow(
      new RangeError("options must be an object or undefined, got null"),
    );
    expect(() => startClock({ name: "r", unit: "hours", limit: 4 }, "2025-03-03")).toThrow(
      /received must be an instant for an hours clock \(r\), got "2025-03-03"/,
    );
  });

  it("name the time, the reason and the extension in the operations", () => {
    expect(() => pauseClock(foi, "2025-13-01")).toThrow(
      new RangeError("when 2025-13-01 does not exist (there is no month 13)"),
    );
    expect(() => pauseClock(foi, "2025-03-05", { reason: "holiday" as "other" })).toThrow(
      new RangeError('unknown reason "holiday": expected one of clarification, identity, fee, other'),
    );
    expect(() => extendClock(foi, "2025-03-05", { by: 0 })).toThrow(/by must be a positive integer, got 0/);
    expect(() => extendClock(foi, "2025-03-05", { by: 2.5 })).toThrow(/by must be a positive integer, got 2.5/);
    const hours = startClock({ name: "r", unit: "hours", limit: 4 }, "2025-03-03T09:00:00Z");
    expect(() => stopClock(hours, "2025-03-03")).toThrow(/when must be an instant for an hours clock \(r\)/);
    expect(() => stopClock(null as unknown as Clock, "2025-03-03")).toThrow(
      new RangeError("clock must be a clock from startClock: a clock must be an object"),
    );
  });

  it("a malformed clock (from storage) is refused, not guessed", () => {
    const broken = { ...foi, regime: "foia" } as unknown as Clock;
    expect(() => dueDate(broken)).toThrow(/regime must be one of/);
    const noInstant = {
      ...startClock({ name: "r", unit: "hours", limit: 4 }, "2025-03-03T09:00:00Z"),
      receivedAt: undefined,
    } as unknown as Clock;
    expect(() => dueDate(noInstant)).toThrow(/received of an hours clock must carry its instant \(at\), got undefined/);
  });
});
