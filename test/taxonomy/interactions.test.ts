import { describe, expect, it } from "vitest";
import { INTERACTION_CODES, INTERACTIONS, isInteraction } from "../../src/taxonomy/index.js";

// The LGIL labels of esd standards LGIL v1.00, copied by hand.
const LGIL_LABELS: Record<number, string> = {
  0: "Applications for service",
  1: "Booking venues, resources and courses",
  2: "Collecting revenue",
  8: "Providing information",
  11: "Changing circumstances",
  12: "Status checking",
  13: "Complaining",
  17: "Reporting",
};

describe("INTERACTIONS", () => {
  it("has exactly the codes of the public contract, in order", () => {
    const design = [
      "request",
      "information",
      "chase",
      "clarification",
      "complaint",
      "compliment",
      "payment",
      "application",
      "booking",
      "report",
      "change-of-circumstances",
      "other",
    ];
    expect([...INTERACTION_CODES]).toEqual(design);
    expect(Object.keys(INTERACTIONS)).toEqual(design);
  });

  it("maps each code to the LGIL entry that fits, with LGIL's own label, and none where none fits", () => {
    const expected = {
      request: 0,
      information: 8,
      chase: 12,
      clarification: undefined,
      complaint: 13,
      compliment: undefined,
      payment: 2,
      application: 0,
      booking: 1,
      report: 17,
      "change-of-circumstances": 11,
      other: undefined,
    };
    for (const [code, lgil] of Object.entries(expected)) {
      const info = INTERACTIONS[code as keyof typeof INTERACTIONS];
      const entry: { code: number; label: string } | undefined = "lgil" in info ? info.lgil : undefined;
      expect(entry?.code, code).toBe(lgil);
      if (lgil !== undefined) expect(entry?.label).toBe(LGIL_LABELS[lgil]);
      else expect(info.source).toMatch(/no entry fits/);
    }
  });
});

describe("isInteraction", () => {
  it("accepts every code and rejects others, including inherited property names", () => {
    for (const code of INTERACTION_CODES) expect(isInteraction(code)).toBe(true);
    for (const other of ["Request", "hasOwnProperty", "", 1, {}]) expect(isInteraction(other)).toBe(false);
  });
});
