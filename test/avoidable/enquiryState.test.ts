import { describe, expect, it } from "vitest";
import { classifyContacts, type EnquiryUpdate } from "../../src/avoidable/index.js";
import { ValidationError } from "../../src/schema/index.js";
import { at, byId, history, MISSED_BIN, type Row, summary } from "./history.js";

const classify = (rows: readonly Row[], options: Parameters<typeof classifyContacts>[1] = {}) =>
  byId(classifyContacts(history(rows), options));
const bin = { customerId: "cust-1", serviceId: "missed-bin" } as const;

describe("what the classifier learns from the contacts themselves", () => {
  it("closes an enquiry as fixed on an outbound notice resolving it, and as not done on one leaving it unresolved", () => {
    const notice = (outcome: "resolved" | "unresolved"): Row => ({
      id: "n1",
      at: "2024-05-02T15:00:00Z",
      channel: "sms",
      direction: "outbound",
      ...bin,
      enquiryId: "E-1",
      outcome,
    });
    const again: Row = { id: "c2", at: "2024-05-05T10:00:00Z", ...bin, interaction: "report" };
    expect(classify([MISSED_BIN, notice("resolved"), again]).c2?.rule).toBe("failure-customer");
    expect(classify([MISSED_BIN, notice("unresolved"), again]).c2?.demand).toBe("value");
  });

  it("leaves an enquiry open on an outbound update that does not close it", () => {
    const results = classify([
      MISSED_BIN,
      { id: "n1", at: "2024-05-02T15:00:00Z", channel: "email", direction: "outbound", ...bin, enquiryId: "E-1" },
      { id: "c2", at: "2024-05-03T10:00:00Z", ...bin, enquiryId: "E-1", interaction: "information" },
    ]);
    expect(results.c2?.rule).toBe("chase-open-enquiry");
  });

  it("closes an enquiry resolved at its first contact as answered, which is done only if the council says so", () => {
    const rows: Row[] = [
      {
        id: "c1",
        at: "2024-05-01T09:00:00Z",
        customerId: "cust-1",
        serviceId: "council-tax",
        enquiryId: "E-5",
        interaction: "information",
        outcome: "resolved",
      },
      {
        id: "c2",
        at: "2024-05-06T09:00:00Z",
        customerId: "cust-1",
        serviceId: "council-tax",
        interaction: "information",
      },
    ];
    expect(classify(rows).c2?.demand).toBe("value");
    expect(summary(classify(rows, { doneOutcomes: ["fixed", "answered"] }).c2)).toEqual([
      "failure-to-deliver",
      "failure-customer",
      ["c1"],
      "Failure to deliver: the customer's enquiry E-5 about council-tax was closed as answered 5 days before.",
    ]);
  });

  it("opens an enquiry for a referred contact that names none, so a report at the same place repeats it", () => {
    const results = classify([
      {
        id: "c1",
        at: "2024-05-01T09:00:00Z",
        customerId: "cust-1",
        serviceId: "fly-tipping",
        interaction: "report",
        outcome: "referred",
        uprn: "30090",
      },
      {
        id: "c2",
        at: "2024-05-03T09:00:00Z",
        customerId: "cust-2",
        serviceId: "fly-tipping",
        interaction: "report",
        uprn: "30090",
      },
    ]);
    expect(summary(results.c2)).toEqual([
      "repeat",
      "repeat-location",
      ["c1"],
      "Repeat: fly-tipping at 30090 reported again while the enquiry contact c1 opened 2 days earlier is still open.",
    ]);
  });

  it("stops counting an enquiry as open after the lapse with no news, and then treats a contact naming it as its first", () => {
    const rows: Row[] = [
      MISSED_BIN,
      { id: "c2", at: "2024-05-20T10:00:00Z", ...bin, enquiryId: "E-1", interaction: "information" },
    ];
    expect(classify(rows).c2?.rule).toBe("chase-open-enquiry");
    expect(classify(rows, { enquiryLapseDays: 19 }).c2?.rule).toBe("chase-open-enquiry");
    expect(classify(rows, { enquiryLapseDays: 19 }).c2?.explanation).toContain("19 days earlier");
    expect(classify(rows, { enquiryLapseDays: 18 }).c2?.demand).toBe("value");
  });

  it("uses the place a locationOf function gives, such as a normalised address", () => {
    const addresses: Record<string, string> = { c1: "14 Station Rd", c2: "14, STATION ROAD" };
    const rows: Row[] = [
      {
        id: "c1",
        at: "2024-05-01T09:00:00Z",
        customerId: "cust-1",
        serviceId: "potholes",
        interaction: "report",
        outcome: "referred",
      },
      { id: "c2", at: "2024-05-02T09:00:00Z", customerId: "cust-2", serviceId: "potholes", interaction: "report" },
    ];
    const locationOf = (contact: { id: string }) =>
      addresses[contact.id]
        ?.toUpperCase()
        .replace(/[^A-Z0-9]+/g, " ")
        .replace("RD", "ROAD")
        .trim();
    expect(classify(rows).c2?.demand).toBe("value");
    expect(classify(rows, { locationOf }).c2?.explanation).toBe(
      "Repeat: potholes at 14 STATION ROAD reported again while the enquiry contact c1 opened 1 day earlier is still open.",
    );
  });
});

describe("enquiry updates", () => {
  it("keeps an enquiry opened by an update for its first contact, which is not a chase; the next one is", () => {
    const opened: EnquiryUpdate = {
      enquiryId: "E-9",
      at: at("2024-05-01T08:00:00Z"),
      type: "opened",
      customerId: "cust-1",
      serviceId: "missed-bin",
    };
    const results = classify(
      [
        { id: "c1", at: "2024-05-01T08:00:00Z", ...bin, enquiryId: "E-9", interaction: "information" },
        { id: "c2", at: "2024-05-02T08:00:00Z", ...bin, enquiryId: "E-9", interaction: "information" },
      ],
      { enquiryUpdates: [opened] },
    );
    expect(results.c1?.demand).toBe("value");
    expect(summary(results.c2)).toEqual([
      "progress-chasing",
      "chase-open-enquiry",
      ["c1"],
      "Progress chasing: about enquiry E-9 (opened by contact c1 1 day earlier), still open.",
    ]);
  });

  it("applies an update at the same instant as a contact before the contact", () => {
    const rows: Row[] = [MISSED_BIN, { id: "c2", at: "2024-05-02T15:00:00Z", ...bin, interaction: "report" }];
    expect(
      classify(rows, {
        enquiryUpdates: [{ enquiryId: "E-1", at: at("2024-05-02T15:00:00Z"), type: "closed", outcome: "fixed" }],
      }).c2?.rule,
    ).toBe("failure-customer");
  });

  it("remembers an enquiry closed by an update before any contact named it, with who and what it was about", () => {
    const closed: EnquiryUpdate = {
      enquiryId: "E-7",
      at: at("2024-05-01T12:00:00Z"),
      type: "closed",
      outcome: "fixed",
      customerId: "cust-3",
      serviceId: "street-lights",
      uprn: "40040",
    };
    const results = classify(
      [
        {
          id: "c1",
          at: "2024-05-03T12:00:00Z",
          customerId: "cust-3",
          serviceId: "street-lights",
          interaction: "report",
        },
        {
          id: "c2",
          at: "2024-05-03T13:00:00Z",
          customerId: "cust-4",
          serviceId: "street-lights",
          enquiryId: "E-7",
          interaction: "report",
        },
      ],
      { enquiryUpdates: [closed] },
    );
    expect(summary(results.c1)).toEqual([
      "failure-to-deliver",
      "failure-customer",
      [],
      "Failure to deliver: the customer's enquiry E-7 about street-lights was closed as fixed 2 days before.",
    ]);
    expect(results.c2?.rule).toBe("failure-reopen");
  });

  it("reopens a closed enquiry on an opened update", () => {
    const results = classify(
      [MISSED_BIN, { id: "c2", at: "2024-05-05T10:00:00Z", ...bin, enquiryId: "E-1", interaction: "information" }],
      {
        enquiryUpdates: [
          { enquiryId: "E-1", at: at("2024-05-02T10:00:00Z"), type: "closed", outcome: "no-further-action" },
          { enquiryId: "E-1", at: at("2024-05-04T10:00:00Z"), type: "opened" },
        ],
      },
    );
    expect(results.c2?.rule).toBe("chase-open-enquiry");
  });
});

describe("bad input", () => {
  it("lists every contact without a usable time, and contacts given twice", () => {
    const good = history([MISSED_BIN])[0]!;
    const error = (() => {
      try {
        classifyContacts([
          good,
          { ...good, id: "c2" as never, at: Number.NaN },
          { ...good, id: "c3" as never, at: Date.UTC(1999, 0, 1) },
        ]);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_type", [1, "at"]],
      ["invalid_value", [2, "at"]],
    ]);
    const twice = () => classifyContacts([good, { ...good, channel: "email" }]);
    expect(twice).toThrow(ValidationError);
    expect(() => twice()).toThrow(/c1 appears twice at the same time/);
  });

  it("lists every malformed enquiry update with its path", () => {
    const bad = [
      { enquiryId: "", at: 0, type: "closed" } /* 1970: before the calendar's years */,
      { enquiryId: "E-1", at: "yesterday", type: "shut", outcome: "fixed", uprn: 7 },
    ] as unknown as EnquiryUpdate[];
    try {
      classifyContacts([], { enquiryUpdates: bad });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((issue) => `${issue.code} ${issue.path.join(".")}`)).toEqual([
        "invalid_type enquiryUpdates.0.enquiryId",
        "missing enquiryUpdates.0.outcome",
        "invalid_value enquiryUpdates.0.at",
        "invalid_value enquiryUpdates.1.type",
        "invalid_type enquiryUpdates.1.uprn",
        "invalid_type enquiryUpdates.1.at",
      ]);
    }
  });

  it.each([
    [{ failureWindowDays: -1 }, "failureWindowDays must be a whole number of days ≥ 0, got -1"],
    [{ clarificationWindowDays: 1.5 }, "clarificationWindowDays must be a whole number of days ≥ 0, got 1.5"],
    [{ enquiryLapseDays: Number.NaN }, "enquiryLapseDays must be a whole number of days ≥ 0, got NaN"],
    [
      { precedence: ["repeat", "chasing"] },
      'precedence must list codes from progress-chasing, repeat, failure-to-deliver, clarification, misdirected, info-not-available, nugatory, got "chasing"',
    ],
    [{ precedence: ["repeat", "repeat"] }, 'precedence must not list a reason twice, got "repeat" twice'],
    [{ doneOutcomes: ["done"] }, "doneOutcomes must list codes from fixed"],
    [
      { reportInteractions: ["payment"] },
      'reportInteractions and standaloneInteractions must not share a code, got "payment" in both',
    ],
    [{ nugatoryOutcomes: ["hung-up"] }, "nugatoryOutcomes must list codes from resolved"],
    [
      { publishedServices: "refuse-collection" },
      'publishedServices must be an array of service ids, got "refuse-collection"',
    ],
    [{ textMinProbability: 2 }, "textMinProbability must be a number in [0, 1], got 2"],
    [{ locationOf: "uprn" }, 'locationOf must be a function, got "uprn"'],
    [{ enquiryUpdates: {} }, "enquiryUpdates must be an array, got an object"],
  ])("refuses the option %o with a RangeError naming it", (options, message) => {
    expect(() => classifyContacts([], options as never)).toThrow(RangeError);
    expect(() => classifyContacts([], options as never)).toThrow(message);
  });

  it("leaves its inputs as they were", () => {
    const contacts = history([
      MISSED_BIN,
      { id: "c2", at: "2024-05-03T10:00:00Z", ...bin, enquiryId: "E-1", interaction: "chase" },
    ]).reverse();
    const updates: EnquiryUpdate[] = [
      { enquiryId: "E-1", at: at("2024-05-04T10:00:00Z"), type: "closed", outcome: "fixed" },
      { enquiryId: "E-2", at: at("2024-05-01T10:00:00Z"), type: "opened" },
    ];
    const options = {
      enquiryUpdates: updates,
      publishedServices: ["missed-bin"],
      precedence: ["repeat", "progress-chasing"],
    } as const;
    const before = JSON.stringify([contacts, options]);
    classifyContacts(Object.freeze(contacts.map((contact) => Object.freeze(contact))), Object.freeze(options));
    expect(JSON.stringify([contacts, options])).toBe(before);
  });
});

describe("ids of any length", () => {
  it("tells apart long ids that share their first 26 characters, and matches equal ones", () => {
    const prefix = "CRM/2024/STREET-SCENE/00000000";
    const results = classify([
      {
        id: "c1",
        at: "2024-05-01T09:00:00Z",
        customerId: `${prefix}-customer-1`,
        serviceId: "missed-bin",
        enquiryId: `${prefix}-enquiry-1`,
        interaction: "report",
        uprn: "1",
      },
      {
        id: "c2",
        at: "2024-05-01T10:00:00Z",
        customerId: `${prefix}-customer-2`,
        serviceId: "missed-bin",
        enquiryId: `${prefix}-enquiry-2`,
        interaction: "information",
        uprn: "2",
      },
      {
        id: "c3",
        at: "2024-05-01T11:00:00Z",
        customerId: `${prefix}-customer-1`,
        serviceId: "missed-bin",
        enquiryId: `${prefix}-enquiry-1`,
        interaction: "information",
        uprn: "1",
      },
    ]);
    expect(results.c2?.demand).toBe("value");
    expect(summary(results.c3)).toEqual([
      "progress-chasing",
      "chase-open-enquiry",
      ["c1"],
      `Progress chasing: about enquiry ${prefix}-enquiry-1 (opened by contact c1 the same day), still open.`,
    ]);
  });
});
