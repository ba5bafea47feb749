import { describe, expect, it } from "vitest";
import { generateContacts, generateHistory, historyStream } from "../../src/synth/index.js";

const OPTIONS = { seed: 4, count: 6000, from: "2024-04-01", to: "2024-07-31" } as const;
const END = Date.UTC(2024, 7, 1) - 3_600_000; // 00:00 BST on 1 August

describe("generateHistory and historyStream", () => {
  const history = generateHistory(OPTIONS);

  it("makes exactly the contacts generateContacts makes", () => {
    expect(history.contacts).toEqual(generateContacts(OPTIONS));
  });

  it("closes only enquiries that a contact opened earlier, once each, inside the period", () => {
    const opened = new Map<string, number>();
    for (const contact of history.contacts)
      if (contact.enquiryId !== undefined && !opened.has(contact.enquiryId)) opened.set(contact.enquiryId, contact.at);
    const closed = new Set<string>();
    for (const update of history.enquiryUpdates) {
      expect(update.type).toBe("closed");
      expect(opened.get(update.enquiryId)).toBeLessThan(update.at);
      expect(update.at).toBeLessThan(END);
      expect(closed.has(update.enquiryId)).toBe(false);
      closed.add(update.enquiryId);
    }
    expect(closed.size).toBeGreaterThan(opened.size * 0.8);
  });

  it("closes reports as fixed, applications as granted, repeats as duplicates", () => {
    const opener = new Map<string, string | undefined>();
    for (const contact of history.contacts)
      if (contact.enquiryId !== undefined && !opener.has(contact.enquiryId))
        opener.set(contact.enquiryId, contact.interaction);
    const outcomes = new Map<string, Set<string>>();
    for (const update of history.enquiryUpdates) {
      const interaction = opener.get(update.enquiryId) ?? "?";
      outcomes.set(interaction, (outcomes.get(interaction) ?? new Set()).add(update.outcome!));
    }
    expect([...outcomes.get("application")!]).toEqual(["granted"]);
    expect([...outcomes.get("change-of-circumstances")!]).toEqual(["answered"]);
    expect(outcomes.get("report")).toEqual(new Set(["fixed", "duplicate"]));
    expect(outcomes.get("complaint")).toEqual(new Set(["upheld", "not-upheld"]));
  });

  it("interleaves updates and contacts in the library's order: by time, an update before a contact at its instant, updates by enquiry id", () => {
    let previous: { at: number; kind: number; key: string } | undefined;
    for (const item of historyStream(OPTIONS)) {
      const next =
        item.kind === "update"
          ? { at: item.update.at, kind: 0, key: item.update.enquiryId }
          : { at: item.contact.at, kind: 1, key: item.contact.id };
      if (previous !== undefined) {
        const order =
          previous.at - next.at ||
          previous.kind - next.kind ||
          (previous.kind === 0 && previous.key > next.key ? 1 : 0);
        expect(order).toBeLessThanOrEqual(0);
      }
      previous = next;
    }
  });

  it("refuses bad options as generateContacts does", () => {
    expect(() => historyStream({ ...OPTIONS, count: -1 })).toThrow(RangeError);
  });
});
