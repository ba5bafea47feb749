import { describe, expect, it } from "vitest";
import { otherTierServices } from "../../src/avoidable/index.js";
import { STARTER_CATALOGUE } from "../../src/taxonomy/index.js";

describe("otherTierServices", () => {
  it("lists the county's services for a district council, read from GOV.UK's providing tiers", () => {
    expect(otherTierServices(STARTER_CATALOGUE, "district")).toEqual([
      "older-persons-bus-pass",
      "potholes",
      "street-lights",
      "school-admissions",
      "free-school-meals",
      "school-transport",
      "free-early-education",
      "fostering",
      "care-needs-assessment",
      "equipment-and-adaptations",
      "blue-badge",
      "register-a-birth",
      "register-a-death",
      "libraries",
    ]);
  });

  it("lists the district's services for a county, none for a unitary council, and never one every tier provides", () => {
    const county = otherTierServices(STARTER_CATALOGUE, "county");
    expect(county).toContain("council-tax");
    expect(county).toContain("missed-bin");
    expect(county).not.toContain("parking-fines");
    expect(otherTierServices(STARTER_CATALOGUE, "district")).not.toContain("parking-fines");
    expect(otherTierServices(STARTER_CATALOGUE, "unitary")).toEqual([]);
  });

  it("refuses an unknown tier", () => {
    expect(() => otherTierServices(STARTER_CATALOGUE, "parish" as never)).toThrow(
      new RangeError('tier must be district, county or unitary, got "parish"'),
    );
  });
});
