import { describe, expect, it } from "vitest";
import {
  formatUnitCost,
  GDS_2013_DRIVING_TEST_UNIT_COSTS,
  LAMBETH_UNIT_COSTS,
  NWEGG_2008_UNIT_COSTS,
  PWC_LONDON_SOUTH_EAST_UNIT_COSTS,
  ROCHDALE_UNIT_COSTS,
  SOCITM_2008_UNIT_COSTS,
  SOCITM_2009_HIGH_UNIT_COSTS,
  SOCITM_2009_LOW_UNIT_COSTS,
  SOCITM_2009_UNIT_COSTS,
  SOCITM_2012_UNIT_COSTS,
  SOCITM_NORTH_WEST_UNIT_COSTS,
  UNIT_COST_PRESETS,
  unitCost,
} from "../../src/cost/index.js";
import { halfEven } from "../../src/money/index.js";
import { isChannel } from "../../src/taxonomy/index.js";

describe("unitCost", () => {
  it.each([
    ["2.83", "2.83"],
    ["0.15", "0.15"],
    ["8.6", "8.60"],
    ["0.04370", "0.0437"],
    ["1e-3", "0.001"],
    ["130/396", "65/198"],
    ["1/4", "0.25"],
    ["0/7", "0.00"],
    ["3/1", "3.00"],
  ] as const)("writes %s as %s", (value, canonical) => {
    expect(unitCost(value)).toBe(canonical);
  });

  it("reads a number by its shortest decimal form: 0.15 is fifteen pence, 8.62 is £8.62", () => {
    expect(unitCost(0.15)).toBe("0.15");
    expect(unitCost(8.62)).toBe("8.62");
    expect(unitCost(0.1 + 0.2)).toBe("0.30000000000000004");
  });

  it.each([[-1], ["-0.01"], ["abc"], ["£2.83"], ["1/0"], ["-1/3"], [Number.NaN], [Number.POSITIVE_INFINITY], [""]])(
    "refuses %j with a RangeError naming the value",
    (value) => {
      expect(() => unitCost(value as string)).toThrow(RangeError);
      expect(() => unitCost(value as string)).toThrow(/unitCost: value must be a unit cost in pounds ≥ 0/);
    },
  );
});

describe("formatUnitCost", () => {
  it("rounds 65/198 (£0.328282…) to four places: £0.3283", () => {
    expect(formatUnitCost("65/198")).toBe("£0.3283");
  });

  it("writes whole pence with two places and groups thousands", () => {
    expect(formatUnitCost("2.83", 2)).toBe("£2.83");
    expect(formatUnitCost("1234.5")).toBe("£1,234.5000");
  });

  it("rounds with the mode given: 0.00125 is £0.0013 half-up and £0.0012 half-even", () => {
    expect(formatUnitCost("0.00125")).toBe("£0.0013");
    expect(formatUnitCost("0.00125", 4, halfEven)).toBe("£0.0012");
  });

  it.each([[1], [13], [2.5]])("refuses places = %j", (places) => {
    expect(() => formatUnitCost("1", places)).toThrow(/places must be a whole number from 2 to 12/);
  });
});

describe("unit-cost presets", () => {
  it("give Socitm 2012 as £8.62 a face-to-face visit, £2.83 a call and £0.15 a web visit (Socitm Insight 2012)", () => {
    expect(SOCITM_2012_UNIT_COSTS.costs).toEqual({
      "face-to-face": "8.62",
      "one-stop-shop": "8.62",
      telephone: "2.83",
      "web-form": "0.15",
      "web-self-service": "0.15",
    });
    expect(SOCITM_2012_UNIT_COSTS.year).toBe("2012");
    expect(SOCITM_2012_UNIT_COSTS.confidence).toBe("confirmed");
  });

  it("carry the common misquote: Socitm's figures are not from the Digital Efficiency Report (Cabinet Office, 2012)", () => {
    expect(
      SOCITM_2012_UNIT_COSTS.notes.some((note) => /not figures from the Digital Efficiency Report/.test(note)),
    ).toBe(true);
  });

  it.each([
    [SOCITM_2009_UNIT_COSTS, "7.40", "2.90", "0.32"],
    [SOCITM_2008_UNIT_COSTS, "9.34", "3.76", "0.27"],
    [SOCITM_2009_LOW_UNIT_COSTS, "4.83", "1.28", "0.22"],
    [SOCITM_2009_HIGH_UNIT_COSTS, "9.56", "5.57", "0.56"],
    [NWEGG_2008_UNIT_COSTS, "7.81", "4.00", "0.17"],
    [LAMBETH_UNIT_COSTS, "1.66", "0.85", "0.09"],
    [SOCITM_NORTH_WEST_UNIT_COSTS, "14.00", "5.00", "0.17"],
    [PWC_LONDON_SOUTH_EAST_UNIT_COSTS, "10.53", "3.39", "0.08"],
  ])("give %o the face-to-face, phone and web figures its source publishes", (preset, faceToFace, telephone, web) => {
    expect([preset.costs["face-to-face"], preset.costs.telephone, preset.costs["web-form"]]).toEqual([
      faceToFace,
      telephone,
      web,
    ]);
  });

  it("give post where the source has it (PwC £12.10, GDS £6.62) and leave it out elsewhere", () => {
    expect(PWC_LONDON_SOUTH_EAST_UNIT_COSTS.costs.letter).toBe("12.10");
    expect(GDS_2013_DRIVING_TEST_UNIT_COSTS.costs.letter).toBe("6.62");
    expect("letter" in SOCITM_2012_UNIT_COSTS.costs).toBe(false);
  });

  it("mark the secondary-only sources ⚠️ as secondary (Socitm north-west, PwC)", () => {
    expect(UNIT_COST_PRESETS.filter((preset) => preset.confidence === "secondary").map((preset) => preset.id)).toEqual([
      "socitm-north-west",
      "pwc-london-south-east",
    ]);
  });

  it("leave Rochdale's web uncosted ('a few pence' is not a figure) and say its face-to-face figure is a lower bound", () => {
    expect(Object.keys(ROCHDALE_UNIT_COSTS.costs)).not.toContain("web-form");
    expect(ROCHDALE_UNIT_COSTS.notes.join(" ")).toMatch(/lower bound/);
  });

  it("keep the figures with no channel code (NWEGG touchtone £0.09, payment network £0.50, direct debit £0.02; IVR £0.20)", () => {
    expect(NWEGG_2008_UNIT_COSTS.otherFigures).toEqual([
      { label: "touchtone", cost: "0.09" },
      { label: "payment network", cost: "0.50" },
      { label: "direct debit", cost: "0.02" },
    ]);
    expect(SOCITM_NORTH_WEST_UNIT_COSTS.otherFigures).toEqual([{ label: "IVR", cost: "0.20" }]);
  });

  it("are every one keyed by channel codes, with canonical costs, a year, a source and what was counted", () => {
    expect(UNIT_COST_PRESETS).toHaveLength(11);
    expect(new Set(UNIT_COST_PRESETS.map((preset) => preset.id)).size).toBe(11);
    for (const preset of UNIT_COST_PRESETS) {
      for (const [code, cost] of Object.entries(preset.costs)) {
        expect(isChannel(code), `${preset.id}: ${code}`).toBe(true);
        expect(unitCost(cost!)).toBe(cost);
      }
      expect(preset.year.length).toBeGreaterThan(0);
      expect(preset.source.length).toBeGreaterThan(20);
      expect(preset.counted.length).toBeGreaterThan(20);
    }
  });
});
