import { describe, expect, it } from "vitest";
import {
  classifyContacts,
  createClassifier,
  DEFAULT_ENQUIRY_LAPSE_DAYS,
  type EnquiryUpdate,
} from "../../src/avoidable/index.js";
import { londonDayNumber } from "../../src/calendar/index.js";
import { DEFAULT_REOPEN_DAYS } from "../../src/enquiry/index.js";
import { ValidationError } from "../../src/schema/index.js";
import { historyStream } from "../../src/synth/index.js";
import { at, history, MISSED_BIN } from "./history.js";

const bin = { customerId: "cust-1", serviceId: "missed-bin" } as const;
const [c1, c2, c3] = history([
  MISSED_BIN,
  { id: "c2", at: "2024-05-03T10:00:00Z", ...bin, enquiryId: "E-1", interaction: "chase" },
  { id: "c3", at: "2024-05-03T10:00:00Z", ...bin, interaction: "report" },
]);

describe("createClassifier", () => {
  it("classifies each contact as it comes, as the batch does", () => {
    const classifier = createClassifier();
    const batch = classifyContacts([c1!, c2!, c3!]);
    expect([classifier.add(c1!), classifier.add(c2!), classifier.add(c3!)]).toEqual(batch);
  });

  it("refuses a contact before the last one, or at the same instant with an id not after it, and changes nothing", () => {
    const classifier = createClassifier();
    classifier.add(c1!);
    classifier.add(c3!);
    expect(() => classifier.add(c2!)).toThrow(ValidationError);
    expect(() => classifier.add(c2!)).toThrow(
      "c2 comes before or with c3, given earlier: give items in order of at, then id",
    );
    expect(() => classifier.add(c3!)).toThrow(ValidationError);
    expect(() => classifier.add(c1!)).toThrow(ValidationError);
    expect(() => classifier.add({ ...c1!, at: Number.NaN })).toThrow(ValidationError);
    // The refusals left the state as it was: the next contact gets the batch's answer.
    const [c4] = history([
      { id: "c4", at: "2024-05-04T10:00:00Z", ...bin, enquiryId: "E-1", interaction: "information" },
    ]);
    expect(classifier.add(c4!)).toEqual(classifyContacts([c1!, c3!, c4!])[2]);
  });

  it("takes an update at the instant of earlier updates, but not after a contact at that instant, nor before an earlier one", () => {
    const closing = (iso: string, outcome: EnquiryUpdate["outcome"] = "fixed"): EnquiryUpdate => ({
      enquiryId: "E-1",
      at: at(iso),
      type: "closed",
      outcome,
    });
    const classifier = createClassifier();
    classifier.add(c1!);
    classifier.addUpdate(closing("2024-05-02T10:00:00Z", "closed"));
    classifier.addUpdate(closing("2024-05-02T10:00:00Z", "fixed"));
    expect(() => classifier.addUpdate(closing("2024-05-02T10:00:00Z", "answered"))).toThrow(
      "the update of E-1 comes before or with the update of E-1",
    );
    expect(() => classifier.addUpdate(closing("2024-05-01T10:00:00Z"))).toThrow(ValidationError);
    expect(() => classifier.addUpdate(closing("2024-05-01T09:00:00Z"))).toThrow(ValidationError);
    expect(() =>
      classifier.addUpdate({ enquiryId: "E-1", at: at("2024-05-03T10:00:00Z"), type: "closed" } as EnquiryUpdate),
    ).toThrow(/a closed enquiry needs an outcome/);
    classifier.add(c3!);
    expect(() => classifier.addUpdate(closing("2024-05-03T10:00:00Z"))).toThrow(
      "the update of E-1 comes before or with c3, given earlier",
    );
    expect(
      classifier.add(history([{ id: "c4", at: "2024-05-04T10:00:00Z", ...bin, interaction: "complaint" }])[0]!).rule,
    ).toBe("failure-customer");
  });

  it("holds no more than the contacts and updates of the last 1.5 windows: its memory follows the window, not the history", () => {
    const classifier = createClassifier();
    const horizon = Math.max(DEFAULT_ENQUIRY_LAPSE_DAYS, DEFAULT_REOPEN_DAYS);
    const recent: number[] = []; // London day of every item, in order
    let first = 0;
    let items = 0;
    let peak = 0;
    for (const item of historyStream({ seed: 5, count: 60_000, from: "2024-01-01", to: "2025-12-31" })) {
      const when = item.kind === "contact" ? item.contact.at : item.update.at;
      const day = londonDayNumber(when);
      if (item.kind === "contact") classifier.add(item.contact);
      else classifier.addUpdate(item.update);
      recent.push(day);
      items++;
      while (recent[first]! < day - horizon - Math.ceil(horizon / 2)) first++;
      const inWindow = recent.length - first;
      const memory = classifier.memory();
      if (items % 500 === 0) {
        expect(memory.enquiries).toBeLessThanOrEqual(inWindow);
        expect(memory.customers).toBeLessThanOrEqual(inWindow);
        expect(memory.places).toBeLessThanOrEqual(inWindow);
      }
      peak = Math.max(peak, memory.enquiries);
    }
    // Two years of contact, about a quarter of it inside the window at any time.
    expect(peak).toBeLessThan(items / 3);
  });
});
