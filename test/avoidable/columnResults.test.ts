import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type ClassifyColumnsOptions,
  classifyColumns,
  classifyContacts,
  compactResult,
  type EnquiryUpdate,
  ni14,
} from "../../src/avoidable/index.js";
import { type ContactColumnsOptions, contactColumns, normaliseAddress } from "../../src/contact/index.js";
import { classifierOptions, contactHistory, enquiryUpdates } from "./arbitraries.js";
import { at, byId, history, MISSED_BIN, type Row, summary } from "./history.js";
import { NI14_CONTACTS, NI14_MEASURE } from "./ni14History.js";

/**
 * Each contact's result from its row of the classification of the history in columns, checked against
 * `classifyContacts` on the same contacts, by id.
 */
function viaColumns(rows: readonly Row[], options: ClassifyColumnsOptions = {}, build: ContactColumnsOptions = {}) {
  const contacts = history(rows);
  const classification = classifyColumns(contactColumns(contacts, build), options);
  const results = contacts.map((_, i) => compactResult(classification, i));
  expect(results).toEqual(classifyContacts(contacts, { ...(options as object), ...build }));
  return byId(results);
}

const bin = { customerId: "cust-1", serviceId: "missed-bin" } as const;
const fixed = (iso: string, enquiryId = "E-1"): EnquiryUpdate => ({
  enquiryId,
  at: at(iso),
  type: "closed",
  outcome: "fixed",
});

// The histories and explanations of rules.test.ts, worked by hand there, read back from columns.
describe("compactResult of a classification of columns", () => {
  it("progress chasing: a chase, a contact naming an open enquiry, a question while the customer's enquiry is open", () => {
    const results = viaColumns([
      MISSED_BIN,
      { id: "c2", at: "2024-05-03T10:00:00Z", ...bin, enquiryId: "E-1", interaction: "chase" },
      { id: "c3", at: "2024-05-03T11:00:00Z", ...bin, enquiryId: "E-1", interaction: "information" },
      { id: "c4", at: "2024-05-03T12:00:00Z", ...bin, interaction: "complaint" },
    ]);
    expect(summary(results.c1)).toEqual(["value", "no-rule", [], "Value demand: no avoidable-contact rule fired."]);
    expect(summary(results.c2)).toEqual([
      "progress-chasing",
      "chase-interaction",
      ["c1"],
      "Progress chasing: recorded as a chase, about enquiry E-1 (opened by contact c1 2 days earlier).",
    ]);
    expect(summary(results.c3)).toEqual([
      "progress-chasing",
      "chase-open-enquiry",
      ["c1"],
      "Progress chasing: about enquiry E-1 (opened by contact c1 2 days earlier), still open.",
    ]);
    expect(summary(results.c4)).toEqual([
      "progress-chasing",
      "chase-customer-service",
      ["c1"],
      "Progress chasing: the customer already has enquiry E-1 (opened by contact c1 2 days earlier) open about missed-bin.",
    ]);
  });

  it("repeat: by the same customer, and at the same place (named from the place column)", () => {
    const neighbour = { customerId: "cust-2", serviceId: "missed-bin", uprn: "10070", interaction: "report" } as const;
    const results = viaColumns([
      MISSED_BIN,
      { id: "c2", at: "2024-05-01T18:00:00Z", ...neighbour },
      { id: "c3", at: "2024-05-03T10:00:00Z", ...bin, enquiryId: "E-2", interaction: "report", outcome: "referred" },
    ]);
    expect(summary(results.c2)).toEqual([
      "repeat",
      "repeat-location",
      ["c1"],
      "Repeat: missed-bin at 10070 reported again while enquiry E-1 (opened by contact c1 the same day) is still open.",
    ]);
    expect(summary(results.c3)).toEqual([
      "repeat",
      "repeat-customer",
      ["c1"],
      "Repeat: the customer reported missed-bin again while enquiry E-1 (opened by contact c1 2 days earlier) is still open.",
    ]);
  });

  it("failure to deliver: a reopen, the customer within the window, the same place with the closing notice as evidence", () => {
    const reopened = viaColumns(
      [MISSED_BIN, { id: "c2", at: "2024-05-10T09:00:00Z", ...bin, enquiryId: "E-1", interaction: "report" }],
      { enquiryUpdates: [fixed("2024-05-02T15:00:00Z")] },
    );
    expect(summary(reopened.c2)).toEqual([
      "failure-to-deliver",
      "failure-reopen",
      ["c1"],
      "Failure to deliver: reopens enquiry E-1, closed as fixed 8 days before.",
    ]);
    // Closed at 23:30 UTC on 2 May, 00:30 BST on 3 May: 28 London days before 31 May.
    const customer = viaColumns(
      [MISSED_BIN, { id: "c2", at: "2024-05-31T10:00:00Z", ...bin, interaction: "report", outcome: "referred" }],
      { enquiryUpdates: [fixed("2024-05-02T23:30:00Z")] },
    );
    expect(summary(customer.c2)).toEqual([
      "failure-to-deliver",
      "failure-customer",
      ["c1"],
      "Failure to deliver: the customer's enquiry E-1 about missed-bin was closed as fixed 28 days before.",
    ]);
    const place = viaColumns([
      MISSED_BIN,
      {
        id: "n1",
        at: "2024-05-02T15:00:00Z",
        channel: "email",
        direction: "outbound",
        ...bin,
        enquiryId: "E-1",
        outcome: "resolved",
        uprn: "10070",
      },
      {
        id: "c2",
        at: "2024-05-06T08:00:00Z",
        customerId: "cust-2",
        serviceId: "missed-bin",
        uprn: "10070",
        interaction: "report",
      },
    ]);
    expect(summary(place.n1)).toEqual([
      "none",
      "outbound",
      [],
      "Outbound from the council: not customer demand, left out of NI 14.",
    ]);
    expect(summary(place.c2)).toEqual([
      "failure-to-deliver",
      "failure-location",
      ["c1", "n1"],
      "Failure to deliver: enquiry E-1 about missed-bin at 10070 was closed as fixed 4 days before (notice n1).",
    ]);
  });

  it("names the place as the place column holds it: a normalised address", () => {
    const addresses: Record<string, string> = { c1: "14 Station Rd, Leeds", c2: "14, Station Road, LEEDS" };
    const rows: Row[] = [
      { ...MISSED_BIN, uprn: undefined },
      { id: "c2", at: "2024-05-06T08:00:00Z", customerId: "cust-2", serviceId: "missed-bin", interaction: "report" },
    ];
    const results = viaColumns(
      rows,
      { enquiryUpdates: [fixed("2024-05-02T15:00:00Z")] },
      { locationOf: (c) => normaliseAddress(addresses[c.id] ?? "") },
    );
    expect(summary(results.c2)).toEqual([
      "failure-to-deliver",
      "failure-location",
      ["c1"],
      "Failure to deliver: enquiry E-1 about missed-bin at 14 STATION ROAD LEEDS was closed as fixed 4 days before.",
    ]);
  });

  it("names an enquiry only the updates name, by its id", () => {
    // E-9 was opened for cust-1 about missed-bin on 1 May, E-8 at UPRN 555 about street lights and closed as fixed on 4 May.
    const enquiryUpdates: EnquiryUpdate[] = [
      {
        enquiryId: "E-9",
        at: at("2024-05-01T09:00:00Z"),
        type: "opened",
        customerId: "cust-1",
        serviceId: "missed-bin",
      },
      { enquiryId: "E-8", at: at("2024-05-02T09:00:00Z"), type: "opened", uprn: "555", serviceId: "street-lights" },
      fixed("2024-05-04T09:00:00Z", "E-8"),
    ];
    const rows: Row[] = [
      { id: "c1", at: "2024-05-03T10:00:00Z", ...bin, interaction: "complaint" },
      {
        id: "c2",
        at: "2024-05-12T10:00:00Z",
        customerId: "cust-2",
        serviceId: "street-lights",
        uprn: "555",
        interaction: "report",
      },
    ];
    const results = viaColumns(rows, { enquiryUpdates });
    expect(summary(results.c1)).toEqual([
      "progress-chasing",
      "chase-customer-service",
      [],
      "Progress chasing: the customer already has enquiry E-9 (opened 2 days earlier) open about missed-bin.",
    ]);
    expect(summary(results.c2)).toEqual([
      "failure-to-deliver",
      "failure-location",
      [],
      "Failure to deliver: enquiry E-8 about street-lights at 555 was closed as fixed 8 days before.",
    ]);
    // No contact names an enquiry: both codes are past the end of the (empty) enquiry dictionary.
    const classification = classifyColumns(contactColumns(history(rows)), { enquiryUpdates });
    expect([Array.from(classification.enquiries), classification.updateEnquiries]).toEqual([
      [0, 1],
      ["E-9", "E-8"],
    ]);
  });

  it("clarification, misdirected, information not available, nugatory", () => {
    const results = viaColumns(
      [
        {
          id: "L1",
          at: "2024-05-01T09:00:00Z",
          channel: "letter",
          direction: "outbound",
          customerId: "cust-1",
          serviceId: "council-tax",
          uprn: "10070",
        },
        {
          id: "c1",
          at: "2024-05-03T10:00:00Z",
          customerId: "cust-1",
          serviceId: "council-tax",
          interaction: "clarification",
        },
        {
          id: "c2",
          at: "2024-05-15T15:00:00Z",
          customerId: "cust-1",
          serviceId: "council-tax",
          interaction: "information",
        },
        {
          id: "c3",
          at: "2024-05-01T09:30:00Z",
          customerId: "cust-3",
          serviceId: "council-tax",
          outcome: "transferred",
        },
        { id: "c4", at: "2024-05-01T10:00:00Z", customerId: "cust-4", serviceId: "potholes", interaction: "report" },
        {
          id: "c5",
          at: "2024-05-01T11:00:00Z",
          customerId: "cust-5",
          serviceId: "refuse-collection",
          interaction: "information",
        },
        { id: "c6", at: "2024-05-01T12:00:00Z", customerId: "cust-6", outcome: "abandoned", answered: false },
      ],
      { otherTierServices: ["potholes"], publishedServices: ["refuse-collection"], nugatoryOutcomes: ["abandoned"] },
    );
    expect(summary(results.c1)).toEqual([
      "clarification",
      "clarification-interaction",
      ["L1"],
      "Clarification: recorded as asking what something the council sent means; letter L1 about council-tax went 2 days before.",
    ]);
    expect(summary(results.c2)).toEqual([
      "clarification",
      "clarification-after-outbound",
      ["L1"],
      "Clarification: about council-tax, 14 days after letter L1 about it.",
    ]);
    expect(summary(results.c3)).toEqual([
      "misdirected",
      "misdirected-transferred",
      [],
      "Misdirected: transferred during the contact, having reached the wrong place.",
    ]);
    expect(summary(results.c4)).toEqual([
      "misdirected",
      "misdirected-other-tier",
      [],
      "Misdirected: potholes is provided by the other tier of local government.",
    ]);
    expect(summary(results.c5)).toEqual([
      "info-not-available",
      "info-published",
      [],
      "Information not available: asks for information about refuse-collection, which the council publishes for self-service.",
    ]);
    expect(summary(results.c6)).toEqual([
      "nugatory",
      "nugatory-outcome",
      [],
      "Nugatory: the contact ended abandoned, of no value to anyone.",
    ]);
  });

  it.each([-1, 1, 0.5])("refuses row %d of a one-row classification with a RangeError", (i) => {
    const classification = classifyColumns(contactColumns(history([MISSED_BIN])));
    expect(() => compactResult(classification, i)).toThrow(new RangeError(`i must be a position in 0–0, got ${i}`));
  });
});

describe("ni14 over a classification of columns", () => {
  it("counts the rows as it counts results, with every breakdown (the six contacts of ni14.test.ts, worked by hand)", () => {
    expect(ni14(classifyColumns(contactColumns(NI14_CONTACTS)))).toEqual(NI14_MEASURE);
  });

  test.prop([contactHistory, enquiryUpdates, classifierOptions, fc.boolean()])(
    "ni14(classifyColumns(contactColumns(h))) = ni14(classifyContacts(h)), with or without the breakdowns and interval",
    (history, updates, options, sample) => {
      const columns = classifyColumns(contactColumns(history), { ...options, enquiryUpdates: updates });
      const objects = classifyContacts(history, { ...options, enquiryUpdates: updates });
      expect(ni14(columns, { sample })).toEqual(ni14(objects, { sample }));
      expect(ni14(columns, { by: ["month"] })).toEqual(ni14(objects, { by: ["month"] }));
    },
  );
});
