import { jaroWinkler } from "council-contact/cluster";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("jaroWinkler", () => {
  // Published values: Winkler (1990) and the string-comparator literature (Cohen, Ravikumar & Fienberg 2003).
  it.each([
    ["MARTHA", "MARHTA", 0.961],
    ["DWAYNE", "DUANE", 0.84],
    ["DIXON", "DICKSONX", 0.813],
    ["SHACKLEFORD", "SHACKELFORD", 0.982],
    ["JONES", "JOHNSON", 0.832],
    ["ABROMS", "ABRAMS", 0.922],
    ["JERALDINE", "GERALDINE", 0.926],
  ])("gives %s and %s the published %d", (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });
  it("gives 1 for equal strings and 0 for strings with nothing in common", () => {
    expect(jaroWinkler("smith", "smith")).toBe(1);
    expect(jaroWinkler("", "")).toBe(1);
    expect(jaroWinkler("abc", "xyz")).toBe(0);
    expect(jaroWinkler("abc", "")).toBe(0);
  });
  it("gives the same for long strings (more than 31 characters) as the short path's formula", () => {
    const a = "flat 3 the old rectory church lane little snoring";
    expect(jaroWinkler(a, a.replace("rectory", "rectroy"))).toBeGreaterThan(0.95);
  });
  it("is symmetric: jaroWinkler(a, b) = jaroWinkler(b, a)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => jaroWinkler(a, b) === jaroWinkler(b, a)),
      { numRuns: 500 },
    );
  });
  it("stays within [0, 1]", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        const s = jaroWinkler(a, b);
        return s >= 0 && s <= 1;
      }),
      { numRuns: 500 },
    );
  });
  it("throws a RangeError for a non-string", () => {
    expect(() => jaroWinkler(1 as unknown as string, "a")).toThrow(RangeError);
  });
});

describe("the length bound used to skip comparisons", () => {
  it("never exceeds 0.6·(2 + r)/3 + 0.4, with r the shorter length over the longer (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ minLength: 1, maxLength: 20 }), (a, b) => {
        const r = Math.min(a.length, b.length) / Math.max(a.length, b.length);
        return jaroWinkler(a, b) <= (0.6 * (2 + r)) / 3 + 0.4 + 1e-12;
      }),
      { numRuns: 1000 },
    );
  });
});
