import fc from "fast-check";
import { describe, it } from "vitest";
import {
  checkWritable,
  civilFromDays,
  dayOrThrow,
  daysFromCivil,
  daysInMonth,
  formatDayNumber,
  formatInstant,
  instantOrThrow,
  integerOrThrow,
  isLeapYear,
  isoFields,
  londonDayNumber,
  londonDayStart,
  londonOffsetMs,
  messages,
  parseDay,
  parseInstant,
  rangeError,
  readInstant,
  show,
  timeZone,
  ValidationError,
  weekdayOf,
  whyNotDay,
} from "../../src/core/index.js";
import { corrupted, expectTypedOutcome, FUZZ_RUNS, hostile } from "./hostile.js";

const TYPED = [RangeError, ValidationError];
const london = timeZone("Europe/London");
const newYork = timeZone("America/New_York");
const goodWall = { year: 2024, month: 6, day: 17, hour: 9, minute: 30, second: 0, millisecond: 0 };

/** Every core function that takes input, called with one hostile argument. */
const ONE_ARGUMENT: readonly [string, (x: unknown) => unknown][] = [
  ["show", show],
  ["messages.mustBe", (x) => messages.mustBe("x", "a number", x)],
  ["messages.oneOf", (x) => messages.oneOf("x", ["a", "b"], x)],
  ["messages.atLeast", (x) => messages.atLeast("x", 0, x)],
  ["messages.atMost", (x) => messages.atMost("x", 0, x)],
  ["messages.options", (x) => messages.options("options", x)],
  ["rangeError", (x) => rangeError("x", "a number", x)],
  ["ValidationError", (x) => new ValidationError([{ code: "custom", path: ["x"], message: "bad", input: x }])],
  ["isLeapYear", (x) => isLeapYear(x as number)],
  ["daysInMonth year", (x) => daysInMonth(x as number, 2)],
  ["daysInMonth month", (x) => daysInMonth(2024, x as number)],
  ["daysFromCivil", (x) => daysFromCivil(2024, x as number, 1)],
  ["civilFromDays", (x) => civilFromDays(x as number)],
  ["weekdayOf", (x) => weekdayOf(x as number)],
  ["isoFields", isoFields],
  ["parseDay", parseDay],
  ["formatDayNumber", (x) => formatDayNumber(x as number)],
  ["whyNotDay", whyNotDay],
  ["dayOrThrow", (x) => dayOrThrow(x, "date")],
  ["integerOrThrow", (x) => integerOrThrow(x, "n")],
  ["checkWritable", (x) => checkWritable(x as number, "day")],
  ["readInstant", (x) => readInstant(x, "at")],
  ["parseInstant", (x) => parseInstant(x as string)],
  ["instantOrThrow", (x) => instantOrThrow(x, "at")],
  ["formatInstant", (x) => formatInstant(x as number)],
  ["formatInstant offset", (x) => formatInstant(0, x as number)],
  ["londonOffsetMs", (x) => londonOffsetMs(x as number)],
  ["londonDayNumber", (x) => londonDayNumber(x as number)],
  ["londonDayStart", (x) => londonDayStart(x as number)],
  ["timeZone", (x) => timeZone(x as string)],
  ["TimeZone.offsetMs", (x) => newYork.offsetMs(x as number)],
  ["TimeZone.wallTimeOf", (x) => london.wallTimeOf(x as number)],
  ["TimeZone.instantOf", (x) => newYork.instantOf(x as string)],
  ["TimeZone.instantOf disambiguation", (x) => newYork.instantOf("2022-11-06T01:30", x as "reject")],
];

describe("core under hostile input: a value or a RangeError/ValidationError, never a TypeError, a hang or a change", () => {
  for (const [name, run] of ONE_ARGUMENT) {
    it(name, () => {
      fc.assert(
        fc.property(hostile, (x) => {
          expectTypedOutcome(() => run(x), [x], TYPED);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  }

  it("TimeZone.instantOf with one wall-time field corrupted", () => {
    fc.assert(
      fc.property(corrupted(goodWall), (wall) => {
        expectTypedOutcome(() => london.instantOf(wall as typeof goodWall), [wall], TYPED);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("show and readInstant never throw at all", () => {
    fc.assert(
      fc.property(hostile, (x) => {
        show(x);
        readInstant(x);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("readInstant of any string gives integer epoch ms or a problem with a message, never NaN", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(..."0123456789-T:+Z., "), maxLength: 35 })),
        (text) => {
          const read = readInstant(text);
          return typeof read === "number" ? Number.isSafeInteger(read) : read.message.length > 0;
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});
