import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  classifyColumns,
  type EnquiryUpdate,
  type EnquiryUpdateColumns,
  enquiryUpdateColumns,
} from "../../src/avoidable/index.js";
import { type ContactColumns, contactColumns, normaliseAddress } from "../../src/contact/index.js";
import { ENQUIRY_OUTCOMES } from "../../src/enquiry/index.js";
import { ValidationError, type ValidationIssue } from "../../src/schema/index.js";
import { contactHistory } from "./arbitraries.js";
import { at, history, MISSED_BIN } from "./history.js";

// Contacts name one enquiry (E-1), customer (cust-1), service (missed-bin) and place (10070): each code 0.
const columns = contactColumns(history([MISSED_BIN]));
const updates: EnquiryUpdate[] = [
  {
    enquiryId: "E-2",
    at: at("2024-05-03T23:30:00Z"),
    type: "closed",
    outcome: "fixed",
    customerId: "cust-9",
    serviceId: "missed-bin",
    uprn: "10070",
  },
  { enquiryId: "E-1", at: at("2024-05-02T09:00:00Z"), type: "closed", outcome: "duplicate" },
  { enquiryId: "E-1", at: at("2024-05-02T09:00:00Z"), type: "opened", customerId: "cust-1" },
  { enquiryId: "E-3", at: at("2024-05-04T09:00:00Z"), type: "opened", uprn: "" },
];

describe("enquiryUpdateColumns", () => {
  const encoded = enquiryUpdateColumns(updates, columns);

  it("puts the updates in the library's order: by time, then enquiry, opened before closed", () => {
    expect(encoded.length).toBe(4);
    expect(Array.from(encoded.at)).toEqual([
      at("2024-05-02T09:00:00Z"),
      at("2024-05-02T09:00:00Z"),
      at("2024-05-03T23:30:00Z"),
      at("2024-05-04T09:00:00Z"),
    ]);
    expect(Array.from(encoded.type)).toEqual([0, 1, 1, 0]);
    // duplicate is ENQUIRY_OUTCOMES[2], fixed [0]: codes 3 and 1.
    expect(Array.from(encoded.outcome)).toEqual([0, 3, 1, 0]);
  });

  it("gives London days: 23:30 UTC on 3 May is 00:30 BST on 4 May", () => {
    // 2 May 2024 is day 19723 + 122 = 19845.
    expect(Array.from(encoded.day)).toEqual([19845, 19845, 19847, 19847]);
  });

  it("codes enquiries, customers, services and places in the contact columns' dictionaries, numbering new values past their end", () => {
    expect(Array.from(encoded.enquiry)).toEqual([0, 0, 1, 2]);
    expect(Array.from(encoded.customer)).toEqual([0, -1, 1, -1]);
    expect(Array.from(encoded.service)).toEqual([-1, -1, 0, -1]);
    // An empty uprn is no place.
    expect(Array.from(encoded.place)).toEqual([-1, -1, 0, -1]);
    expect(encoded.extra).toEqual({ enquiry: ["E-2", "E-3"], customer: ["cust-9"], service: [], place: [] });
  });

  it("matches an update's uprn against the place column, whatever built it", () => {
    const byAddress = contactColumns(history([MISSED_BIN]), {
      locationOf: () => normaliseAddress("14 Station Rd, Leeds"),
    });
    const placed = enquiryUpdateColumns(
      [
        { enquiryId: "E-5", at: at("2024-05-02T09:00:00Z"), type: "opened", uprn: "14 STATION ROAD LEEDS" },
        { enquiryId: "E-6", at: at("2024-05-02T10:00:00Z"), type: "opened", uprn: "10070" },
      ],
      byAddress,
    );
    expect([Array.from(placed.place), placed.extra.place]).toEqual([[0, 1], ["10070"]]);
  });

  it("lists every malformed update, with its position, and encodes nothing", () => {
    const bad = [
      { enquiryId: "E-1", at: at("2024-05-02T09:00:00Z"), type: "closed" },
      { enquiryId: "", at: at("2024-05-02T09:00:00Z"), type: "opened" },
      { enquiryId: "E-1", at: Number.NaN, type: "opened" },
      { enquiryId: "E-1", at: 0, type: "opened" },
      { enquiryId: "E-1", at: at("2024-05-02T09:00:00Z"), type: "reopened" },
      { enquiryId: "E-1", at: at("2024-05-02T09:00:00Z"), type: "opened", customerId: 5 },
      "E-1 closed",
    ];
    try {
      enquiryUpdateColumns(bad as never, columns);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((issue) => `${issue.code} ${issue.path.join(".")}`)).toEqual([
        "missing 0.outcome",
        "invalid_type 1.enquiryId",
        "invalid_type 2.at",
        "invalid_value 3.at",
        "invalid_value 4.type",
        "invalid_type 5.customerId",
        "invalid_type 6",
      ]);
    }
    expect(() => enquiryUpdateColumns("none" as never, columns)).toThrow(
      new RangeError('enquiryUpdates must be an array, got "none"'),
    );
  });

  it("leaves the updates as they were", () => {
    const before = JSON.stringify(updates);
    enquiryUpdateColumns(updates, columns);
    expect(JSON.stringify(updates)).toBe(before);
  });
});

/** Update columns with their rows taken in `order`. */
function rowsIn(u: EnquiryUpdateColumns, order: readonly number[]): EnquiryUpdateColumns {
  const take = <T extends Float64Array | Int32Array | Uint8Array>(array: T): T =>
    array.map((_, k) => array[order[k]!]!) as T;
  return {
    ...u,
    at: take(u.at),
    day: take(u.day),
    type: take(u.type),
    outcome: take(u.outcome),
    enquiry: take(u.enquiry),
    customer: take(u.customer),
    service: take(u.service),
    place: take(u.place),
  };
}

/** Updates that often share an instant, enquiry and type, so that only the later fields order them. */
const tiedUpdates = fc.array(
  fc.record(
    {
      enquiryId: fc.constantFrom("E1", "E2", "E9"),
      at: fc.constantFrom(Date.UTC(2024, 2, 25, 12), Date.UTC(2024, 2, 26, 12), Date.UTC(2024, 3, 2, 12)),
      type: fc.constantFrom("opened" as const, "closed" as const),
      outcome: fc.constantFrom("fixed" as const, "duplicate" as const),
      customerId: fc.constantFrom("a", "z"),
      serviceId: fc.constantFrom("missed-bin", "street-lights"),
      uprn: fc.constantFrom("1", "9"),
    },
    { requiredKeys: ["enquiryId", "at", "type", "outcome"] },
  ),
  { maxLength: 8 },
) as fc.Arbitrary<EnquiryUpdate[]>;

describe("update columns in classifyColumns", () => {
  test.prop([contactHistory, tiedUpdates, fc.nat()])(
    "the order of the rows of update columns changes no decision",
    (contacts, given, seed) => {
      const history = contactColumns(contacts);
      const encoded = enquiryUpdateColumns(given, history);
      const order = Array.from({ length: encoded.length }, (_, i) => i).sort(
        (i, j) => ((i * 7919 + seed) % 13) - ((j * 7919 + seed) % 13) || j - i,
      );
      const { rules, reasons, evidence, days, outcomes, enquiries } = classifyColumns(history, {
        enquiryUpdates: rowsIn(encoded, order),
      });
      const expected = classifyColumns(history, { enquiryUpdates: encoded });
      expect([rules, reasons, evidence, days, outcomes, enquiries]).toEqual([
        expected.rules,
        expected.reasons,
        expected.evidence,
        expected.days,
        expected.outcomes,
        expected.enquiries,
      ]);
    },
  );

  it("reads updates given in reverse order as in order", () => {
    const contacts = contactColumns(
      history([
        MISSED_BIN,
        { id: "c2", at: "2024-05-10T09:00:00Z", customerId: "cust-1", serviceId: "missed-bin", interaction: "report" },
      ]),
    );
    const encoded = enquiryUpdateColumns(updates, contacts);
    const reversed = rowsIn(encoded, [3, 2, 1, 0]);
    expect(classifyColumns(contacts, { enquiryUpdates: reversed })).toEqual(
      classifyColumns(contacts, { enquiryUpdates: encoded }),
    );
  });
});

describe("update columns made elsewhere", () => {
  const good = enquiryUpdateColumns(
    [{ enquiryId: "E-1", at: at("2024-05-02T15:00:00Z"), type: "closed", outcome: "fixed" }],
    columns,
  );
  const issuesOf = (u: unknown, contacts: ContactColumns = columns): readonly ValidationIssue[] => {
    try {
      classifyColumns(contacts, { enquiryUpdates: u as EnquiryUpdateColumns });
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).issues;
    }
  };

  it("are taken when they fit", () => {
    expect(issuesOf(good)).toEqual([]);
  });

  it("are refused with one issue per problem row and column, each naming its path", () => {
    const issue = (path: (string | number)[], message: string, input: unknown) => ({
      code: "invalid_value",
      path: ["enquiryUpdates", ...path],
      message,
      input,
    });
    expect(issuesOf({ ...good, type: Uint8Array.of(2) })).toEqual([
      issue(["type", 0], "type must be 0 (opened) or 1 (closed)", 2),
    ]);
    expect(issuesOf({ ...good, outcome: Uint8Array.of(0) })).toEqual([
      issue(["outcome", 0], "outcome must be a position in ENQUIRY_OUTCOMES plus one, and a closure needs one", 0),
    ]);
    expect(issuesOf({ ...good, outcome: Uint8Array.of(ENQUIRY_OUTCOMES.length + 1) })).toHaveLength(1);
    expect(issuesOf({ ...good, enquiry: Int32Array.of(-1) })).toEqual([
      issue(
        ["enquiry", 0],
        "enquiry has -1, not a code of the contact columns' enquiry dictionary or the updates' extra values (0–0)",
        -1,
      ),
    ]);
    expect(issuesOf({ ...good, customer: Int32Array.of(1) }).map((i) => i.path.join("."))).toEqual([
      "enquiryUpdates.customer.0",
    ]);
    expect(issuesOf({ ...good, day: Int32Array.of(19844) })).toEqual([
      issue(["day", 0], "day is 19844, but the London day of at is 19845", 19844),
    ]);
    expect(issuesOf({ ...good, at: Float64Array.of(0), day: Int32Array.of(0) })).toEqual([
      issue(["at", 0], "at must be an instant in 2000–2100", 0),
    ]);
  });

  it("are refused for their shape before any row is read", () => {
    const plain = [at("2024-05-02T15:00:00Z")];
    expect(issuesOf({ ...good, at: plain })).toEqual([
      {
        code: "invalid_value",
        path: ["enquiryUpdates", "at"],
        message: "at must be a Float64Array of length 1",
        input: plain,
      },
    ]);
    expect(issuesOf({ ...good, place: Uint8Array.of(0) }).map((i) => i.message)).toEqual([
      "place must be an Int32Array of length 1",
    ]);
    expect(issuesOf({ ...good, length: -1 })).toEqual([
      {
        code: "invalid_value",
        path: ["enquiryUpdates", "length"],
        message: "length must be a whole number ≥ 0",
        input: -1,
      },
    ]);
    expect(issuesOf({ ...good, extra: { enquiry: [] } }).map((i) => i.path.join("."))).toEqual([
      "enquiryUpdates.extra",
    ]);
  });

  it("stop listing bad rows after 20 issues", () => {
    const n = 30;
    const many = {
      ...good,
      length: n,
      at: new Float64Array(n).fill(good.at[0]!),
      day: new Int32Array(n).fill(good.day[0]!),
      type: new Uint8Array(n).fill(7),
      outcome: new Uint8Array(n).fill(1),
    };
    const wide = {
      ...many,
      enquiry: new Int32Array(n),
      customer: new Int32Array(n).fill(-1),
      service: new Int32Array(n).fill(-1),
      place: new Int32Array(n).fill(-1),
    };
    expect(issuesOf(wide)).toHaveLength(21);
  });
});
