import { tableFromArrays, tableFromJSON } from "apache-arrow";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactColumns } from "../../src/contact/index.js";
import { ValidationError } from "../../src/core/index.js";
import { contactColumnsFromArrow } from "../../src/ingest/index.js";
import { parseContacts } from "../../src/schema/index.js";
import { CHANNEL_CODES } from "../../src/taxonomy/index.js";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";

describe("contactColumnsFromArrow", () => {
  it("reads an Apache Arrow table into the same columns contactColumns builds from contact objects", () => {
    const row = fc.record({
      id: fc.uuid(),
      at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
      channel: fc.constantFrom(...CHANNEL_CODES),
      serviceId: fc.option(fc.constantFrom("missed-bin", "council-tax"), { nil: undefined }),
      ward: fc.option(fc.constantFrom("Ward A", "Ward B"), { nil: undefined }),
      handleSeconds: fc.option(fc.nat({ max: 3600 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 30 }), (rows) => {
        const table = tableFromArrays({
          id: rows.map((r) => r.id),
          at: Float64Array.from(rows, (r) => r.at),
          channel: rows.map((r) => r.channel),
          service: rows.map((r) => r.serviceId ?? null),
          ward: rows.map((r) => r.ward ?? null),
          handle: Float64Array.from(rows, (r) => r.handleSeconds ?? -1),
        });
        const fromArrow = contactColumnsFromArrow(table, {
          id: "id",
          at: "at",
          channel: "channel",
          service: "service",
          ward: "ward",
          handleSeconds: "handle",
        });
        const fromObjects = contactColumns(
          parseContacts(rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)))),
        );
        expect(fromArrow).toEqual(fromObjects);
      }),
      { numRuns: 100 },
    );
  });

  it("maps channel words, reads times written as instants, and gives unmapped channels as unknown", () => {
    const table = tableFromJSON([
      { key: "1", created: "2024-05-01T09:00:00+01:00", how: "PHONE" },
      { key: "2", created: "2024-05-01T10:00:00Z", how: "fax" },
    ]);
    const columns = contactColumnsFromArrow(table, {
      id: "key",
      at: "created",
      channel: "how",
      channels: { phone: "telephone" },
    });
    expect(Array.from(columns.at)).toEqual([Date.UTC(2024, 4, 1, 8), Date.UTC(2024, 4, 1, 10)]);
    expect(Array.from(columns.channel, (code) => CHANNEL_CODES[code])).toEqual(["telephone", "unknown"]);
  });

  it("refuses a missing column with a RangeError and unreadable rows with a ValidationError naming them", () => {
    const table = tableFromJSON([{ key: "1", created: "soon" }]);
    expect(() => contactColumnsFromArrow(table, { id: "key", at: "opened" })).toThrow(/mapping.at must be a column/);
    expect(() => contactColumnsFromArrow(table, { id: "key", at: "created" })).toThrow(ValidationError);
  });

  it("throws only RangeError or ValidationError on hostile tables and mappings", () => {
    fc.assert(
      fc.property(hostile, hostile, (table, mapping) => {
        expectTypedOutcome(
          () => contactColumnsFromArrow(table as never, mapping as never),
          [table, mapping],
          [RangeError, ValidationError],
        );
        const good = tableFromJSON([{ key: "1", created: 1714554000000 }]);
        expectTypedOutcome(
          () => contactColumnsFromArrow(good, mapping as never),
          [mapping],
          [RangeError, ValidationError],
        );
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
