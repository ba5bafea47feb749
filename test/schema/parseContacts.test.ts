import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseContact, parseContacts, safeParseContacts, ValidationError } from "../../src/schema/index.js";
import { contactInput } from "./arbitraries.js";

const good = (id: string) => ({ id, at: "2024-03-04T09:15:00Z", channel: "telephone" });

describe("parseContacts", () => {
  it("returns every row, in order, as contacts", () => {
    expect(parseContacts([good("a"), good("b")]).map((contact) => contact.id)).toEqual(["a", "b"]);
    expect(parseContacts([])).toEqual([]);
  });

  it("reports every issue of every bad row by index, in one ValidationError, and returns nothing", () => {
    const rows = [
      good("a"),
      { ...good("b"), channel: "fax" },
      good("c"),
      { ...good("d"), at: "2023-02-29T10:00:00Z", handleSeconds: -1 },
      null,
    ];
    const result = safeParseContacts(rows);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_value", [1, "channel"]],
      ["invalid_date", [3, "at"]],
      ["too_small", [3, "handleSeconds"]],
      ["invalid_type", [4]],
    ]);
    expect(result.error.message.split("\n")[0]).toBe("Contacts: 4 issues");
    expect(() => parseContacts(rows)).toThrow(ValidationError);
  });

  it("does not change the rows", () => {
    const rows = [good("a"), { ...good("b"), at: 0 }];
    const before = JSON.stringify(rows);
    parseContacts(rows);
    expect(JSON.stringify(rows)).toBe(before);
  });

  it("refuses anything but an array", () => {
    const result = safeParseContacts({ 0: good("a") });
    expect(result.success ? null : result.error.issues).toEqual([
      { code: "invalid_type", path: [], message: "contacts must be an array, got an object", input: { 0: good("a") } },
    ]);
  });

  it("reports a hole in a sparse array as a row that is not an object", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the input under test
    const sparse = [good("a"), , good("c")];
    const result = safeParseContacts(sparse);
    expect(result.success ? null : result.error.issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual(
      [["invalid_type", [1], "Contact must be an object, got undefined"]],
    );
  });

  it("caps the message at 20 issues but keeps every issue in error.issues", () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ ...good(`r${i}`), channel: "fax" }));
    const result = safeParseContacts(rows);
    if (result.success) throw new Error("expected failure");
    expect(result.error.issues).toHaveLength(25);
    const lines = result.error.message.split("\n");
    expect(lines).toHaveLength(22);
    expect(lines[21]).toBe("  - … and 5 more (see error.issues)");
  });

  test.prop([fc.array(contactInput, { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 5 })])(
    "never drops a row: the result has one contact per row, or one issue path per bad row",
    (rows, badIndexes) => {
      const broken = rows.map((row, i) => (badIndexes.includes(i) ? { ...row, channel: "fax" } : row));
      const bad = new Set(badIndexes.filter((i) => i < rows.length));
      const result = safeParseContacts(broken);
      if (bad.size === 0) {
        expect(result.success && result.data).toEqual(rows.map((row) => parseContact(row)));
      } else {
        expect(result.success ? [] : [...new Set(result.error.issues.map((issue) => issue.path[0]))]).toEqual(
          [...bad].sort((a, b) => a - b),
        );
      }
    },
  );
});
