import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/index.js";
import { deadlineVerdict, ingestCsv, ingestRows } from "../../src/ingest/index.js";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";

const mapping = { id: "Ref", openedAt: "Logged" } as const;

describe("ingest on hostile input", () => {
  it("ingestRows returns or throws RangeError for any rows and any options", () => {
    fc.assert(
      fc.property(hostile, hostile, (rows, options) => {
        expectTypedOutcome(
          () => ingestRows(rows as unknown[], options as { preset: "nyc311" }),
          [rows, options],
          [RangeError],
        );
        expectTypedOutcome(() => ingestRows([rows], { mapping }), [rows], [RangeError]);
        expectTypedOutcome(() => ingestRows([{ Ref: rows, Logged: rows }], { mapping }), [rows], [RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("ingestCsv resolves or rejects with a RangeError for any input and options", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (input, options) => {
        for (const [i, o] of [
          [input, { mapping }],
          ["Ref,Logged\n1,2024-01-01 10:00\n", options],
        ] as const) {
          try {
            const result = await ingestCsv(i as string, o as { mapping: typeof mapping });
            expect(result.report.rowsIn).toBe(result.records.length + result.rejected.length);
          } catch (error) {
            expect(error).toBeInstanceOf(RangeError);
          }
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("deadlineVerdict returns or throws RangeError for any record and asOf", () => {
    fc.assert(
      fc.property(hostile, hostile, (record, asOf) => {
        expectTypedOutcome(
          () => deadlineVerdict(record as never, asOf as number),
          [record, asOf],
          [RangeError, ValidationError],
        );
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
