import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ingestCsv } from "../../src/ingest/index.js";

const mapping = {
  id: "Ref",
  openedAt: "Logged",
  closedAt: "Closed",
  channel: "How",
  channels: { phone: "telephone" },
} as const;
const HEADER = ["Ref", "Logged", "Closed", "How"];

const cell = fc.oneof(
  fc.constantFrom("A1", "A2", "A3", "2024-05-01 09:00", "05/01/2024 10:00:00 PM", "phone", "", " ", "x,y", 'say "hi"'),
  fc.string({ maxLength: 6 }),
);
const rowOf = fc.array(cell, { minLength: 0, maxLength: 6 });

/** A field as CSV writes it: quoted when it holds a comma, quote or line end. */
const quote = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** A CSV that may have a BOM, CRLF ends, blank lines, short and long rows, and stray quotes. */
const hostileCsv = fc
  .record({
    rows: fc.array(rowOf, { maxLength: 25 }),
    bom: fc.boolean(),
    crlf: fc.boolean(),
    blankEvery: fc.nat({ max: 4 }),
    breakQuoteAt: fc.option(fc.nat(), { nil: undefined }),
    trailingNewline: fc.boolean(),
  })
  .map(({ rows, bom, crlf, blankEvery, breakQuoteAt, trailingNewline }) => {
    const end = crlf ? "\r\n" : "\n";
    const lines = [HEADER, ...rows].map((row) => row.map(quote).join(","));
    if (breakQuoteAt !== undefined && lines.length > 1) {
      const at = 1 + (breakQuoteAt % (lines.length - 1));
      lines[at] = `${lines[at]}"`;
    }
    const withBlanks = lines.flatMap((line, i) => (blankEvery > 0 && i % blankEvery === 0 ? [line, ""] : [line]));
    return {
      text: (bom ? "\ufeff" : "") + withBlanks.join(end) + (trailingNewline ? end : ""),
      rows,
      broken: breakQuoteAt,
    };
  });

describe("ingestCsv on any CSV", () => {
  it("rows in = records + rejected, and every row number appears once, for any generated file", async () => {
    await fc.assert(
      fc.asyncProperty(hostileCsv, async ({ text }) => {
        const { records, rejected, report } = await ingestCsv(text, { mapping });
        expect(report.rowsIn).toBe(records.length + rejected.length);
        expect(report.records).toBe(records.length);
        expect(report.rejected).toBe(rejected.length);
        const rows = [...records.map((r) => r.row), ...rejected.map((r) => r.row)].sort((a, b) => a - b);
        expect(rows).toEqual(Array.from(rows, (_, i) => i + 1));
        for (const r of rejected) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it("reads exactly one row per written row when the quoting is sound (blank rows aside)", async () => {
    await fc.assert(
      fc.asyncProperty(hostileCsv, async ({ text, rows, broken }) => {
        fc.pre(broken === undefined);
        const { report } = await ingestCsv(text, { mapping });
        const written = rows.filter((row) => row.length > 1 || (row.length === 1 && row[0] !== "")).length;
        expect(report.rowsIn).toBe(written);
      }),
      { numRuns: 200 },
    );
  });

  it("no record ever has a closed time before its opened time", async () => {
    await fc.assert(
      fc.asyncProperty(hostileCsv, async ({ text }) => {
        const { records } = await ingestCsv(text, { mapping });
        for (const r of records) if (r.closedAt !== undefined) expect(r.closedAt).toBeGreaterThanOrEqual(r.openedAt);
      }),
      { numRuns: 100 },
    );
  });
});
