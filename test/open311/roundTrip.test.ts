import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/index.js";
import {
  formatOpen311Json,
  formatOpen311Xml,
  type Open311Document,
  parseOpen311Json,
  parseOpen311Xml,
} from "../../src/open311/index.js";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";

const text = fc
  .string({ unit: fc.constantFrom(..."abc XYZ 019-_&<>'\"é/:."), minLength: 1, maxLength: 12 })
  .map((s) => s.trim())
  .filter((s) => s !== "");
const number = fc
  .double({ min: -180, max: 180, noNaN: true, noDefaultInfinity: true })
  .map((n) => (Object.is(n, -0) ? 0 : n));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const compact = <T extends object>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;

const request = fc
  .record({
    service_request_id: optional(text),
    status: optional(text),
    service_code: optional(fc.constantFrom("006", "001", "POT-1")),
    description: optional(text),
    requested_datetime: optional(fc.constantFrom("2024-04-14T06:37:38-08:00", "2024-06-01T09:00:00+01:00")),
    lat: optional(number),
    long: optional(number),
    extended_attributes: optional(fc.dictionary(fc.constantFrom("channel", "ward", "zip"), text, { minKeys: 1 })),
    notes: optional(fc.array(fc.record({ summary: text, type: text }), { minLength: 1, maxLength: 3 })),
  })
  .map(compact);
const service = fc
  .record({ service_code: optional(text), service_name: optional(text), metadata: optional(fc.boolean()) })
  .map(compact);
const update = fc
  .record({
    update_id: text,
    service_request_id: optional(text),
    status: optional(text),
    updated_datetime: optional(text),
  })
  .map(compact);
const attribute = fc
  .record({
    code: optional(text),
    required: optional(fc.boolean()),
    order: optional(fc.integer({ min: 1, max: 50 })),
    values: optional(fc.array(fc.record({ key: text, name: text }), { minLength: 1, maxLength: 3 })),
  })
  .map(compact);

const document = fc.oneof(
  fc.array(request, { maxLength: 4 }).map((requests) => ({ kind: "requests" as const, requests })),
  fc.array(service, { minLength: 1, maxLength: 4 }).map((services) => ({ kind: "services" as const, services })),
  fc.array(update, { minLength: 1, maxLength: 4 }).map((updates) => ({ kind: "updates" as const, updates })),
  fc
    .array(fc.record({ code: fc.integer({ min: 100, max: 599 }), description: text }), { minLength: 1, maxLength: 3 })
    .map((errors) => ({ kind: "errors" as const, errors })),
  fc
    .record({ service_code: text, attributes: fc.array(attribute, { minLength: 1, maxLength: 3 }) })
    .map((definition) => ({ kind: "service-definition" as const, definition })),
) as unknown as fc.Arbitrary<Open311Document>;

describe("formatOpen311Json and formatOpen311Xml", () => {
  it("parse ∘ format is the identity, in JSON and in XML, for any document", () => {
    fc.assert(
      fc.property(document, (doc) => {
        expect(parseOpen311Json(formatOpen311Json(doc), { kind: doc.kind })).toEqual(doc);
        expect(parseOpen311Xml(formatOpen311Xml(doc))).toEqual(doc);
      }),
      { numRuns: 300 },
    );
  });

  it("JSON and XML of the same document read to the same document", () => {
    fc.assert(
      fc.property(document, (doc) => {
        expect(parseOpen311Xml(formatOpen311Xml(doc))).toEqual(
          parseOpen311Json(formatOpen311Json(doc), { kind: doc.kind }),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe("open311 on hostile input", () => {
  it("parsers throw only ValidationError and formatters only RangeError or ValidationError", () => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => parseOpen311Json(x as string), [x], [ValidationError]);
        expectTypedOutcome(() => parseOpen311Xml(x as string), [x], [ValidationError]);
        let json = "[]";
        try {
          json = JSON.stringify([x]);
        } catch {
          // a BigInt: JSON cannot carry it
        }
        expectTypedOutcome(() => parseOpen311Json(json), [json], [ValidationError]);
        expectTypedOutcome(() => formatOpen311Json(x as Open311Document), [x], [RangeError, ValidationError]);
        expectTypedOutcome(() => formatOpen311Xml(x as Open311Document), [x], [RangeError, ValidationError]);
        const asRequests = { kind: "requests", requests: [x] } as Open311Document;
        expectTypedOutcome(() => formatOpen311Xml(asRequests), [asRequests], [RangeError, ValidationError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
