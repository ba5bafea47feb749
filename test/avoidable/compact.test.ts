import { describe, expect, it } from "vitest";
import {
  AVOIDABLE_RULE_IDS,
  classifyContacts,
  classifyContactsCompact,
  compactResult,
} from "../../src/avoidable/index.js";
import { ENQUIRY_OUTCOMES } from "../../src/enquiry/index.js";
import { AVOIDABLE_REASON_CODES } from "../../src/taxonomy/index.js";
import { at, history, MISSED_BIN } from "./history.js";

const contacts = history([
  {
    id: "c2",
    at: "2024-05-10T09:00:00Z",
    customerId: "cust-2",
    serviceId: "missed-bin",
    uprn: "10070",
    interaction: "report",
  },
  MISSED_BIN,
]);

describe("classifyContactsCompact", () => {
  it("keeps each contact's rule, reason, evidence positions, days, outcome and place in input order", () => {
    const compact = classifyContactsCompact(contacts, {
      enquiryUpdates: [{ enquiryId: "E-1", at: at("2024-05-02T15:00:00Z"), type: "closed", outcome: "fixed" }],
    });
    expect(AVOIDABLE_RULE_IDS[compact.rules[0]!]).toBe("failure-location");
    expect(AVOIDABLE_REASON_CODES[compact.reasons[0]! - 1]).toBe("failure-to-deliver");
    expect(Array.from(compact.evidence)).toEqual([1, -1, -1, -1]);
    expect(Array.from(compact.days)).toEqual([8, 0]);
    expect(ENQUIRY_OUTCOMES[compact.outcomes[0]! - 1]).toBe("fixed");
    expect([compact.enquiryIds[compact.enquiries[0]!], compact.places.get(0)]).toEqual(["E-1", "10070"]);
    expect(AVOIDABLE_RULE_IDS[compact.rules[1]!]).toBe("no-rule");
    expect(compact.reasons[1]).toBe(0);
    expect(compactResult(compact, 0)).toEqual(
      classifyContacts(contacts, {
        enquiryUpdates: [{ enquiryId: "E-1", at: at("2024-05-02T15:00:00Z"), type: "closed", outcome: "fixed" }],
      })[0],
    );
  });

  it.each([-1, 2, 0.5, Number.NaN])("refuses position %d with a RangeError", (i) => {
    expect(() => compactResult(classifyContactsCompact(contacts), i)).toThrow(
      new RangeError(`i must be a position in 0–1, got ${i}`),
    );
  });
});
