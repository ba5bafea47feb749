import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { normaliseAddress, relationKey, uprnLocation } from "../../src/contact/index.js";
import { parseContact } from "../../src/schema/index.js";

const full = parseContact({
  id: "c-1",
  at: 0,
  channel: "telephone",
  customerId: "cust-1",
  serviceId: "missed-bin",
  enquiryId: "E-1",
  uprn: "10070",
});
const bare = parseContact({ id: "c-2", at: 0, channel: "telephone" });

describe("relationKey", () => {
  it("keys a contact by customer, enquiry, customer and service, or place and service", () => {
    expect(relationKey(full, "customer")).toBe("cust-1");
    expect(relationKey(full, "enquiry")).toBe("E-1");
    expect(relationKey(full, "customer-service")).toBe('["cust-1","missed-bin"]');
    expect(relationKey(full, "location-service")).toBe('["10070","missed-bin"]');
    expect(relationKey(full, "location-service", () => "14 STATION ROAD")).toBe('["14 STATION ROAD","missed-bin"]');
    expect(uprnLocation(full)).toBe("10070");
  });

  it("has no key for a contact missing a field the relation needs, or with an empty place", () => {
    for (const relation of ["customer", "enquiry", "customer-service", "location-service"] as const)
      expect(relationKey(bare, relation)).toBeUndefined();
    expect(relationKey(full, "location-service", () => "")).toBeUndefined();
  });

  test.prop([fc.string({ minLength: 1 }), fc.string(), fc.string({ minLength: 1 }), fc.string()])(
    "two pairs get the same key only when they are the same pair",
    (a, b, c, d) => {
      const key = (customerId: string, serviceId: string) =>
        relationKey({ ...full, customerId, serviceId } as never, "customer-service");
      expect(key(a, b) === key(c, d)).toBe(a === c && b === d);
    },
  );

  it("refuses an unknown relation", () => {
    expect(() => relationKey(full, "ward" as never)).toThrow(
      new RangeError('unknown relation "ward": expected one of customer, enquiry, customer-service, location-service'),
    );
  });
});

describe("normaliseAddress", () => {
  it.each([
    ["14, Station Rd., Leeds  ls14ab", "14 STATION ROAD LEEDS LS1 4AB"],
    ["14 STATION ROAD, LEEDS, LS1 4AB", "14 STATION ROAD LEEDS LS1 4AB"],
    ["Flat 2, 14 Station Road", "FLAT 2 14 STATION ROAD"],
    ["St Mary's Ave, Dr Smith's Surgery", "ST MARYS AVENUE DR SMITHS SURGERY"],
    ["Rose & Crown, High St", "ROSE AND CROWN HIGH STREET"],
    // a street type alone in a part after others reads as it would without the comma (fast-check's counterexample)
    ["A,pK", "A PARK"],
    ["PK, A", "PK A"],
    ["sw1a1aa", "SW1A 1AA"],
    ["  ,  ", ""],
  ])("writes %j as %j", (text, expected) => {
    expect(normaliseAddress(text)).toBe(expected);
  });

  test.prop([fc.stringMatching(/^[A-Za-z0-9 ,.&'-]{0,40}$/)])(
    "normalising twice changes nothing more (idempotent)",
    (text) => {
      expect(normaliseAddress(normaliseAddress(text))).toBe(normaliseAddress(text));
    },
  );
});
