import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Clock } from "../../src/clocks/index.js";
import { parseClock, safeParseClock, startClock, stopClock } from "../../src/clocks/index.js";
import { ValidationError } from "../../src/schema/index.js";
import { anyClock } from "./arbitraries.js";

const foi = { regime: "foi", division: "united-kingdom", closures: [], received: "2025-03-03", events: [] };

/** The issues `safeParseClock` reports for `input`. */
function issuesOf(input: unknown) {
  const result = safeParseClock(input);
  if (result.success) throw new Error("expected the clock to be refused");
  expect(result.error).toBeInstanceOf(ValidationError);
  return result.error.issues;
}

describe("parseClock", () => {
  test.prop([anyClock])("accepts every clock the operations make, after a JSON round trip, unchanged", (clock) => {
    expect(parseClock(JSON.parse(JSON.stringify(clock)))).toEqual(clock);
  });

  it("fills in a custom regime's extension default", () => {
    const saved = { ...foi, regime: { name: "bin", unit: "working-days", limit: 2 }, division: "england-and-wales" };
    expect(parseClock(saved).regime).toEqual({ name: "bin", unit: "working-days", limit: 2, maxExtension: 0 });
  });

  it("reports every shape problem at once, with its path", () => {
    const issues = issuesOf({
      regime: "fio",
      division: "wales",
      closures: "none",
      received: "2025-02-30",
      receivedAt: "noon",
      events: [
        { type: "pause", on: "3 Mar", reason: "lunch" },
        { type: "extend", on: "2025-03-04", by: 0 },
        { type: "rewind", on: "2025-03-05" },
        7,
      ],
      colour: "red",
    });
    expect(issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["unrecognized_key", "colour"],
      ["invalid_value", "regime"],
      ["invalid_value", "division"],
      ["invalid_type", "closures"],
      ["invalid_date", "received"],
      ["invalid_type", "receivedAt"],
      ["invalid_format", "events.0.on"],
      ["invalid_value", "events.0.reason"],
      ["too_small", "events.1.by"],
      ["invalid_value", "events.2.type"],
      ["invalid_type", "events.3"],
    ]);
  });

  it("refuses a missing field, a non-object, unknown event keys and an instant off its day", () => {
    expect(issuesOf({ ...foi, received: undefined })).toEqual([
      { code: "missing", path: ["received"], message: "received is required" },
    ]);
    expect(issuesOf(null)[0]).toMatchObject({ code: "invalid_type", path: [] });
    expect(issuesOf([])[0]).toMatchObject({ code: "invalid_type", path: [] });
    expect(issuesOf({ ...foi, received: 20250303 })[0]).toMatchObject({ code: "invalid_type", path: ["received"] });
    expect(issuesOf({ ...foi, events: {} })[0]).toMatchObject({ code: "invalid_type", path: ["events"] });
    expect(issuesOf({ ...foi, events: [{ type: "stop", on: "2025-03-04", why: "done" }] })[0]).toMatchObject({
      code: "unrecognized_key",
      path: ["events", 0, "why"],
    });
    // 23:30 UTC on 16 Jun 2024 is 17 Jun in London.
    expect(issuesOf({ ...foi, received: "2024-06-16", receivedAt: Date.UTC(2024, 5, 16, 23, 30) })[0]).toMatchObject({
      code: "invalid_value",
      path: ["receivedAt"],
      message: "receivedAt 1718580600000 is not on the London day 2024-06-16",
    });
  });

  it("refuses a division or closures the law does not allow", () => {
    expect(issuesOf({ ...foi, division: "scotland" })).toMatchObject([
      { code: "invalid_value", path: ["division"], message: "a foi clock counts united-kingdom's working days" },
    ]);
    expect(issuesOf({ ...foi, closures: ["2025-03-04"] })).toMatchObject([
      { code: "invalid_value", path: ["closures"] },
    ]);
    expect(issuesOf({ ...foi, received: "1999-03-03" })[0]!.message).toMatch(
      /outside the supported days 2000-01-01 to 2100-12-31/,
    );
  });

  it("refuses a history the operations could not have made, naming the event", () => {
    const resumedWhileRunning = issuesOf({ ...foi, events: [{ type: "resume", on: "2025-03-04" }] });
    expect(resumedWhileRunning).toMatchObject([
      {
        code: "custom",
        path: ["events", 0],
        message: "foi clock: the clock is running: there is no pause to resume (clock_not_paused)",
      },
    ]);
    const stopped = JSON.parse(JSON.stringify(stopClock(startClock("foi", "2025-03-03"), "2025-03-20"))) as Clock;
    const afterStop = { ...stopped, events: [...stopped.events, { type: "extend", on: "2025-03-21", by: 5 }] };
    expect(issuesOf(afterStop)).toMatchObject([
      { path: ["events", 1], message: expect.stringContaining("clock_stopped") },
    ]);
    const backwards = {
      ...foi,
      events: [
        { type: "pause", on: "2025-03-10", reason: "clarification" },
        { type: "resume", on: "2025-03-05" },
      ],
    };
    expect(issuesOf(backwards)).toMatchObject([
      { path: ["events", 1], message: expect.stringContaining("out_of_order") },
    ]);
  });

  it("throws the ValidationError from parseClock", () => {
    expect(() => parseClock({ ...foi, division: "mars" })).toThrow(ValidationError);
    expect(() => parseClock({ ...foi, division: "mars" })).toThrow(/Clock: 1 issue: division: division must be one of/);
  });

  it("does not change its input", () => {
    const input = JSON.parse(JSON.stringify(stopClock(startClock("sar", "2025-01-31"), "2025-02-20"))) as Clock;
    const before = JSON.stringify(input);
    parseClock(Object.freeze(input));
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe("safeParseClock", () => {
  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof safeParseClock(input).success).toBe("boolean");
      }),
    );
  });
});
