import { anonymiseRecord, estimateM, jaroWinkler, normaliseName, normalisePhone } from "council-contact/cluster";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";

// Generous timeouts: these properties resolve hundreds of populations, and the test machines are shared.
describe("hostile input", { timeout: 120_000 }, () => {
  it("jaroWinkler returns a similarity or throws RangeError", () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        expectTypedOutcome(() => jaroWinkler(a as string, b as string), [a, b], [RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
  it("estimateM returns an estimate or throws RangeError", () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (patterns, u, options) => {
        expectTypedOutcome(
          () => estimateM(patterns as never, u as never, options as never),
          [patterns, u, options],
          [RangeError],
        );
        expectTypedOutcome(
          () => estimateM([{ levels: [1], count: 1 }], [[0.5, 0.5]], options as never),
          [options],
          [RangeError],
        );
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
  it("normalisePhone and normaliseName never throw", () => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => normalisePhone(x as string), [x], []);
        expectTypedOutcome(() => normaliseName(x as string), [x], []);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
  it("normalisePhone gives E.164 or nothing for any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const phone = normalisePhone(text);
        if (phone !== undefined) expect(phone).toMatch(/^\+[1-9]\d{6,14}$/);
      }),
      { numRuns: 500 },
    );
  });
  it("anonymiseRecord returns a record or throws RangeError", () => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => anonymiseRecord(x as never), [x], [RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
