import { describe, expect, it } from "vitest";
import { parseService, safeParseService, ValidationError } from "../../src/schema/index.js";
import { SERVICES } from "../../src/taxonomy/index.js";

describe("parseService", () => {
  it("accepts every entry of the starter catalogue unchanged", () => {
    for (const service of SERVICES) expect(parseService(service)).toEqual(service);
  });

  it("does not change its input, nor return it", () => {
    const input = { id: "x", label: "X", cluster: "corporate", lgsl: 1 };
    const parsed = parseService(input);
    expect(input).toEqual({ id: "x", label: "X", cluster: "corporate", lgsl: 1 });
    expect(parsed).not.toBe(input);
  });

  it("accepts a council's own service with only id, label and cluster", () => {
    expect(parseService({ id: "trade-waste", label: "Trade waste", cluster: "street-scene" })).toEqual({
      id: "trade-waste",
      label: "Trade waste",
      cluster: "street-scene",
    });
  });

  it("refuses an empty label, an LGSL id that is not a positive whole number, an unknown tier and unknown keys", () => {
    const result = safeParseService({ id: "x", label: "", cluster: "corporate", lgsl: 0, tier: "parish", owner: "me" });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["too_small", "label"],
      ["too_small", "lgsl"],
      ["invalid_value", "tier"],
      ["unrecognized_key", "owner"],
    ]);
    expect(() => parseService({ id: "x", label: "X", cluster: "c", lgsl: 2.5 })).toThrow(ValidationError);
  });
});
