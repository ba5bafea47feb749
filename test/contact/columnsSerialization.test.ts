import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type ContactColumns,
  contactColumns,
  contactsFromColumns,
  parseContactColumns,
  safeParseContactColumns,
  serializeContactColumns,
} from "../../src/contact/index.js";
import { ValidationError, type ValidationIssue } from "../../src/schema/index.js";
import { anyContacts } from "./columnArbitraries.js";
import { THREE_CONTACTS } from "./columnHistory.js";

const columns = contactColumns(THREE_CONTACTS);
const json = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
const serialized = json(serializeContactColumns(columns));

/** The issues parseContactColumns throws for `value` (none if it parses). */
function issuesOf(value: unknown): readonly ValidationIssue[] {
  const result = safeParseContactColumns(value);
  if (result.success) return [];
  expect(() => parseContactColumns(value)).toThrow(ValidationError);
  return result.error.issues;
}

describe("serializeContactColumns", () => {
  it("writes every column as a plain array, without day (derived from at) and without place when it is uprn", () => {
    expect(serializeContactColumns(columns)).toStrictEqual({
      version: 1,
      length: 3,
      id: ["c-1", "c-2", "c-3"],
      at: [Date.UTC(2024, 2, 30, 23, 30), Date.UTC(2024, 2, 31, 23, 30), Date.UTC(2024, 3, 1, 10)],
      channel: [2, 9, 4],
      direction: [0, 2, 1],
      interaction: [10, 0, 3],
      outcome: [2, 0, 0],
      handleSeconds: [300, -1, -1],
      waitSeconds: [-1, -1, 0],
      answered: [2, 0, 1],
      customer: { codes: [0, 1, 0], values: ["cust-1", "cust-2"] },
      enquiry: { codes: [-1, -1, 0], values: ["E-1"] },
      service: { codes: [0, 1, 0], values: ["missed-bin", "council-tax"] },
      uprn: { codes: [0, 1, 0], values: ["10070", "20080"] },
      ward: { codes: [-1, 0, -1], values: ["Abbey"] },
      note: { codes: [-1, -1, 0], values: ["any news?"] },
    });
  });

  it("writes the place column when it was built with locationOf", () => {
    const byWard = contactColumns(THREE_CONTACTS, { locationOf: (c) => c.ward });
    expect(serializeContactColumns(byWard).place).toStrictEqual({ codes: [-1, 0, -1], values: ["Abbey"] });
  });

  it("shares nothing with the columns, and leaves them as they were", () => {
    const before = [
      columns.id.slice(),
      Array.from(columns.at),
      Array.from(columns.customer.codes),
      columns.customer.values.slice(),
    ];
    const out = serializeContactColumns(columns);
    expect([columns.id, Array.from(columns.at), Array.from(columns.customer.codes), columns.customer.values]).toEqual(
      before,
    );
    expect(out.id).not.toBe(columns.id);
    expect(out.customer.values).not.toBe(columns.customer.values);
    (out.customer.values as string[]).push("someone");
    expect(columns.customer.values).toEqual(["cust-1", "cust-2"]);
  });
});

describe("parseContactColumns", () => {
  it("reads the JSON form into typed arrays, deriving day from at and place from uprn", () => {
    const parsed = parseContactColumns(serialized);
    expect(parsed.at).toBeInstanceOf(Float64Array);
    expect(parsed.day).toBeInstanceOf(Int32Array);
    expect(Array.from(parsed.day)).toEqual([19812, 19814, 19814]);
    expect(
      [parsed.channel, parsed.direction, parsed.interaction, parsed.outcome, parsed.answered].every(
        (c) => c instanceof Uint8Array,
      ),
    ).toBe(true);
    expect(parsed.customer.codes).toBeInstanceOf(Int32Array);
    expect(parsed.place).toBe(parsed.uprn);
    expect(contactsFromColumns(parsed)).toStrictEqual(THREE_CONTACTS);
  });

  it("uses typed arrays of the right kind as they are, and takes a day column that agrees with at", () => {
    const parsed = parseContactColumns(columns);
    expect(parsed.at).toBe(columns.at);
    expect(parsed.customer.codes).toBe(columns.customer.codes);
    expect(Array.from(parseContactColumns({ ...serialized, day: [19812, 19814, 19814] }).day)).toEqual([
      19812, 19814, 19814,
    ]);
    expect(
      issuesOf({ ...serialized, day: [19812, 19813, 19814] }).map((issue) => [issue.path.join("."), issue.message]),
    ).toEqual([["at.1", "day is 19813, but the London day of at is 19814"]]);
  });

  it("refuses what is not an object, and a layout other than version 1", () => {
    for (const [value, got] of [
      [null, "null"],
      ["columns", '"columns"'],
      [[serialized], "an array of 1"],
    ] as const) {
      expect(issuesOf(value)).toEqual([
        { code: "invalid_type", path: [], message: `contact columns must be an object, got ${got}`, input: value },
      ]);
    }
    expect(issuesOf({ ...serialized, version: 2 })).toEqual([
      { code: "invalid_value", path: ["version"], message: "version must be 1, the only layout there is", input: 2 },
    ]);
  });

  it("names each column that is not an array of numbers, and the first entry its typed array cannot hold", () => {
    expect(issuesOf({ ...serialized, at: "yesterday" })).toEqual([
      {
        code: "invalid_type",
        path: ["at"],
        message: "at must be a Float64Array or an array of numbers",
        input: "yesterday",
      },
    ]);
    expect(issuesOf({ ...serialized, channel: Int32Array.of(2, 9, 4) }).map((issue) => issue.message)).toEqual([
      "channel must be a Uint8Array or an array of numbers",
    ]);
    expect(issuesOf({ ...serialized, channel: [2, 256, 4] })).toEqual([
      {
        code: "invalid_value",
        path: ["channel", 1],
        message: "channel holds 256, which a Uint8Array cannot hold",
        input: 256,
      },
    ]);
    expect(issuesOf({ ...serialized, answered: [2, 0.5, 1] }).map((issue) => issue.path.join("."))).toEqual([
      "answered.1",
    ]);
    expect(issuesOf({ ...serialized, at: [0, null, 1] }).map((issue) => issue.message)).toEqual([
      "at holds null, which a Float64Array cannot hold",
    ]);
    expect(issuesOf({ ...serialized, customer: { codes: [0, 2 ** 31, 0], values: ["cust-1", "cust-2"] } })).toEqual([
      {
        code: "invalid_value",
        path: ["customer", "codes", 1],
        message: "customer.codes holds 2147483648, which an Int32Array cannot hold",
        input: 2 ** 31,
      },
    ]);
    expect(issuesOf({ ...serialized, day: "monday" }).map((issue) => issue.path.join("."))).toEqual(["day"]);
    expect(issuesOf({ ...serialized, ward: ["Abbey"] })).toEqual([
      {
        code: "invalid_type",
        path: ["ward"],
        message: "ward must be a dictionary column { codes, values }, got an array of 1",
        input: ["Abbey"],
      },
    ]);
  });

  it("refuses a dictionary value twice (a code must mean one customer), an empty value but for notes, and a UPRN that is not 1–12 digits", () => {
    expect(issuesOf({ ...serialized, customer: { codes: [0, 1, 0], values: ["cust-1", "cust-1"] } })).toEqual([
      {
        code: "duplicate",
        path: ["customer", "values", 1],
        message: 'customer.values has "cust-1" twice (positions 0 and 1): a dictionary holds each value once',
        input: "cust-1",
      },
    ]);
    expect(issuesOf({ ...serialized, service: { codes: [0, 1, 0], values: ["missed-bin", ""] } })).toEqual([
      {
        code: "invalid_value",
        path: ["service", "values", 1],
        message: "service.values must hold non-empty strings",
        input: "",
      },
    ]);
    expect(
      issuesOf({ ...serialized, uprn: { codes: [0, 1, 0], values: ["10070", "12 High St"] } }).map((issue) => [
        issue.path.join("."),
        issue.message,
      ]),
    ).toEqual([["uprn.values.1", "uprn.values must hold UPRNs of 1–12 digits"]]);
    expect(
      issuesOf({ ...serialized, note: { codes: [-1, -1, 0], values: [7] } }).map((issue) => issue.message),
    ).toEqual(["note.values must hold strings"]);
    expect(parseContactColumns({ ...serialized, note: { codes: [-1, -1, 0], values: [""] } }).note.values).toEqual([
      "",
    ]);
  });

  it("then checks the rows as checkContactColumns does: lengths, codes in range, instants in 2000–2100", () => {
    expect(issuesOf({ ...serialized, channel: [2, 9] }).map((issue) => issue.message)).toEqual([
      "channel must be a Uint8Array of length 3 (the length), got 2 entries",
    ]);
    expect(
      issuesOf({ ...serialized, ward: { codes: [-1, 1, -1], values: ["Abbey"] } }).map((issue) => issue.path.join(".")),
    ).toEqual(["ward.codes.1"]);
    expect(issuesOf({ ...serialized, at: [0, 0, 0] }).map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["at.0", "at must be an instant in 2000–2100 (and 2 more rows)"],
    ]);
  });

  it("lists every problem of a bare object at once", () => {
    expect(issuesOf({ length: 1, id: ["c-1"] }).map((issue) => issue.path.join("."))).toEqual([
      "at",
      "channel",
      "direction",
      "interaction",
      "outcome",
      "handleSeconds",
      "waitSeconds",
      "answered",
      "customer",
      "enquiry",
      "service",
      "uprn",
      "place",
      "ward",
      "note",
    ]);
  });

  it("leaves its input as it was", () => {
    const before = JSON.stringify(serialized);
    parseContactColumns(serialized);
    expect(JSON.stringify(serialized)).toBe(before);
  });
});

describe("columns in JSON: laws", () => {
  test.prop([anyContacts, fc.boolean()])(
    "round trip: parseContactColumns(JSON.parse(JSON.stringify(serializeContactColumns(c)))) gives c back, day and place included",
    (history, byWard) => {
      const original: ContactColumns = contactColumns(history, byWard ? { locationOf: (c) => c.ward } : {});
      const parsed = parseContactColumns(json(serializeContactColumns(original)));
      expect(serializeContactColumns(parsed)).toStrictEqual(serializeContactColumns(original));
      expect(parsed.day).toStrictEqual(original.day);
      expect(parsed.place === parsed.uprn).toBe(!byWard);
      expect(contactsFromColumns(parsed)).toStrictEqual(history);
    },
  );

  test.prop([anyContacts])(
    "columns built by contactColumns always check and parse (checkContactColumns ∘ contactColumns never throws)",
    (history) => {
      const built = contactColumns(history);
      expect(safeParseContactColumns(built)).toEqual({ success: true, data: built });
    },
  );
});
