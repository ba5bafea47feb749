import { describe, expect, it } from "vitest";
import {
  AVOIDABLE_RULE_IDS,
  classifyContacts,
  classifyContactsCompact,
  compactResult,
  ni14,
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

describe("classifyContacts' result forms", () => {
  const options = {
    enquiryUpdates: [
      { enquiryId: "E-1", at: at("2024-05-02T15:00:00Z"), type: "closed" as const, outcome: "fixed" as const },
    ],
  };

  it('form: "compact" is what the deprecated classifyContactsCompact returns', () => {
    const compact = classifyContacts(contacts, { ...options, form: "compact" });
    const alias = classifyContactsCompact(contacts, options);
    expect(Array.from(compact.rules)).toEqual(Array.from(alias.rules));
    expect(Array.from(compact.evidence)).toEqual(Array.from(alias.evidence));
    expect(contacts.map((_, i) => compactResult(compact, i))).toEqual(contacts.map((_, i) => compactResult(alias, i)));
  });

  it("the objects are an array of plain results, built when read, that survive JSON", () => {
    const results = classifyContacts(contacts, options);
    expect(Array.isArray(results)).toBe(true);
    expect(results.length).toBe(2);
    expect(results[0]!.rule).toBe("failure-location");
    expect(JSON.parse(JSON.stringify(results))).toEqual([...results]);
    expect(Object.keys(results)).toEqual(["0", "1"]);
  });

  it("a result list written to is counted from what it now holds", () => {
    const results = classifyContacts(contacts, options);
    expect(ni14(results).avoidable).toBe(1);
    results[0] = { ...results[0]!, demand: "value", rule: "no-rule" };
    delete (results[0] as { reason?: string }).reason;
    expect(ni14(results).avoidable).toBe(0);
  });

  it("refuses an unknown form with a RangeError naming it", () => {
    expect(() => classifyContacts(contacts, { form: "rows" } as never)).toThrow(
      new RangeError('form must be "objects" or "compact", got "rows"'),
    );
  });
});
