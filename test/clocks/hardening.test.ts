import { describe, expect, it } from "vitest";
import {
  type Clock,
  clockStatus,
  dueDate,
  extendClock,
  pauseClock,
  resumeClock,
  safeParseClock,
  startClock,
} from "../../src/clocks/index.js";

const foi = startClock("foi", "2025-03-03");
const without = (key: keyof Clock) => {
  const copy: Record<string, unknown> = { ...foi };
  delete copy[key];
  return copy as unknown as Clock;
};

describe("a clock mangled in storage is refused with a RangeError, never a TypeError", () => {
  it("refuses events that are an object, not an array", () => {
    const broken = { ...foi, events: {} } as unknown as Clock;
    const refusal = new RangeError("clock must be a clock from startClock: events: events must be an array");
    expect(() => dueDate(broken)).toThrow(refusal);
    expect(() => extendClock(broken, "2025-03-05")).toThrow(refusal);
    expect(() => clockStatus(broken, "2025-03-05")).toThrow(refusal);
  });

  it("refuses a clock without closures", () => {
    const refusal = new RangeError("clock must be a clock from startClock: closures: closures must be an array");
    expect(() => dueDate(without("closures"))).toThrow(refusal);
    expect(() => extendClock(without("closures"), "2025-03-05")).toThrow(refusal);
  });

  it("refuses, rather than copies on, unknown keys and garbage fields", () => {
    expect(() => pauseClock({ ...foi, junk: 1 } as unknown as Clock, "2025-03-05")).toThrow(
      new RangeError("clock must be a clock from startClock: junk: unknown key 'junk'"),
    );
    expect(() => pauseClock({ ...foi, division: "mars" } as unknown as Clock, "2025-03-05")).toThrow(
      new RangeError(
        "clock must be a clock from startClock: division: division must be one of england-and-wales, scotland, northern-ireland, united-kingdom",
      ),
    );
    expect(() =>
      resumeClock({ ...pauseClock(foi, "2025-03-05"), received: 20250303 } as unknown as Clock, "2025-03-06"),
    ).toThrow(new RangeError("clock must be a clock from startClock: received: received must be a YYYY-MM-DD string"));
  });

  it("counts the other problems after the first", () => {
    expect(() => dueDate({ ...foi, events: {}, closures: null } as unknown as Clock)).toThrow(
      new RangeError("clock must be a clock from startClock: closures: closures must be an array (and 1 more)"),
    );
  });
});

describe("options that are not objects", () => {
  it("clockStatus refuses null options", () => {
    expect(() => clockStatus(foi, "2025-03-10", null as unknown as object)).toThrow(
      new RangeError("options must be an object or undefined, got null"),
    );
  });

  it("pauseClock and extendClock refuse null options", () => {
    expect(() => pauseClock(foi, "2025-03-05", null as unknown as object)).toThrow(
      new RangeError("options must be an object or undefined, got null"),
    );
    expect(() => extendClock(foi, "2025-03-05", null as unknown as object)).toThrow(
      new RangeError("options must be an object or undefined, got null"),
    );
  });

  it("startClock names a BigInt in its options instead of failing to print it", () => {
    expect(() => startClock("sar", "2025-03-03", { division: 10n as unknown as "scotland" })).toThrow(
      new RangeError(
        "unknown division 10n: expected one of england-and-wales, scotland, northern-ireland, united-kingdom",
      ),
    );
    expect(() => startClock("complaint-stage-1", "2025-03-03", { closures: [10n as unknown as string] })).toThrow(
      new RangeError("closures[0] must be a YYYY-MM-DD day or { from, to }, got 10n"),
    );
    expect(() => startClock("complaint-stage-1", "2025-03-03", { closures: 10n as unknown as string[] })).toThrow(
      new RangeError("closures must be an array of days or { from, to } runs, got 10n"),
    );
  });

  it("startClock refuses options that are not an object", () => {
    expect(() => startClock("foi", "2025-03-03", 5 as unknown as object)).toThrow(
      new RangeError("options must be an object or undefined, got 5"),
    );
  });
});

describe("safeParseClock never throws", () => {
  it("reports a hole in a sparse events array as a missing event", () => {
    const result = safeParseClock({ ...foi, events: new Array(1) });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toEqual([
        { code: "invalid_type", path: ["events", 0], message: "an event must be an object" },
      ]);
    }
  });

  it("reports an input that throws when read", () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no");
        },
      },
    );
    const result = safeParseClock(trap);
    expect(result.success).toBe(false);
  });
});

describe("a deadline past the supported days", () => {
  it("names the clock and its receipt, and the supported days in dates", () => {
    expect(() => dueDate(startClock("sar", "2100-12-20"))).toThrow(
      new RangeError(
        "the sar clock received 2100-12-20 would fall due after 2100-12-31: the supported days are 2000-01-01 to 2100-12-31",
      ),
    );
    expect(() => clockStatus(startClock("foi", "2100-12-20"), "2100-12-21")).toThrow(
      new RangeError(
        "the foi clock received 2100-12-20 would fall due after 2100-12-31: the supported days are 2000-01-01 to 2100-12-31",
      ),
    );
    expect(() => dueDate(startClock({ name: "r", unit: "hours", limit: 40 }, "2100-12-31T20:00Z"))).toThrow(
      new RangeError(
        "the r clock received 2100-12-31T20:00:00.000Z would fall due after 2100-12-31: the supported days are 2000-01-01 to 2100-12-31",
      ),
    );
  });

  it("still gives a due date that falls on the last supported day", () => {
    // Wednesday 1 December 2100 + 20 working days: 2–3, 6–10, 13–17, 20–24 December, then 29–31
    // (Christmas Day and Boxing Day fall at the weekend; their substitutes are 27 and 28 December)
    expect(dueDate(startClock("foi", "2100-12-01"))).toBe("2100-12-31");
  });
});

describe("the contract the mutation survivors showed untested", () => {
  it("extendClock refuses a `by` of 0, negative, a fraction, NaN, a string or null, naming by", () => {
    for (const [by, shown] of [
      [0, "0"],
      [-1, "-1"],
      [2.5, "2.5"],
      [Number.NaN, "NaN"],
      ["5", '"5"'],
      [null, "null"],
    ] as const) {
      expect(() => extendClock(foi, "2025-03-05", { by: by as number })).toThrow(
        new RangeError(`by must be a positive integer, got ${shown}`),
      );
    }
  });

  it("extends a paused clock even after its nominal due date: while paused the due date is not known", () => {
    // FOI received Monday 3 March 2025, due 1 April; paused for clarification on 5 March
    const paused = pauseClock(foi, "2025-03-05");
    const extended = extendClock(paused, "2025-04-10", { by: 20 });
    expect(extended.events.at(-1)).toEqual({ type: "extend", on: "2025-04-10", by: 20 });
    // clarification restarts the count on Monday 14 April: 20 working days is 15 May (Good Friday,
    // Easter Monday and 5 May skipped); 40 is 13 June (26 May skipped too)
    expect(dueDate(resumeClock(paused, "2025-04-14"))).toBe("2025-05-15");
    expect(dueDate(resumeClock(extended, "2025-04-14"))).toBe("2025-06-13");
  });

  it("startClock accepts the division the law fixes and refuses any other", () => {
    expect(startClock("foi", "2025-03-03", { division: "united-kingdom" }).division).toBe("united-kingdom");
    expect(startClock("foisa", "2025-03-03", { division: "scotland" }).division).toBe("scotland");
    expect(() => startClock("foi", "2025-03-03", { division: "scotland" })).toThrow(
      new RangeError('division for foi is fixed by law as "united-kingdom", got "scotland"'),
    );
    expect(() => startClock("foisa", "2025-03-03", { division: "united-kingdom" })).toThrow(
      new RangeError('division for foisa is fixed by law as "scotland", got "united-kingdom"'),
    );
  });

  it("names the option in clockStatus's margins exactly", () => {
    expect(() => clockStatus(foi, "2025-03-10", { dueSoonWorkingDays: -1 })).toThrow(
      new RangeError("dueSoonWorkingDays must be a finite number ≥ 0, got -1"),
    );
    expect(() => clockStatus(foi, "2025-03-10", { dueSoonHours: Number.POSITIVE_INFINITY })).toThrow(
      new RangeError("dueSoonHours must be a finite number ≥ 0, got Infinity"),
    );
  });
});
