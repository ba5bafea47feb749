import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { formatInstant, readInstant } from "../../src/core/index.js";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** RFC 3339 date-times (years 1000–9999 so that Date.parse reads them, offsets within ±23:59). */
const rfc3339 = fc
  .record({
    year: fc.integer({ min: 1000, max: 9998 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    fraction: fc.option(fc.integer({ min: 0, max: 999 }).map((ms) => pad(ms, 3))),
    offset: fc.oneof(
      fc.constant("Z"),
      fc
        .tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
    ),
  })
  .map(
    (f) =>
      `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${
        f.fraction === null ? "" : `.${f.fraction}`
      }${f.offset}`,
  );

describe("readInstant agrees with the platform", () => {
  test.prop([rfc3339], { numRuns: 500 })("readInstant(s) equals Date.parse(s) for RFC 3339 strings", (text) => {
    expect(readInstant(text)).toBe(Date.parse(text));
  });

  test.prop([rfc3339], { numRuns: 500 })("formatInstant(readInstant(s)) equals new Date(s).toISOString()", (text) => {
    expect(formatInstant(readInstant(text) as number)).toBe(new Date(text).toISOString());
  });

  test.prop([fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 })], { numRuns: 500 })(
    "readInstant(formatInstant(ms)) is ms: writing and reading round-trip",
    (ms) => {
      expect(readInstant(formatInstant(ms))).toBe(ms);
    },
  );

  test.prop(
    [fc.integer({ min: -62_135_596_800_000, max: 253_402_214_400_000 }), fc.integer({ min: -1439, max: 1439 })],
    { numRuns: 300 },
  )("formatInstant(ms, offset) names the same instant in any offset", (ms, offset) => {
    expect(readInstant(formatInstant(ms, offset))).toBe(ms);
  });
});
