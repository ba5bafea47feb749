import { describe, expect, it } from "vitest";
import { levelOf } from "./helpers.js";

describe("comparison levels", () => {
  it("compares given names exactly after normalising case and punctuation", () => {
    expect(levelOf("givenName", { givenName: "Mary-Jane" }, { givenName: "MARY JANE" })).toBe("exact");
  });
  it("treats a common nickname as its own level", () => {
    expect(levelOf("givenName", { givenName: "William" }, { givenName: "Bill" })).toBe("nickname");
    expect(levelOf("givenName", { givenName: "Kate" }, { givenName: "Katie" })).toBe("nickname");
  });
  it("puts a one-letter typo in a given name at Jaro–Winkler ≥ high", () => {
    // jaroWinkler("jonathan", "jonathon") = 0.95
    expect(levelOf("givenName", { givenName: "Jonathan" }, { givenName: "Jonathon" })).toBe("Jaro–Winkler ≥ high");
  });
  it("puts names between 0.88 and 0.92 at Jaro–Winkler ≥ low", () => {
    // jaroWinkler("lampley", "campley") = 0.905: no common prefix, 6 of 7 letters in place.
    expect(levelOf("familyName", { familyName: "Lampley" }, { familyName: "Campley" })).toBe("Jaro–Winkler ≥ low");
  });
  it("puts unrelated names at else", () => {
    expect(levelOf("givenName", { givenName: "Grace" }, { givenName: "Oliver" })).toBe("else");
    expect(levelOf("familyName", { familyName: "Dwayne" }, { familyName: "Duane" })).toBe("else");
  });
  it("compares family names without a nickname level", () => {
    expect(levelOf("familyName", { familyName: "Shackleford" }, { familyName: "Shackelford" })).toBe(
      "Jaro–Winkler ≥ high",
    );
  });
  it("reads dates of birth: exact, day and month swapped, one digit different, else", () => {
    expect(levelOf("dateOfBirth", { dateOfBirth: "1980-03-14" }, { dateOfBirth: "1980-03-14" })).toBe("exact");
    expect(levelOf("dateOfBirth", { dateOfBirth: "1980-03-04" }, { dateOfBirth: "1980-04-03" })).toBe(
      "day and month swapped",
    );
    expect(levelOf("dateOfBirth", { dateOfBirth: "1980-03-14" }, { dateOfBirth: "1981-03-14" })).toBe(
      "one digit different",
    );
    expect(levelOf("dateOfBirth", { dateOfBirth: "1980-03-14" }, { dateOfBirth: "1975-11-02" })).toBe("else");
  });
  it("reads emails: exact ignoring case, same local part, else", () => {
    expect(levelOf("email", { email: "Ada@Example.org" }, { email: "ada@example.org" })).toBe("exact");
    expect(levelOf("email", { email: "ada.k@gmail.com" }, { email: "ada.k@outlook.com" })).toBe("same local part");
    expect(levelOf("email", { email: "ada@example.org" }, { email: "grace@example.org" })).toBe("else");
  });
  it("compares UK phone numbers in E.164 form, whatever their spacing or prefix", () => {
    expect(levelOf("phone", { phone: "07700 900123" }, { phone: "+44 7700 900123" })).toBe("exact");
    expect(levelOf("phone", { phone: "0044 (0)7700-900123" }, { phone: "07700900123" })).toBe("exact");
    expect(levelOf("phone", { phone: "07700 900123" }, { phone: "07700 900124" })).toBe("else");
  });
  it("reads postcodes: full, sector, district, else", () => {
    expect(levelOf("postcode", { postcode: "L1 8JQ" }, { postcode: "l18jq" })).toBe("full");
    expect(levelOf("postcode", { postcode: "L1 8JQ" }, { postcode: "L1 8AB" })).toBe("sector");
    expect(levelOf("postcode", { postcode: "L1 8JQ" }, { postcode: "L1 2AB" })).toBe("district");
    expect(levelOf("postcode", { postcode: "L1 8JQ" }, { postcode: "L18 8JQ" })).toBe("else");
  });
  it("compares address lines together, exact or similar", () => {
    expect(levelOf("address", { addressLines: ["12 High St."] }, { addressLines: ["12 high st"] })).toBe("exact");
    expect(levelOf("address", { addressLines: ["12 High Street"] }, { addressLines: ["12 High Stret"] })).toBe(
      "Jaro–Winkler ≥ address",
    );
    expect(levelOf("address", { addressLines: ["12 High Street"] }, { addressLines: ["Flat 3, Mill Lane"] })).toBe(
      "else",
    );
  });
  it("compares UPRNs and references exactly", () => {
    expect(levelOf("uprn", { uprn: "100023336956" }, { uprn: "100023336956" })).toBe("exact");
    expect(levelOf("uprn", { uprn: "100023336956" }, { uprn: "100023336957" })).toBe("else");
    const ct = (value: string) => ({ references: { "council-tax": value }, dateOfBirth: "1980-01-01" });
    expect(levelOf("references", ct("CT-1"), ct("CT-1"))).toBe("exact");
    expect(levelOf("references", ct("CT-1"), ct("CT-2"))).toBe("else");
  });
  it("does not compare a field one record lacks", () => {
    expect(levelOf("email", { email: "ada@example.org" }, {})).toBeUndefined();
  });
  it("does not compare references of different kinds", () => {
    const left = { references: { "council-tax": "CT-1" }, dateOfBirth: "1980-01-01" };
    const right = { references: { "benefit-claim": "HB-9" }, dateOfBirth: "1980-01-01" };
    expect(levelOf("references", left, right)).toBeUndefined();
  });
});

describe("nicknames with a slip", () => {
  it("counts a nickname against a misspelt formal name as a nickname", () => {
    expect(levelOf("givenName", { givenName: "Bill" }, { givenName: "Wiliam" })).toBe("nickname");
  });
  it("does not count two names outside the list as nicknames", () => {
    expect(levelOf("givenName", { givenName: "Zainab" }, { givenName: "Oksana" })).toBe("else");
  });
});
