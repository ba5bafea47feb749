import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  contactJsonSchema,
  customerJsonSchema,
  parseContact,
  serializeContact,
  serviceJsonSchema,
} from "../../src/schema/index.js";
import { CHANNEL_CODES, CONTACT_OUTCOME_CODES, INTERACTION_CODES, SERVICES } from "../../src/taxonomy/index.js";
import { contactInput } from "./arbitraries.js";

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; required?: string[]; anyOf?: Schema[] };

/** A tiny JSON Schema checker for the keywords these schemas use: type, enum, required, additionalProperties, pattern, minimum, minLength, anyOf. */
function conforms(value: unknown, schema: Schema): boolean {
  if (schema.anyOf) return schema.anyOf.some((option) => conforms(value, option));
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (types.length > 0 && !types.some((type) => typeMatches(value, type as string))) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  if (typeof value === "string") {
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) return false;
    if (typeof schema.minLength === "number" && value.length < schema.minLength) return false;
  }
  if (typeof value === "number" && typeof schema.minimum === "number" && value < schema.minimum) return false;
  if (typeof value === "object" && value !== null && schema.properties) {
    const record = value as Record<string, unknown>;
    if (!(schema.required ?? []).every((key) => key in record)) return false;
    for (const [key, field] of Object.entries(record)) {
      const property = schema.properties[key];
      if (!property) return schema.additionalProperties !== false;
      if (!conforms(field, property)) return false;
    }
  }
  return true;
}

function typeMatches(value: unknown, type: string): boolean {
  if (type === "integer") return Number.isInteger(value);
  if (type === "object") return typeof value === "object" && value !== null && !Array.isArray(value);
  return typeof value === type;
}

describe("contactJsonSchema", () => {
  const schema = contactJsonSchema() as Schema;

  it("requires id, at and channel, allows no other keys, and lists the taxonomy's codes", () => {
    expect(schema.required).toEqual(["id", "at", "channel"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties?.channel?.enum).toEqual([...CHANNEL_CODES]);
    expect(schema.properties?.interaction?.enum).toEqual([...INTERACTION_CODES]);
    expect(schema.properties?.outcome?.enum).toEqual([...CONTACT_OUTCOME_CODES]);
    expect(schema.properties?.handleSeconds).toMatchObject({ type: "integer", minimum: 0 });
    expect(schema.title).toBe("Contact");
  });

  test.prop([contactInput])("every serialised contact conforms to it, and so does its epoch-ms form", (input) => {
    const contact = parseContact(input);
    expect(conforms(JSON.parse(JSON.stringify(serializeContact(contact))), schema)).toBe(true);
    expect(conforms(JSON.parse(JSON.stringify(contact)), schema)).toBe(true);
  });

  it("does not accept what parseContact refuses on shape: no offset, unknown channel, extra key, missing at", () => {
    const ok = { id: "c", at: "2024-01-01T00:00:00Z", channel: "sms" };
    expect(conforms(ok, schema)).toBe(true);
    expect(conforms({ ...ok, at: "2024-01-01T00:00:00" }, schema)).toBe(false);
    expect(conforms({ ...ok, channel: "fax" }, schema)).toBe(false);
    expect(conforms({ ...ok, colour: "red" }, schema)).toBe(false);
    expect(conforms({ id: "c", channel: "sms" }, schema)).toBe(false);
    expect(conforms({ ...ok, handleSeconds: 1.5 }, schema)).toBe(false);
  });

  it("returns a new, JSON-serialisable object each time", () => {
    expect(contactJsonSchema()).not.toBe(contactJsonSchema());
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

describe("customerJsonSchema and serviceJsonSchema", () => {
  it("require only the id for a customer, and id, label and cluster for a service", () => {
    expect(customerJsonSchema().required).toEqual(["id"]);
    expect(serviceJsonSchema().required).toEqual(["id", "label", "cluster"]);
  });

  it("accept every starter service and refuse an unknown tier", () => {
    const schema = serviceJsonSchema() as Schema;
    for (const service of SERVICES) expect(conforms(service, schema), service.id).toBe(true);
    expect(conforms({ id: "x", label: "X", cluster: "c", tier: "parish" }, schema)).toBe(false);
  });

  it("describe a postcode by its pattern", () => {
    const schema = customerJsonSchema() as Schema;
    expect(conforms({ id: "c", postcode: "SW1A 1AA" }, schema)).toBe(true);
    expect(conforms({ id: "c", postcode: "12345" }, schema)).toBe(false);
  });
});
