import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  AVOIDABLE_RULE_IDS,
  type ColumnClassification,
  type CompactClassification,
  classifyColumns,
  classifyContacts,
  classifyContactsCompact,
  compactResult,
  type EnquiryUpdate,
  enquiryUpdateColumns,
  LABELLED_NOTES,
  trainTextModel,
} from "../../src/avoidable/index.js";
import { contactColumns, type LocationOf, sortContacts } from "../../src/contact/index.js";
import { ENQUIRY_OUTCOMES } from "../../src/enquiry/index.js";
import { type Contact, ValidationError } from "../../src/schema/index.js";
import { classifierOptions, contactHistory } from "./arbitraries.js";
import { at, history, MISSED_BIN } from "./history.js";

const textModel = trainTextModel(LABELLED_NOTES);

/** Updates naming the history's enquiries and one no contact names (E9), some with a customer, service or place no contact has. */
const updates = fc.array(
  fc.record(
    {
      enquiryId: fc.constantFrom("E1", "E2", "E3", "E4", "E9"),
      at: fc.integer({ min: 0, max: 240 }).map((k) => Date.UTC(2024, 2, 20) + k * 6 * 3_600_000),
      type: fc.constantFrom("opened" as const, "closed" as const),
      outcome: fc.constantFrom(...ENQUIRY_OUTCOMES),
      customerId: fc.constantFrom("a", "z"),
      serviceId: fc.constantFrom("missed-bin", "street-lights"),
      uprn: fc.constantFrom("1", "9", ""),
    },
    { requiredKeys: ["enquiryId", "at", "type", "outcome"] },
  ),
  { maxLength: 8 },
) as fc.Arbitrary<EnquiryUpdate[]>;

/** A place other than the UPRN, so that the place column is not the uprn column: P0 or P1 by the UPRN's parity. */
const byParity: LocationOf = (c) => (c.uprn === undefined ? undefined : `P${Number(c.uprn) % 2}`);

/** The decisions of a compact classification, with each enquiry as its id rather than a code. */
function decisions(compact: CompactClassification | ColumnClassification): unknown[] {
  const enquiryId = (code: number): string | undefined => {
    if ("enquiryIds" in compact) return compact.enquiryIds[code];
    const { values } = compact.columns.enquiry;
    return code < 0 ? undefined : code < values.length ? values[code] : compact.updateEnquiries[code - values.length];
  };
  const { rules, reasons, evidence, days, outcomes, probabilities, enquiries } = compact;
  return [rules, reasons, evidence, days, outcomes, probabilities, Array.from(enquiries, enquiryId)];
}

describe("classifyColumns: laws", () => {
  test.prop([contactHistory, updates, classifierOptions, fc.boolean(), fc.boolean(), fc.boolean()], { numRuns: 100 })(
    "classifyColumns(contactColumns(h)) = classifyContactsCompact(h), decision by decision and result by result, rows in order or not",
    (contacts, enquiryUpdates, base, sorted, withText, byPlace) => {
      const h = sorted ? sortContacts(contacts) : contacts;
      const options = { ...base, enquiryUpdates, ...(withText ? { textModel } : {}) };
      const columns = byPlace ? contactColumns(h, { locationOf: byParity }) : contactColumns(h);
      const fromColumns = classifyColumns(columns, options);
      const fromObjects = classifyContactsCompact(h, byPlace ? { ...options, locationOf: byParity } : options);
      expect(decisions(fromColumns)).toEqual(decisions(fromObjects));
      expect(h.map((_, i) => compactResult(fromColumns, i))).toEqual(h.map((_, i) => compactResult(fromObjects, i)));
    },
  );

  test.prop([contactHistory, updates, classifierOptions])(
    "enquiry updates as objects or as enquiryUpdateColumns give the same classification",
    (contacts, enquiryUpdates, options) => {
      const columns = contactColumns(contacts);
      const asObjects = classifyColumns(columns, { ...options, enquiryUpdates });
      const asColumns = classifyColumns(columns, {
        ...options,
        enquiryUpdates: enquiryUpdateColumns(enquiryUpdates, columns),
      });
      expect(asColumns).toEqual(asObjects);
      expect(classifyColumns(columns, options)).toEqual(classifyColumns(columns, { ...options, enquiryUpdates: [] }));
    },
  );

  test.prop([contactHistory, updates])(
    "classifying leaves the columns and the updates as they were",
    (contacts, enquiryUpdates) => {
      const columns = contactColumns(contacts);
      const before = JSON.stringify([
        contacts,
        enquiryUpdates,
        Array.from(columns.at),
        Array.from(columns.customer.codes),
        columns.enquiry.values,
      ]);
      const classification = classifyColumns(columns, { enquiryUpdates });
      expect(classification.columns).toBe(columns);
      expect(
        JSON.stringify([
          contacts,
          enquiryUpdates,
          Array.from(columns.at),
          Array.from(columns.customer.codes),
          columns.enquiry.values,
        ]),
      ).toBe(before);
    },
  );
});

describe("classifyColumns", () => {
  const contacts = history([
    MISSED_BIN,
    {
      id: "c2",
      at: "2024-05-03T10:00:00Z",
      customerId: "cust-1",
      serviceId: "missed-bin",
      enquiryId: "E-1",
      interaction: "chase",
    },
  ]);
  const columns = contactColumns(contacts);

  it("classifies a history in columns into one decision per row", () => {
    // c1 reports a missed bin (value); c2 chases it two days later, citing c1.
    const classification = classifyColumns(columns);
    expect(Array.from(classification.rules, (rule) => AVOIDABLE_RULE_IDS[rule])).toEqual([
      "no-rule",
      "chase-interaction",
    ]);
    expect(Array.from(classification.reasons)).toEqual([0, 1]);
    expect(Array.from(classification.evidence)).toEqual([-1, -1, 0, -1]);
    expect(Array.from(classification.days)).toEqual([0, 2]);
    expect(Array.from(classification.enquiries)).toEqual([-1, 0]);
    expect(classification.probabilities).toHaveLength(0);
    expect(classification.updateEnquiries).toEqual([]);
  });

  it("refuses locationOf, which the place column already applied, with a RangeError", () => {
    expect(() => classifyColumns(columns, { locationOf: () => "x" } as never)).toThrow(
      new RangeError(
        "locationOf does not apply to columns: build their place column with contactColumns(contacts, { locationOf })",
      ),
    );
  });

  it("refuses an option out of range with a RangeError naming it", () => {
    expect(() => classifyColumns(columns, { failureWindowDays: -1 })).toThrow(
      new RangeError("failureWindowDays must be a whole number of days ≥ 0, got -1"),
    );
    expect(() => classifyColumns(columns, { enquiryUpdates: "none" as never })).toThrow(
      new RangeError('enquiryUpdates must be an array of updates or enquiryUpdateColumns, got "none"'),
    );
  });

  it("checks the columns first", () => {
    expect(() => classifyColumns({ ...columns, channel: Uint8Array.of(2) })).toThrow(ValidationError);
    expect(() => classifyColumns({ ...columns, customer: { codes: Int32Array.of(0, 5), values: ["cust-1"] } })).toThrow(
      ValidationError,
    );
  });

  it("refuses two rows with the same id and time, wherever they are, naming the later row", () => {
    const twice = (rows: readonly Contact[]) => {
      try {
        classifyColumns(contactColumns(rows));
        return expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).issues;
      }
    };
    const [c1, c2] = contacts as [Contact, Contact];
    expect(twice([c1, c1])).toEqual([
      {
        code: "duplicate",
        path: ["id", 1],
        message: "contact c1 appears twice at the same time (rows 0 and 1)",
        input: "c1",
      },
    ]);
    expect(twice([c2, c1, c2])).toEqual([
      {
        code: "duplicate",
        path: ["id", 2],
        message: "contact c2 appears twice at the same time (rows 0 and 2)",
        input: "c2",
      },
    ]);
    // The same id at another time is another contact, as for objects.
    expect(classifyColumns(contactColumns([c1, { ...c1, at: c2.at }])).rules).toHaveLength(2);
  });

  it("refuses update columns that do not fit the contact columns with a ValidationError", () => {
    const good = enquiryUpdateColumns(
      [{ enquiryId: "E-1", at: at("2024-05-02T15:00:00Z"), type: "closed", outcome: "fixed" }],
      columns,
    );
    expect(() => classifyColumns(columns, { enquiryUpdates: { ...good, enquiry: Int32Array.of(3) } })).toThrow(
      ValidationError,
    );
    expect(() => classifyColumns(columns, { enquiryUpdates: { ...good, type: Uint8Array.of(2) } })).toThrow(
      ValidationError,
    );
  });
});

describe("classifyColumns with a text model", () => {
  // The model of textModel.test.ts, worked by hand: P(bin | chasing) = 3/12, P(bin | value) = 1/10, so "Bin" reads as
  // progress-chasing with 0.25 / 0.35 = 0.714; P(pay | value) = 2/10, P(pay | chasing) = 1/12: "pay" reads as value
  // with 0.2 / (0.2 + 1/12) = 0.706.
  const tiny = trainTextModel([
    { text: "bin bin late", label: "progress-chasing" },
    { text: "pay bill", label: "value" },
  ]);
  const notes = history([
    {
      id: "c1",
      at: "2024-05-01T09:00:00Z",
      customerId: "cust-1",
      serviceId: "missed-bin",
      interaction: "chase",
      note: "pay bill",
    },
    { id: "c2", at: "2024-05-01T10:00:00Z", note: "Bin" },
    { id: "c3", at: "2024-05-01T11:00:00Z", note: "pay" },
    { id: "c4", at: "2024-05-01T12:00:00Z", channel: "letter", direction: "outbound", note: "bin" },
    { id: "c5", at: "2024-05-01T13:00:00Z" },
  ]);
  const columns = contactColumns(notes);

  it("reads the note column where no rule fires", () => {
    const classification = classifyColumns(columns, { textModel: tiny });
    expect(Array.from(classification.rules, (rule) => AVOIDABLE_RULE_IDS[rule])).toEqual([
      "chase-interaction",
      "text-note",
      "text-note",
      "outbound",
      "no-rule",
    ]);
    expect(Array.from(classification.reasons)).toEqual([1, 1, 0, 0, 0]);
    expect(classification.probabilities[1]).toBeCloseTo(0.25 / 0.35, 12);
    expect(classification.probabilities[2]).toBeCloseTo(0.2 / (0.2 + 1 / 12), 12);
    expect([classification.probabilities[0], classification.probabilities[4]]).toEqual([0, 0]);
    expect(compactResult(classification, 1).explanation).toBe(
      "Avoidable: no rule fired; the note reads as progress-chasing (naive Bayes, probability 0.71).",
    );
  });

  it("reads the column itself: swapping two notes in the dictionary swaps their readings", () => {
    const values = [...columns.note.values];
    const [bin, pay] = [values.indexOf("Bin"), values.indexOf("pay")];
    [values[bin], values[pay]] = [values[pay]!, values[bin]!];
    const swapped = classifyColumns({ ...columns, note: { codes: columns.note.codes, values } }, { textModel: tiny });
    expect(Array.from(swapped.reasons.subarray(1, 3))).toEqual([0, 1]);
    expect(swapped.probabilities[1]).toBeCloseTo(0.2 / (0.2 + 1 / 12), 12);
  });

  it("gives the results classifyContacts gives", () => {
    const classification = classifyColumns(columns, { textModel: tiny, textMinProbability: 0.71 });
    expect(notes.map((_, i) => compactResult(classification, i))).toEqual(
      classifyContacts(notes, { textModel: tiny, textMinProbability: 0.71 }),
    );
    expect(AVOIDABLE_RULE_IDS[classification.rules[2]!]).toBe("no-rule");
  });
});
