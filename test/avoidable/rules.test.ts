import { describe, expect, it } from "vitest";
import { classifyContacts, type EnquiryUpdate } from "../../src/avoidable/index.js";
import { at, byId, history, MISSED_BIN, type Row, summary } from "./history.js";

const classify = (rows: readonly Row[], options: Parameters<typeof classifyContacts>[1] = {}) =>
  byId(classifyContacts(history(rows), options));
const fixed = (iso: string, enquiryId = "E-1"): EnquiryUpdate => ({
  enquiryId,
  at: at(iso),
  type: "closed",
  outcome: "fixed",
});
const bin = { customerId: "cust-1", serviceId: "missed-bin" } as const;

describe("progress chasing", () => {
  it("reads a contact recorded as a chase as chasing the enquiry it names, citing the contact that opened it", () => {
    const results = classify([
      MISSED_BIN,
      { id: "c2", at: "2024-05-03T10:00:00Z", ...bin, enquiryId: "E-1", interaction: "chase" },
    ]);
    expect(summary(results.c1)).toEqual(["value", "no-rule", [], "Value demand: no avoidable-contact rule fired."]);
    expect(summary(results.c2)).toEqual([
      "progress-chasing",
      "chase-interaction",
      ["c1"],
      "Progress chasing: recorded as a chase, about enquiry E-1 (opened by contact c1 2 days earlier).",
    ]);
  });

  it("takes the customer's word for a chase even when no open enquiry is known", () => {
    const results = classify([
      { id: "c9", at: "2024-05-03T10:00:00Z", customerId: "cust-9", serviceId: "council-tax", interaction: "chase" },
    ]);
    expect(summary(results.c9)).toEqual([
      "progress-chasing",
      "chase-interaction",
      [],
      "Progress chasing: recorded as a chase.",
    ]);
  });

  it("reads any other contact naming an open enquiry as a chase of it", () => {
    const results = classify([
      MISSED_BIN,
      { id: "c2", at: "2024-05-03T10:00:00Z", ...bin, enquiryId: "E-1", interaction: "information" },
    ]);
    expect(summary(results.c2)).toEqual([
      "progress-chasing",
      "chase-open-enquiry",
      ["c1"],
      "Progress chasing: about enquiry E-1 (opened by contact c1 2 days earlier), still open.",
    ]);
  });

  it("reads a question from a customer with an enquiry open about the same service as a chase, but not a payment or a new report", () => {
    const results = classify([
      MISSED_BIN,
      { id: "c2", at: "2024-05-03T10:00:00Z", ...bin, interaction: "complaint" },
      { id: "c3", at: "2024-05-03T11:00:00Z", ...bin, interaction: "payment" },
      {
        id: "c4",
        at: "2024-05-03T12:00:00Z",
        customerId: "cust-1",
        serviceId: "council-tax",
        interaction: "information",
      },
    ]);
    expect(summary(results.c2)).toEqual([
      "progress-chasing",
      "chase-customer-service",
      ["c1"],
      "Progress chasing: the customer already has enquiry E-1 (opened by contact c1 2 days earlier) open about missed-bin.",
    ]);
    expect(results.c3?.demand).toBe("value");
    expect(results.c4?.demand).toBe("value");
  });
});

describe("repeat", () => {
  it("reads a new report by the same customer while their first is open as a repeat", () => {
    const results = classify([
      MISSED_BIN,
      { id: "c2", at: "2024-05-03T10:00:00Z", ...bin, enquiryId: "E-2", interaction: "report", outcome: "referred" },
    ]);
    expect(summary(results.c2)).toEqual([
      "repeat",
      "repeat-customer",
      ["c1"],
      "Repeat: the customer reported missed-bin again while enquiry E-1 (opened by contact c1 2 days earlier) is still open.",
    ]);
  });

  it("reads a report of the same service at the same place by someone else as a repeat, until the first closes", () => {
    const neighbour = { customerId: "cust-2", serviceId: "missed-bin", uprn: "10070", interaction: "report" } as const;
    const results = classify(
      [
        MISSED_BIN,
        { id: "c2", at: "2024-05-01T18:00:00Z", ...neighbour },
        { id: "c3", at: "2024-05-04T09:00:00Z", ...neighbour, customerId: "cust-3" },
      ],
      { enquiryUpdates: [{ enquiryId: "E-1", at: at("2024-05-02T12:00:00Z"), type: "closed", outcome: "duplicate" }] },
    );
    expect(summary(results.c2)).toEqual([
      "repeat",
      "repeat-location",
      ["c1"],
      "Repeat: missed-bin at 10070 reported again while enquiry E-1 (opened by contact c1 the same day) is still open.",
    ]);
    expect(results.c3?.demand).toBe("value");
  });
});

describe("failure to deliver", () => {
  it("reads a contact reopening an enquiry closed as done as failure, and later contacts about it as chases again", () => {
    const results = classify(
      [
        MISSED_BIN,
        { id: "c2", at: "2024-05-10T09:00:00Z", ...bin, enquiryId: "E-1", interaction: "report" },
        { id: "c3", at: "2024-05-11T09:00:00Z", ...bin, enquiryId: "E-1", interaction: "information" },
      ],
      { enquiryUpdates: [fixed("2024-05-02T15:00:00Z")] },
    );
    expect(summary(results.c2)).toEqual([
      "failure-to-deliver",
      "failure-reopen",
      ["c1"],
      "Failure to deliver: reopens enquiry E-1, closed as fixed 8 days before.",
    ]);
    expect(results.c3?.rule).toBe("chase-open-enquiry");
  });

  it("counts the customer's contacts about the service for 28 London days after the closure as done, and not the 29th day", () => {
    // Closed at 23:30 UTC on 2 May, which is 00:30 BST on 3 May: the window counts from London's 3 May.
    const report = (id: string, iso: string): Row => ({
      id,
      at: iso,
      ...bin,
      interaction: "report",
      outcome: "referred",
    });
    const results = classify([MISSED_BIN, report("c2", "2024-05-31T10:00:00Z"), report("c3", "2024-06-01T10:00:00Z")], {
      enquiryUpdates: [fixed("2024-05-02T23:30:00Z")],
    });
    expect(summary(results.c2)).toEqual([
      "failure-to-deliver",
      "failure-customer",
      ["c1"],
      "Failure to deliver: the customer's enquiry E-1 about missed-bin was closed as fixed 28 days before.",
    ]);
    // c2 opened an implied enquiry (referred), so c3 is a repeat of it, not a failure.
    expect(results.c3?.rule).toBe("repeat-customer");
  });

  it("counts contacts at the same place and service, and the notice that closed the enquiry is evidence too", () => {
    const results = classify([
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
    expect(summary(results.n1)).toEqual([
      "none",
      "outbound",
      [],
      "Outbound from the council: not customer demand, left out of NI 14.",
    ]);
    expect(summary(results.c2)).toEqual([
      "failure-to-deliver",
      "failure-location",
      ["c1", "n1"],
      "Failure to deliver: enquiry E-1 about missed-bin at 10070 was closed as fixed 4 days before (notice n1).",
    ]);
  });

  it("does not count a closure that was not done, nor a stand-alone transaction", () => {
    const results = classify(
      [
        MISSED_BIN,
        { id: "c2", at: "2024-05-06T08:00:00Z", ...bin, interaction: "information" },
        {
          id: "c3",
          at: "2024-05-06T09:00:00Z",
          customerId: "cust-1",
          serviceId: "missed-bin",
          uprn: "20080",
          interaction: "booking",
        },
      ],
      {
        enquiryUpdates: [
          { enquiryId: "E-1", at: at("2024-05-02T15:00:00Z"), type: "closed", outcome: "no-further-action" },
        ],
      },
    );
    expect([results.c2?.demand, results.c3?.demand]).toEqual(["value", "value"]);
  });
});

describe("clarification", () => {
  const bill: Row = {
    id: "L1",
    at: "2024-05-01T09:00:00Z",
    channel: "letter",
    direction: "outbound",
    customerId: "cust-1",
    serviceId: "council-tax",
    uprn: "10070",
  };
  const ask = (id: string, iso: string, more: Partial<Row> = {}): Row => ({
    id,
    at: iso,
    customerId: "cust-1",
    serviceId: "council-tax",
    interaction: "information",
    ...more,
  });

  it("reads a contact recorded as a clarification as one, citing the letter it follows where there is one", () => {
    const results = classify([
      bill,
      ask("c1", "2024-05-03T10:00:00Z", { interaction: "clarification" }),
      ask("c2", "2024-05-03T10:00:00Z", { customerId: "cust-2", interaction: "clarification" }),
    ]);
    expect(summary(results.c1)).toEqual([
      "clarification",
      "clarification-interaction",
      ["L1"],
      "Clarification: recorded as asking what something the council sent means; letter L1 about council-tax went 2 days before.",
    ]);
    expect(summary(results.c2)).toEqual([
      "clarification",
      "clarification-interaction",
      [],
      "Clarification: recorded as asking what something the council sent or said means.",
    ]);
  });

  it("reads a question about the same service within 14 London days of a letter as clarification, but not on the 15th day", () => {
    const results = classify([
      bill,
      ask("c1", "2024-05-01T15:00:00Z"),
      ask("c2", "2024-05-15T15:00:00Z"),
      ask("c3", "2024-05-16T15:00:00Z"),
    ]);
    expect(summary(results.c1)).toEqual([
      "clarification",
      "clarification-after-outbound",
      ["L1"],
      "Clarification: about council-tax, the same day as letter L1 about it.",
    ]);
    expect(summary(results.c2)).toEqual([
      "clarification",
      "clarification-after-outbound",
      ["L1"],
      "Clarification: about council-tax, 14 days after letter L1 about it.",
    ]);
    expect(results.c3?.demand).toBe("value");
  });

  it("does not read a payment after a bill as clarification, and matches a letter sent to the address", () => {
    const results = classify([
      bill,
      ask("c1", "2024-05-02T10:00:00Z", { interaction: "payment" }),
      ask("c2", "2024-05-02T11:00:00Z", { customerId: "cust-7", uprn: "10070" }),
    ]);
    expect(results.c1?.demand).toBe("value");
    expect(results.c2?.rule).toBe("clarification-after-outbound");
  });
});

describe("misdirected, information not available, nugatory", () => {
  it("reads a transferred contact, and one about the other tier's service, as misdirected", () => {
    const results = classify(
      [
        { id: "c1", at: "2024-05-01T09:00:00Z", serviceId: "council-tax", outcome: "transferred" },
        { id: "c2", at: "2024-05-01T10:00:00Z", serviceId: "potholes", interaction: "report" },
      ],
      { otherTierServices: ["potholes"] },
    );
    expect(summary(results.c1)).toEqual([
      "misdirected",
      "misdirected-transferred",
      [],
      "Misdirected: transferred during the contact, having reached the wrong place.",
    ]);
    expect(summary(results.c2)).toEqual([
      "misdirected",
      "misdirected-other-tier",
      [],
      "Misdirected: potholes is provided by the other tier of local government.",
    ]);
  });

  it("reads an information contact about a published service as information not available, and no other", () => {
    const rows: Row[] = [
      { id: "c1", at: "2024-05-01T09:00:00Z", serviceId: "refuse-collection", interaction: "information" },
      { id: "c2", at: "2024-05-01T10:00:00Z", serviceId: "refuse-collection", interaction: "request" },
      { id: "c3", at: "2024-05-01T11:00:00Z", serviceId: "council-tax", interaction: "information" },
    ];
    const results = classify(rows, { publishedServices: ["refuse-collection"] });
    expect(summary(results.c1)).toEqual([
      "info-not-available",
      "info-published",
      [],
      "Information not available: asks for information about refuse-collection, which the council publishes for self-service.",
    ]);
    expect([results.c2?.demand, results.c3?.demand]).toEqual(["value", "value"]);
    expect(classify(rows).c1?.demand).toBe("value");
  });

  it("reads the outcomes a council counts as nugatory as such, and none by default", () => {
    const rows: Row[] = [{ id: "c1", at: "2024-05-01T09:00:00Z", outcome: "abandoned", answered: false }];
    expect(summary(classify(rows, { nugatoryOutcomes: ["abandoned"] }).c1)).toEqual([
      "nugatory",
      "nugatory-outcome",
      [],
      "Nugatory: the contact ended abandoned, of no value to anyone.",
    ]);
    expect(classify(rows).c1?.demand).toBe("value");
  });
});

describe("precedence", () => {
  const reportAgain: Row = { id: "c2", at: "2024-05-03T10:00:00Z", ...bin, enquiryId: "E-1", interaction: "report" };

  it("makes a report naming an open enquiry a chase before a repeat, and a repeat when repeat comes first", () => {
    expect(classify([MISSED_BIN, reportAgain]).c2?.rule).toBe("chase-open-enquiry");
    const repeatFirst = classify([MISSED_BIN, reportAgain], {
      precedence: [
        "repeat",
        "progress-chasing",
        "failure-to-deliver",
        "clarification",
        "misdirected",
        "info-not-available",
        "nugatory",
      ],
    });
    expect(summary(repeatFirst.c2)).toEqual([
      "repeat",
      "repeat-customer",
      ["c1"],
      "Repeat: the customer reported missed-bin again while enquiry E-1 (opened by contact c1 2 days earlier) is still open.",
    ]);
  });

  it("makes a chase that was transferred a chase, unless misdirected comes first", () => {
    const rows: Row[] = [
      MISSED_BIN,
      { id: "c2", at: "2024-05-03T10:00:00Z", ...bin, enquiryId: "E-1", interaction: "chase", outcome: "transferred" },
    ];
    expect(classify(rows).c2?.reason).toBe("progress-chasing");
    expect(classify(rows, { precedence: ["misdirected", "progress-chasing"] }).c2?.reason).toBe("misdirected");
  });

  it("switches a reason off when it is left out", () => {
    const results = classify([MISSED_BIN, { ...reportAgain, enquiryId: "E-2" }], {
      precedence: ["progress-chasing", "failure-to-deliver"],
    });
    expect(summary(results.c2)).toEqual(["value", "no-rule", [], "Value demand: no avoidable-contact rule fired."]);
  });
});
