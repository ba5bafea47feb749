import { describe, expect, it } from "vitest";
import { type ContactColumns, checkContactColumns, contactColumns } from "../../src/contact/index.js";
import { ValidationError, type ValidationIssue } from "../../src/schema/index.js";
import { THREE_CONTACTS } from "./columnHistory.js";

const columns = contactColumns(THREE_CONTACTS);

/** The issues checkContactColumns throws for `changed` columns (none if it passes). */
function issuesOf(changed: unknown): readonly ValidationIssue[] {
  try {
    checkContactColumns(changed as ContactColumns);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
}

describe("checkContactColumns", () => {
  it("returns good columns as they are, throwing nothing", () => {
    expect(checkContactColumns(columns)).toBe(columns);
    expect(checkContactColumns(contactColumns([])).length).toBe(0);
  });

  it("refuses something that is not columns, or has no whole-number length, with one issue", () => {
    expect(issuesOf(null)).toEqual([
      { code: "invalid_type", path: [], message: "contact columns must be an object, got null", input: null },
    ]);
    expect(issuesOf({ ...columns, length: -1 })).toEqual([
      { code: "invalid_value", path: ["length"], message: "length must be a whole number ≥ 0, got -1", input: -1 },
    ]);
    expect(issuesOf({ ...columns, length: 1.5 })).toHaveLength(1);
  });

  it("names each column whose length is not the length, and each column of the wrong kind of array", () => {
    expect(issuesOf({ ...columns, channel: Uint8Array.of(2, 9) })).toEqual([
      {
        code: "invalid_value",
        path: ["channel"],
        message: "channel must be a Uint8Array of length 3 (the length), got 2 entries",
        input: 2,
      },
    ]);
    expect(issuesOf({ ...columns, customer: { codes: Int32Array.of(0, 1), values: ["cust-1", "cust-2"] } })).toEqual([
      {
        code: "invalid_value",
        path: ["customer", "codes"],
        message: "customer.codes must be an Int32Array of length 3 (the length), got 2 entries",
        input: 2,
      },
    ]);
    const plain = Array.from(columns.at);
    // With `at` unreadable, the days are not compared with it.
    expect(issuesOf({ ...columns, at: plain })).toEqual([
      {
        code: "invalid_type",
        path: ["at"],
        message: "at must be a Float64Array of length 3 (the length), got an Array",
        input: plain,
      },
    ]);
    expect(
      issuesOf({ ...columns, day: Float64Array.from(columns.day) }).map((issue) => [issue.path, issue.message]),
    ).toEqual([[["day"], "day must be an Int32Array of length 3 (the length), got a Float64Array"]]);
    expect(issuesOf({ ...columns, id: "c-1" }).map((issue) => issue.message)).toEqual([
      "id must be an array of length 3 (the length), got a String",
    ]);
    expect(issuesOf({ ...columns, waitSeconds: undefined }).map((issue) => issue.message)).toEqual([
      "waitSeconds must be a Float64Array of length 3 (the length), got nothing",
    ]);
    expect(issuesOf({ ...columns, ward: undefined })).toEqual([
      {
        code: "invalid_type",
        path: ["ward"],
        message: "ward must be a dictionary column { codes, values }, got undefined",
        input: undefined,
      },
    ]);
  });

  it("lists every shape problem at once", () => {
    expect(issuesOf({ ...columns, length: 2 }).map((issue) => issue.path.join("."))).toEqual([
      "id",
      "at",
      "day",
      "channel",
      "direction",
      "interaction",
      "outcome",
      "handleSeconds",
      "waitSeconds",
      "answered",
      "customer.codes",
      "enquiry.codes",
      "service.codes",
      "uprn.codes",
      "place.codes",
      "ward.codes",
      "note.codes",
    ]);
  });

  it("names the first row of a column holding a code the taxonomy does not have, and counts the rest", () => {
    // 15 channels (0–14), 2 directions (0–2 with none), answered 0–2.
    expect(issuesOf({ ...columns, channel: Uint8Array.of(2, 15, 15) })).toEqual([
      {
        code: "invalid_value",
        path: ["channel", 1],
        message: "channel is 15, not a code (at most 14) (and 1 more rows)",
        input: 15,
      },
    ]);
    expect(issuesOf({ ...columns, direction: Uint8Array.of(0, 3, 1) })).toEqual([
      { code: "invalid_value", path: ["direction", 1], message: "direction is 3, not a code (at most 2)", input: 3 },
    ]);
    expect(
      issuesOf({
        ...columns,
        interaction: Uint8Array.of(13, 0, 0),
        outcome: Uint8Array.of(0, 0, 7),
        answered: Uint8Array.of(3, 0, 0),
      }).map((issue) => issue.message),
    ).toEqual([
      "interaction is 13, not a code (at most 12)",
      "outcome is 7, not a code (at most 6)",
      "answered is 3, not a code (at most 2)",
    ]);
  });

  it("names the first row of a dictionary column whose code is not a position in its values, nor -1", () => {
    expect(
      issuesOf({ ...columns, customer: { codes: Int32Array.of(0, 2, -2), values: ["cust-1", "cust-2"] } }),
    ).toEqual([
      {
        code: "invalid_value",
        path: ["customer", "codes", 1],
        message: "customer.codes has 2, not -1 or a position in customer.values (0–1) (and 1 more rows)",
        input: 2,
      },
    ]);
    expect(
      issuesOf({ ...columns, note: { codes: Int32Array.of(-1, -1, 0), values: [] } }).map((issue) => issue.message),
    ).toEqual(["note.codes has 0, not -1 or a position in note.values (which is empty)"]);
  });

  it("refuses empty ids, seconds that are not whole and ≥ 0 (or -1 for none), and instants outside 2000–2100", () => {
    expect(issuesOf({ ...columns, id: ["c-1", "", "c-3"] })).toEqual([
      { code: "invalid_value", path: ["id", 1], message: "id must be a non-empty string", input: "" },
    ]);
    expect(issuesOf({ ...columns, handleSeconds: Float64Array.of(300, 1.5, -2) })).toEqual([
      {
        code: "invalid_value",
        path: ["handleSeconds", 1],
        message: "handleSeconds must be whole seconds ≥ 0, or -1 for none (and 1 more rows)",
        input: 1.5,
      },
    ]);
    expect(issuesOf({ ...columns, at: Float64Array.of(0, columns.at[1]!, columns.at[2]!) })).toEqual([
      { code: "invalid_value", path: ["at", 0], message: "at must be an instant in 2000–2100", input: 0 },
    ]);
  });

  it("refuses a day that is not the London day of at: across the clock change, the UTC day is wrong", () => {
    // c-2 is 23:30 UTC on 31 March 2024, 00:30 BST on 1 April (day 19814); its UTC day is 19813.
    expect(issuesOf({ ...columns, day: Int32Array.of(19812, 19813, 19814) })).toEqual([
      {
        code: "invalid_value",
        path: ["at", 1],
        message: "day is 19813, but the London day of at is 19814",
        input: Date.UTC(2024, 2, 31, 23, 30),
      },
    ]);
  });

  it("leaves the columns as they were", () => {
    const before = [Array.from(columns.at), Array.from(columns.customer.codes), [...columns.customer.values]];
    checkContactColumns(columns);
    expect([Array.from(columns.at), Array.from(columns.customer.codes), [...columns.customer.values]]).toEqual(before);
  });
});
