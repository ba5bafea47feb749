import { describe, expect, it } from "vitest";
import { parseCustomer, safeParseCustomer, ValidationError } from "../../src/schema/index.js";

function codesOf(input: unknown): [string, string][] {
  const result = safeParseCustomer(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.path.join(".")]);
}

describe("parseCustomer", () => {
  it("keeps the minimal personal data and writes the postcode in standard form", () => {
    expect(
      parseCustomer({
        id: "cust-1",
        name: "Ada",
        email: "ada@example.org",
        phone: "+44 151 233 3000",
        uprn: "38001234",
        postcode: "l1 8jq",
      }),
    ).toEqual({
      id: "cust-1",
      name: "Ada",
      email: "ada@example.org",
      phone: "+44 151 233 3000",
      uprn: "38001234",
      postcode: "L1 8JQ",
    });
    expect(parseCustomer({ id: "c" })).toEqual({ id: "c" });
  });

  it.each([
    ["SW1A1AA", "SW1A 1AA"],
    ["sw1a 1aa", "SW1A 1AA"],
    ["EC1A 1BB", "EC1A 1BB"],
    ["W1A 0AX", "W1A 0AX"],
    ["M1 1AE", "M1 1AE"],
    ["B33 8TH", "B33 8TH"],
    ["CR2 6XH", "CR2 6XH"],
    ["DN55 1PT", "DN55 1PT"],
    ["gir0aa", "GIR 0AA"],
  ])("accepts the postcode %s as %s", (postcode, standard) => {
    expect(parseCustomer({ id: "c", postcode }).postcode).toBe(standard);
  });

  it.each(["12345", "SW1A", "SW1A  1AA", "1AA SW1", "SW1A 1A", ""])("refuses %j as a postcode", (postcode) => {
    expect(codesOf({ id: "c", postcode })).toEqual([["invalid_format", "postcode"]]);
  });

  it("refuses a malformed email and phone, an empty name and unknown keys, all at once", () => {
    expect(codesOf({ id: "c", email: "ada at example", phone: "call me", name: "", dob: "1990-01-01" })).toEqual([
      ["too_small", "name"],
      ["invalid_format", "email"],
      ["invalid_format", "phone"],
      ["unrecognized_key", "dob"],
    ]);
    expect(() => parseCustomer({ id: "c", email: "x" })).toThrow(ValidationError);
  });

  it("does not change its input (the postcode is standardised in the result only)", () => {
    const input = { id: "c", postcode: "l18jq" };
    expect(parseCustomer(input).postcode).toBe("L1 8JQ");
    expect(input).toEqual({ id: "c", postcode: "l18jq" });
  });

  it("refuses __proto__ keys", () => {
    expect(codesOf(JSON.parse('{"id":"c","__proto__":{"x":1}}'))).toEqual([["forbidden_key", "__proto__"]]);
  });

  it("survives a JSON round trip: parseCustomer(JSON of a customer) is the customer", () => {
    const customer = parseCustomer({ id: "c", postcode: "l18jq", uprn: "1" });
    expect(parseCustomer(JSON.parse(JSON.stringify(customer)))).toEqual(customer);
  });
});
