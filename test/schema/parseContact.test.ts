import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  parseContact,
  safeParseContact,
  serializeContact,
  ValidationError,
  type ValidationIssue,
} from "../../src/schema/index.js";
import { contactInput } from "./arbitraries.js";

const minimal = { id: "c-1", at: "2024-03-04T09:15:00Z", channel: "telephone" };
const full = {
  id: "c-2",
  at: "2024-07-01T10:00:00+01:00",
  channel: "telephone",
  direction: "inbound",
  customerId: "cust-1",
  enquiryId: "E-1",
  serviceId: "missed-bin",
  interaction: "report",
  outcome: "referred",
  handleSeconds: 312,
  waitSeconds: 45,
  answered: true,
  uprn: "100023336956",
  ward: "Abbey",
  note: "bin not emptied on Tuesday",
};

function issuesOf(input: unknown): readonly ValidationIssue[] {
  const result = safeParseContact(input);
  if (result.success) throw new Error("expected the contact to be refused");
  return result.error.issues;
}

describe("parseContact", () => {
  it("reads at as epoch milliseconds and keeps the other fields", () => {
    expect(parseContact(minimal)).toEqual({ id: "c-1", at: Date.UTC(2024, 2, 4, 9, 15), channel: "telephone" });
    expect(parseContact(full)).toEqual({ ...full, at: Date.UTC(2024, 6, 1, 9, 0) });
  });

  it("accepts at as integer epoch milliseconds", () => {
    expect(parseContact({ ...minimal, at: 1_709_543_700_000 }).at).toBe(1_709_543_700_000);
  });

  it("treats undefined values as absent and leaves them out", () => {
    const parsed = parseContact({ ...minimal, note: undefined, ward: undefined });
    expect(Object.keys(parsed)).toEqual(["id", "at", "channel"]);
  });

  it("does not change its input, nor return it", () => {
    const input = { ...full };
    const parsed = parseContact(input);
    expect(input).toEqual(full);
    expect(parsed).not.toBe(input);
  });

  it("refuses an unknown channel with code, path, message and input", () => {
    expect(issuesOf({ ...minimal, channel: "pigeon" })).toEqual([
      {
        code: "invalid_value",
        path: ["channel"],
        message: expect.stringMatching(/^unknown channel "pigeon": expected one of face-to-face, /) as unknown,
        input: "pigeon",
      },
    ]);
  });

  it("refuses an impossible date and an instant without an offset", () => {
    expect(issuesOf({ ...minimal, at: "2023-02-29T10:00:00Z" })).toEqual([
      {
        code: "invalid_date",
        path: ["at"],
        message: 'at "2023-02-29T10:00:00Z" is not a real date: February 2023 has 28 days',
        input: "2023-02-29T10:00:00Z",
      },
    ]);
    expect(issuesOf({ ...minimal, at: "2024-03-04T09:15:00" })[0]).toMatchObject({
      code: "invalid_format",
      path: ["at"],
    });
  });

  it("refuses negative and fractional seconds", () => {
    expect(issuesOf({ ...minimal, handleSeconds: -5, waitSeconds: 2.5 })).toEqual([
      { code: "too_small", path: ["handleSeconds"], message: "handleSeconds must be ≥ 0, got -5", input: -5 },
      {
        code: "invalid_value",
        path: ["waitSeconds"],
        message: "waitSeconds must be a whole number, got 2.5",
        input: 2.5,
      },
    ]);
  });

  it("refuses unknown keys, one issue per key", () => {
    expect(issuesOf({ ...minimal, colour: "red", mood: 3 })).toEqual([
      {
        code: "unrecognized_key",
        path: ["colour"],
        message: "unknown key 'colour': Contact has no such field",
        input: "red",
      },
      { code: "unrecognized_key", path: ["mood"], message: "unknown key 'mood': Contact has no such field", input: 3 },
    ]);
  });

  it("refuses __proto__, constructor and prototype keys from JSON.parse as forbidden_key", () => {
    const hostile = JSON.parse(
      '{"id":"c-1","at":0,"channel":"sms","__proto__":{"admin":true},"constructor":{"prototype":{}},"prototype":1}',
    ) as unknown;
    const issues = issuesOf(hostile);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["forbidden_key", ["__proto__"]],
      ["forbidden_key", ["constructor"]],
      ["forbidden_key", ["prototype"]],
    ]);
    expect(issues[0]?.input).toEqual({ admin: true });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it("reports missing required fields as missing, without an input", () => {
    expect(issuesOf({})).toEqual([
      { code: "missing", path: ["id"], message: "id is required" },
      { code: "missing", path: ["at"], message: "at is required" },
      { code: "missing", path: ["channel"], message: "channel is required" },
    ]);
  });

  it("reports wrong types, an empty id, a bad UPRN and an unknown interaction together", () => {
    const issues = issuesOf({
      id: "",
      at: true,
      channel: 3,
      answered: "yes",
      uprn: "1234567890123",
      interaction: "moan",
    });
    expect(issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["too_small", "id"],
      ["invalid_type", "at"],
      ["invalid_value", "channel"],
      ["invalid_value", "interaction"],
      ["invalid_type", "answered"],
      ["invalid_format", "uprn"],
    ]);
    expect(issues.find((issue) => issue.path[0] === "answered")?.message).toBe(
      'answered must be true or false, got "yes"',
    );
  });

  it("reports a non-object input at the root", () => {
    expect(issuesOf(null)).toEqual([
      { code: "invalid_type", path: [], message: "Contact must be an object, got null", input: null },
    ]);
    expect(issuesOf([minimal])[0]).toMatchObject({
      code: "invalid_type",
      message: "Contact must be an object, got an array of 1",
    });
  });

  it("turns an error thrown while reading a hostile input into a custom issue", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("boom");
        },
        get: () => {
          throw new Error("boom");
        },
      },
    );
    expect(issuesOf(hostile)).toEqual([{ code: "custom", path: [], message: "Contact could not be checked: boom" }]);
    expect(() => parseContact(hostile)).toThrow(ValidationError);
  });

  it("throws one ValidationError whose message lists each issue", () => {
    expect(() => parseContact({ ...minimal, channel: "fax", handleSeconds: -1 })).toThrow(
      /^Contact: 2 issues\n {2}- channel: unknown channel "fax".*\n {2}- handleSeconds: handleSeconds must be ≥ 0, got -1$/,
    );
  });

  test.prop([contactInput])("round-trips through JSON: parseContact(JSON.parse(JSON.stringify(c))) = c", (input) => {
    const contact = parseContact(input);
    expect(parseContact(JSON.parse(JSON.stringify(contact)))).toEqual(contact);
  });

  test.prop([contactInput])("round-trips through the boundary form: parseContact(serializeContact(c)) = c", (input) => {
    const contact = parseContact(input);
    const serialized = serializeContact(contact);
    expect(typeof serialized.at).toBe("string");
    expect(parseContact(JSON.parse(JSON.stringify(serialized)))).toEqual(contact);
  });

  test.prop([
    fc.anything({
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
      withBigInt: true,
      withDate: true,
    }),
  ])("never throws anything but a ValidationError, and safeParseContact never throws (any input)", (input) => {
    const result = safeParseContact(input);
    if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
    try {
      parseContact(input);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
    }
  });

  const FIELDS = [
    "id",
    "at",
    "channel",
    "direction",
    "customerId",
    "enquiryId",
    "serviceId",
    "interaction",
    "outcome",
    "handleSeconds",
    "waitSeconds",
    "answered",
    "uprn",
    "ward",
    "note",
  ];

  test.prop([
    contactInput,
    fc.dictionary(
      fc.string().filter((key) => !FIELDS.includes(key)),
      fc.anything(),
      { minKeys: 1, maxKeys: 4 },
    ),
  ])(
    "refuses a valid contact with extra keys merged in: one unrecognized_key or forbidden_key issue per extra key",
    (input, extra) => {
      const issues = issuesOf({ ...input, ...extra });
      expect(issues.map((issue) => issue.path)).toEqual(Object.keys(extra).map((key) => [key]));
      for (const issue of issues) expect(["unrecognized_key", "forbidden_key"]).toContain(issue.code);
    },
  );

  test.prop([contactInput, fc.constantFrom(...FIELDS), fc.constantFrom<unknown>(null, {}, [], Symbol("s"), 10n)])(
    "refuses a valid contact with one field of a wrong type: exactly one issue, at that field",
    (input, field, wrong) => {
      const issues = issuesOf({ ...input, [field]: wrong });
      expect(issues).toHaveLength(1);
      expect(issues[0]?.path).toEqual([field]);
      expect(issues[0]?.input).toBe(wrong);
    },
  );
});

describe("serializeContact", () => {
  it("writes at as an ISO instant in UTC and keeps the other fields and their order", () => {
    const contact = parseContact(full);
    const serialized = serializeContact(contact);
    expect(serialized).toEqual({ ...full, at: "2024-07-01T09:00:00.000Z" });
    expect(Object.keys(serialized)).toEqual(Object.keys(full));
  });

  it("does not change the contact", () => {
    const contact = parseContact(minimal);
    const before = { ...contact };
    serializeContact(contact);
    expect(contact).toEqual(before);
  });
});
