import { describe, expect, it } from "vitest";
import { contactId, customerId, enquiryId, serviceId, uprn, ValidationError } from "../../src/schema/index.js";

describe("id constructors", () => {
  it("return the string unchanged", () => {
    expect([contactId("c"), customerId("u"), enquiryId("e"), serviceId("s"), uprn("123456789012")]).toEqual([
      "c",
      "u",
      "e",
      "s",
      "123456789012",
    ]);
  });

  it("refuse an empty string, a non-string and a UPRN that is not 1–12 digits, with a typed issue", () => {
    const codeOf = (run: () => unknown): string => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).issues[0]!.code;
      }
      return "none";
    };
    expect(codeOf(() => contactId(""))).toBe("too_small");
    expect(codeOf(() => customerId(7 as unknown as string))).toBe("invalid_type");
    expect(codeOf(() => enquiryId(""))).toBe("too_small");
    expect(codeOf(() => serviceId(""))).toBe("too_small");
    expect(codeOf(() => uprn("1234567890123"))).toBe("invalid_format");
    expect(codeOf(() => uprn("12a"))).toBe("invalid_format");
    expect(() => uprn("")).toThrow("Uprn: 1 issue: Uprn must be a UPRN: 1 to 12 digits");
  });
});
