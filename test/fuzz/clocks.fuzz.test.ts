import fc from "fast-check";
import { describe, it } from "vitest";
import {
  acknowledgeClock,
  applyClockEffects,
  ClockError,
  clockStatus,
  defineRegime,
  dueDate,
  extendClock,
  parseClock,
  pauseClock,
  resumeClock,
  safeParseClock,
  startClock,
  stopClock,
} from "../../src/clocks/index.js";
import { ValidationError } from "../../src/core/index.js";
import { corrupted, expectTypedOutcome, FUZZ_RUNS, hostile } from "./hostile.js";

const TYPED = [RangeError, ValidationError, ClockError];
const foi = startClock("foi", "2025-03-03");
const paused = pauseClock(foi, "2025-03-05");
const complaint = startClock("complaint-stage-1", "2025-03-03", { closures: ["2025-03-07"] });
const hours = startClock({ name: "repair", unit: "hours", limit: 24 }, "2025-03-03T09:00:00Z");
const GOOD_CLOCKS = [foi, paused, complaint, hours] as const;

// biome-ignore lint/suspicious/noExplicitAny: hostile input goes where the types do not allow it
type Loose = any;

/** Every public clocks function, with one argument hostile and the rest good. */
const CALLS: readonly [string, (x: Loose) => unknown][] = [
  ["startClock regime", (x) => startClock(x, "2025-03-03")],
  ["startClock received", (x) => startClock("foi", x)],
  ["startClock options", (x) => startClock("complaint-stage-1", "2025-03-03", x)],
  ["startClock division", (x) => startClock("sar", "2025-03-03", { division: x })],
  ["startClock closures", (x) => startClock("complaint-stage-1", "2025-03-03", { closures: x })],
  ["startClock awaiting", (x) => startClock("sar", "2025-03-03", { awaiting: x })],
  ["pauseClock when", (x) => pauseClock(foi, x)],
  ["pauseClock options", (x) => pauseClock(foi, "2025-03-05", x)],
  ["pauseClock reason", (x) => pauseClock(foi, "2025-03-05", { reason: x })],
  ["resumeClock when", (x) => resumeClock(paused, x)],
  ["extendClock when", (x) => extendClock(foi, x)],
  ["extendClock options", (x) => extendClock(foi, "2025-03-05", x)],
  ["extendClock by", (x) => extendClock(foi, "2025-03-05", { by: x })],
  ["acknowledgeClock when", (x) => acknowledgeClock(complaint, x)],
  ["stopClock when", (x) => stopClock(foi, x)],
  ["dueDate", (x) => dueDate(x)],
  ["clockStatus clock", (x) => clockStatus(x, "2025-03-10")],
  ["clockStatus today", (x) => clockStatus(foi, x)],
  ["clockStatus options", (x) => clockStatus(foi, "2025-03-10", x)],
  ["clockStatus dueSoonWorkingDays", (x) => clockStatus(foi, "2025-03-10", { dueSoonWorkingDays: x })],
  ["defineRegime", (x) => defineRegime(x)],
  ["parseClock", (x) => parseClock(x)],
  ["safeParseClock", (x) => safeParseClock(x)],
  ["applyClockEffects clocks", (x) => applyClockEffects(x, [{ type: "stop-clock", regime: "foi", at: "2025-03-20" }])],
  ["applyClockEffects effects", (x) => applyClockEffects({ foi }, x)],
  ["applyClockEffects effect", (x) => applyClockEffects({ foi }, [x])],
  [
    "applyClockEffects options",
    (x) => applyClockEffects({}, [{ type: "start-clock", regime: "foi", at: "2025-03-03" }], x),
  ],
];

/** Every operation that reads a clock, given a possibly corrupted one. */
const ON_A_CLOCK: readonly [string, (clock: Loose) => unknown][] = [
  ["dueDate", (c) => dueDate(c)],
  ["clockStatus", (c) => clockStatus(c, "2025-04-10T12:00:00Z")],
  ["pauseClock", (c) => pauseClock(c, "2025-04-10T12:00:00Z")],
  ["resumeClock", (c) => resumeClock(c, "2025-04-10T12:00:00Z")],
  ["extendClock", (c) => extendClock(c, "2025-03-04T12:00:00Z")],
  ["acknowledgeClock", (c) => acknowledgeClock(c, "2025-03-04T12:00:00Z")],
  ["stopClock", (c) => stopClock(c, "2025-04-10T12:00:00Z")],
  ["safeParseClock", (c) => safeParseClock(c)],
  ["parseClock", (c) => parseClock(c)],
];

describe("clocks under hostile input: a value or a RangeError, ValidationError or ClockError, never a TypeError, a hang or a change", () => {
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

  for (const [name, run] of ON_A_CLOCK) {
    it(`${name} on a corrupted clock`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...GOOD_CLOCKS).chain(corrupted), (clock) => {
          expectTypedOutcome(() => run(clock), [clock], TYPED);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  }

  it("applyClockEffects with a corrupted effect", () => {
    fc.assert(
      fc.property(corrupted({ type: "pause-clock", regime: "foi", at: "2025-03-05" }), (effect) => {
        expectTypedOutcome(() => applyClockEffects({ foi }, [effect as never]), [effect], TYPED);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("safeParseClock never throws on a corrupted clock or event", () => {
    const event = { type: "pause", on: "2025-03-05", reason: "clarification" };
    fc.assert(
      fc.property(corrupted(event), (bad) => {
        const clock = { ...foi, events: [bad] };
        expectTypedOutcome(() => safeParseClock(clock), [clock], []);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
