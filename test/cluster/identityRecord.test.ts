import { parseIdentityRecord, safeParseIdentityRecord } from "council-contact/cluster";
import { ValidationError } from "council-contact/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corrupted, expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";

const good = {
  id: "ct-1",
  cluster: "revenues",
  givenName: "Ada",
  familyName: "Lovelace",
  dateOfBirth: "1985-12-10",
  email: "ada@example.org",
  phone: "07700 900123",
  postcode: "sw1a1aa",
  addressLines: ["12 High Street"],
  town: "London",
  uprn: "100023336956",
  references: { "council-tax": "CT-100234" },
};

describe("parseIdentityRecord", () => {
  it("keeps every field and puts the postcode in standard form", () => {
    expect(parseIdentityRecord(good)).toEqual({ ...good, postcode: "SW1A 1AA" });
  });
  it("needs only an id and a cluster", () => {
    expect(parseIdentityRecord({ id: "x", cluster: "benefits" })).toEqual({ id: "x", cluster: "benefits" });
  });
  it("reports every issue at once, each with its path and code", () => {
    const result = safeParseIdentityRecord({
      cluster: "",
      dateOfBirth: "1990-02-30",
      email: "no",
      uprn: "12a",
      extra: 1,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(ValidationError);
    expect(result.error.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["extra", "unrecognized_key"],
      ["id", "missing"],
      ["cluster", "too_small"],
      ["dateOfBirth", "invalid_date"],
      ["email", "invalid_format"],
      ["uprn", "invalid_format"],
    ]);
  });
  it("refuses prototype keys, including inside references", () => {
    const result = safeParseIdentityRecord(JSON.parse('{"id":"x","cluster":"c","references":{"__proto__":"1"}}'));
    expect(result.success ? [] : result.error.issues.map((issue) => issue.code)).toEqual(["forbidden_key"]);
  });
  it("does not mutate its input", () => {
    const input = structuredClone(good);
    parseIdentityRecord(input);
    expect(input).toEqual(good);
  });
  it("throws a ValidationError for a record that is not an object", () => {
    expect(() => parseIdentityRecord("ada")).toThrow(ValidationError);
  });
  it("never throws from safeParseIdentityRecord, whatever the input (fuzz)", () => {
    fc.assert(
      fc.property(fc.oneof(hostile, corrupted(good)), (input) => {
        expectTypedOutcome(() => safeParseIdentityRecord(input), [input], []);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
  it("throws only ValidationError from parseIdentityRecord (fuzz)", () => {
    fc.assert(
      fc.property(fc.oneof(hostile, corrupted(good)), (input) => {
        expectTypedOutcome(() => parseIdentityRecord(input), [input], [ValidationError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
