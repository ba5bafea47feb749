// Random clocks for the property tests: a regime, a day of receipt and a run of operations at
// increasing times, each applied if the clock allows it (a refused operation is skipped).
import { fc } from "@fast-check/vitest";
import { dateOfDayNumber, dayNumber } from "../../src/calendar/index.js";
import type { Clock, PauseReason, Regime } from "../../src/clocks/index.js";
import {
  acknowledgeClock,
  ClockError,
  extendClock,
  pauseClock,
  resumeClock,
  startClock,
  stopClock,
} from "../../src/clocks/index.js";

export const DAY_REGIMES: readonly Regime[] = [
  "foi",
  "foisa",
  "eir",
  "sar",
  "complaint-stage-1",
  "complaint-stage-2",
  { name: "missed-bin", unit: "working-days", limit: 2, maxExtension: 3 },
  { name: "letter-reply", unit: "calendar-days", limit: 28, maxExtension: 14 },
];
export const HOURS_REGIME: Regime = { name: "emergency-repair", unit: "hours", limit: 24, maxExtension: 8 };

const MS_PER_HOUR = 3_600_000;
const FIRST = dayNumber("2001-01-01");
const LAST = dayNumber("2098-12-31");

/** A day of receipt, well inside the supported years. */
export const receivedDay = fc.integer({ min: FIRST, max: LAST }).map(dateOfDayNumber);

export interface Step {
  readonly kind: "pause" | "resume" | "extend" | "acknowledge" | "stop";
  /** Days (or hours, on an hours clock) after the previous step. */
  readonly gap: number;
  readonly by: number;
  readonly reason: PauseReason;
}

const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom("pause", "resume", "extend", "acknowledge", "stop"),
  gap: fc.integer({ min: 0, max: 12 }),
  by: fc.integer({ min: 1, max: 4 }),
  reason: fc.constantFrom("clarification", "identity", "fee", "other"),
});

/** Apply a step if the clock allows it; a `ClockError` leaves the clock as it was. */
function attempt(clock: Clock, s: Step, when: string | number): Clock {
  try {
    switch (s.kind) {
      case "pause":
        return pauseClock(clock, when, { reason: s.reason });
      case "resume":
        return resumeClock(clock, when);
      case "extend":
        return extendClock(clock, when, { by: s.by });
      case "acknowledge":
        return acknowledgeClock(clock, when);
      case "stop":
        return stopClock(clock, when);
    }
  } catch (error) {
    if (error instanceof ClockError) return clock;
    throw error;
  }
}

/** A day clock built from a regime, a day and steps. */
export function buildDayClock(regime: Regime, received: string, steps: readonly Step[], awaiting?: PauseReason): Clock {
  let clock: Clock;
  try {
    clock = startClock(regime, received, awaiting === undefined ? {} : { awaiting });
  } catch (error) {
    if (!(error instanceof ClockError)) throw error;
    clock = startClock(regime, received);
  }
  let day = dayNumber(received);
  for (const s of steps) {
    day += s.gap;
    clock = attempt(clock, s, dateOfDayNumber(day));
  }
  return clock;
}

/** Any day clock with up to 8 steps. */
export const dayClock: fc.Arbitrary<Clock> = fc
  .tuple(
    fc.constantFrom(...DAY_REGIMES),
    receivedDay,
    fc.array(step, { maxLength: 8 }),
    fc.option(fc.constantFrom<PauseReason>("identity", "fee"), { nil: undefined }),
  )
  .map(([regime, received, steps, awaiting]) => buildDayClock(regime, received, steps, awaiting));

/** Any hours clock with up to 8 steps, the gaps in hours. */
export const hoursClock: fc.Arbitrary<Clock> = fc
  .tuple(
    fc.integer({ min: FIRST, max: LAST }),
    fc.integer({ min: 0, max: 86_399_999 }),
    fc.array(step, { maxLength: 8 }),
  )
  .map(([day, offset, steps]) => {
    let at = day * 86_400_000 + offset;
    let clock = startClock(HOURS_REGIME, at);
    for (const s of steps) {
      at += s.gap * MS_PER_HOUR;
      clock = attempt(clock, s, at);
    }
    return clock;
  });

/** Any clock. */
export const anyClock: fc.Arbitrary<Clock> = fc.oneof(dayClock, hoursClock);

/** Freeze a value and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
