import { describe, expect, it } from "vitest";
import { AVOIDABLE_REASON_CODES, AVOIDABLE_REASONS, isAvoidableReason } from "../../src/taxonomy/index.js";

// The confirmed official passages (the Handbook of Definitions, NI 14; the Service Transformation Agreement paras
// 1.5 and 2.12; Seddon on failure demand), copied by hand.
const PASSAGES = [
  'Examples: "chasing the delivery of a service, clarification of a document or e-mail which is badly worded, requesting information that should be available on the council\'s website or ringing the wrong number because contact points are not clearly advertised"',
  "\"'avoidable contact' — demand caused by customers initiating contact because they are confused, need to check on progress, pass on information they have already given to other parts of the public sector and so on. This is contact that would not be necessary if the public sector could get things right first time.\"",
  '"avoidable as a contact which is duplicate, made in error or nugatory" (Varney review, *Service Transformation*, Dec 2006)',
  '**Failure demand** = "demand caused by a failure to do something or do something right for the customer".',
];

describe("AVOIDABLE_REASONS", () => {
  it("has exactly the codes of the public contract", () => {
    const design = [
      "progress-chasing",
      "repeat",
      "failure-to-deliver",
      "clarification",
      "misdirected",
      "info-not-available",
      "nugatory",
    ];
    expect([...AVOIDABLE_REASON_CODES]).toEqual(design);
    expect(Object.keys(AVOIDABLE_REASONS)).toEqual(design);
  });

  it("quotes only words that appear verbatim in the confirmed official passages, each with a dated source", () => {
    for (const code of AVOIDABLE_REASON_CODES) {
      const { wording } = AVOIDABLE_REASONS[code];
      expect(wording.length, code).toBeGreaterThan(0);
      for (const quote of wording) {
        expect(
          PASSAGES.some((passage) => passage.includes(quote.text)),
          `${code}: ${quote.text}`,
        ).toBe(true);
        expect(quote.source).toMatch(/(19|20)\d\d/);
      }
    }
  });

  it("traces progress chasing to the handbook's 'chasing the delivery of a service'", () => {
    expect(AVOIDABLE_REASONS["progress-chasing"].wording[0]).toEqual({
      text: "chasing the delivery of a service",
      source: expect.stringContaining("Handbook of Definitions") as unknown as string,
    });
  });
});

describe("isAvoidableReason", () => {
  it("accepts the codes and nothing else", () => {
    for (const code of AVOIDABLE_REASON_CODES) expect(isAvoidableReason(code)).toBe(true);
    for (const other of ["duplicate", "valueOf", null]) expect(isAvoidableReason(other)).toBe(false);
  });
});
