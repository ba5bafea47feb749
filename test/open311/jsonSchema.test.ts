import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { formatOpen311Json, type Open311Kind, open311JsonSchemas, parseOpen311Json } from "../../src/open311/index.js";
import { open311ZodSchema } from "../../src/open311/jsonSchemas.js";
import { contactJsonSchema, contactSchema } from "../../src/schema/index.js";

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat("date-time", true);

// Fixtures written for the project: payloads each schema must accept, and must refuse.
const FIXTURES: Record<Open311Kind, { accept: unknown[]; reject: unknown[] }> = {
  requests: {
    accept: [
      [],
      [{ service_request_id: "7001", service_code: "006", lat: 51.5, long: -0.12, notes: [{ type: "opened" }] }],
    ],
    reject: [
      {},
      [{ service_code: 6 }],
      [{ lat: "north" }],
      [{ unexpected: true }],
      [{ extended_attributes: { ward: 21 } }],
    ],
  },
  services: {
    accept: [[{ service_code: "001", metadata: true, type: "realtime" }]],
    reject: [[{ metadata: "yes" }], "services"],
  },
  errors: { accept: [[{ code: 403, description: "Invalid api_key" }]], reject: [[{ code: "403" }]] },
  updates: { accept: [[{ update_id: "u1", status: "FIXED" }]], reject: [[{ update_id: 1 }]] },
  "service-definition": {
    accept: [{ service_code: "DMV66", attributes: [{ code: "A", required: true, order: 1, values: [{ key: "1" }] }] }],
    reject: [[], { attributes: [{ order: "first" }] }, { attributes: { attribute: [] } }],
  },
};

describe("the JSON Schemas and zod agree", () => {
  const schemas = open311JsonSchemas();
  for (const kind of Object.keys(FIXTURES) as Open311Kind[]) {
    it(`ajv and zod accept and reject the same ${kind} fixtures`, () => {
      const validate = ajv.compile(schemas[kind]);
      for (const payload of FIXTURES[kind].accept) {
        expect(validate(payload), JSON.stringify(payload)).toBe(true);
        expect(z.safeParse(open311ZodSchema(kind), payload).success).toBe(true);
      }
      for (const payload of FIXTURES[kind].reject) {
        expect(validate(payload), JSON.stringify(payload)).toBe(false);
        expect(z.safeParse(open311ZodSchema(kind), payload).success).toBe(false);
      }
    });
  }

  it("what formatOpen311Json writes is valid against its kind's schema", () => {
    const validate = ajv.compile(schemas.requests);
    const document = parseOpen311Json(
      '[{"service_request_id":638344,"status":"closed","service_code":006,"lat":37.76,"extended_attributes":{"channel":"phone"}}]',
    );
    expect(validate(JSON.parse(formatOpen311Json(document)))).toBe(true);
  });

  it("ajv and zod agree on the contact schema for any corrupted contact", () => {
    const validate = ajv.compile(contactJsonSchema());
    const good = { id: "c-1", at: "2024-03-04T09:15:00Z", channel: "telephone", handleSeconds: 300 };
    const field = fc.constantFrom("id", "at", "channel", "handleSeconds", "ward", "answered");
    const value = fc.oneof(
      fc.constantFrom<unknown>("", "x", -1, 1.5, 300, true, null, "2024-03-04T09:15:00Z", "unknown", "email"),
      fc.string(),
    );
    fc.assert(
      fc.property(field, value, (key, v) => {
        const record = { ...good, [key]: v };
        expect(validate(record)).toBe(z.safeParse(contactSchema as z.ZodMiniType, record).success);
      }),
      { numRuns: 300 },
    );
  });
});
