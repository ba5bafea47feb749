import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  columnContact,
  contactColumns,
  contactsFromColumns,
  normaliseAddress,
  serializeContactColumns,
} from "../../src/contact/index.js";
import { type Contact, ValidationError } from "../../src/schema/index.js";
import { anyContacts } from "./columnArbitraries.js";
import { THREE_CONTACTS } from "./columnHistory.js";

const contacts = THREE_CONTACTS;

describe("contactColumns", () => {
  const columns = contactColumns(contacts);

  it("keeps ids, instants and London days, crossing the start of British Summer Time", () => {
    expect(columns.length).toBe(3);
    expect(columns.id).toEqual(["c-1", "c-2", "c-3"]);
    expect(columns.at).toBeInstanceOf(Float64Array);
    expect(Array.from(columns.at)).toEqual([
      Date.UTC(2024, 2, 30, 23, 30),
      Date.UTC(2024, 2, 31, 23, 30),
      Date.UTC(2024, 3, 1, 10),
    ]);
    expect(columns.day).toBeInstanceOf(Int32Array);
    expect(Array.from(columns.day)).toEqual([19812, 19814, 19814]);
  });

  it("codes channels by position in CHANNEL_CODES, and directions, interactions and outcomes by position plus one, 0 for none", () => {
    // telephone 2, letter 9, web-form 4; inbound 1, outbound 2; chase 3, report 10; referred 2.
    expect(
      [columns.channel, columns.direction, columns.interaction, columns.outcome, columns.answered].every(
        (c) => c instanceof Uint8Array,
      ),
    ).toBe(true);
    expect(Array.from(columns.channel)).toEqual([2, 9, 4]);
    expect(Array.from(columns.direction)).toEqual([0, 2, 1]);
    expect(Array.from(columns.interaction)).toEqual([10, 0, 3]);
    expect(Array.from(columns.outcome)).toEqual([2, 0, 0]);
  });

  it("dictionary-encodes each string column in first-seen order, -1 where a contact has none", () => {
    const decoded = (name: "customer" | "enquiry" | "service" | "uprn" | "ward" | "note") => [
      Array.from(columns[name].codes),
      columns[name].values,
    ];
    expect(columns.customer.codes).toBeInstanceOf(Int32Array);
    expect(decoded("customer")).toEqual([
      [0, 1, 0],
      ["cust-1", "cust-2"],
    ]);
    expect(decoded("enquiry")).toEqual([[-1, -1, 0], ["E-1"]]);
    expect(decoded("service")).toEqual([
      [0, 1, 0],
      ["missed-bin", "council-tax"],
    ]);
    expect(decoded("uprn")).toEqual([
      [0, 1, 0],
      ["10070", "20080"],
    ]);
    expect(decoded("ward")).toEqual([[-1, 0, -1], ["Abbey"]]);
    expect(decoded("note")).toEqual([[-1, -1, 0], ["any news?"]]);
    expect(columns.place).toBe(columns.uprn);
  });

  it("keeps seconds with -1 for none (0 is a time), and answered as 2 yes, 1 no, 0 not recorded", () => {
    expect(columns.handleSeconds).toBeInstanceOf(Float64Array);
    expect(Array.from(columns.handleSeconds)).toEqual([300, -1, -1]);
    expect(Array.from(columns.waitSeconds)).toEqual([-1, -1, 0]);
    expect(Array.from(columns.answered)).toEqual([2, 0, 1]);
  });

  it("builds the place column from locationOf (a normalised address; an empty string or undefined is none), leaving uprn alone", () => {
    const addresses = new Map([
      ["c-1", "14 Station Rd, Leeds"],
      ["c-2", "14, Station Road, LEEDS"],
    ]);
    const byAddress = contactColumns(contacts, { locationOf: (c) => normaliseAddress(addresses.get(c.id) ?? "") });
    expect([Array.from(byAddress.place.codes), byAddress.place.values]).toEqual([
      [0, 0, -1],
      ["14 STATION ROAD LEEDS"],
    ]);
    expect([Array.from(byAddress.uprn.codes), byAddress.uprn.values]).toEqual([
      [0, 1, 0],
      ["10070", "20080"],
    ]);
    expect(byAddress.place).not.toBe(byAddress.uprn);
    const sparse = contactColumns(contacts, { locationOf: (c) => (c.id === "c-2" ? "Town Hall" : undefined) });
    expect([Array.from(sparse.place.codes), sparse.place.values]).toEqual([[-1, 0, -1], ["Town Hall"]]);
  });

  it("refuses a locationOf that is not a function, or that gives something other than a string, with a RangeError naming it", () => {
    expect(() => contactColumns(contacts, { locationOf: 5 as never })).toThrow(
      new RangeError("locationOf must be a function, got 5"),
    );
    expect(() =>
      contactColumns(contacts, { locationOf: ((c: Contact) => (c.id === "c-2" ? 14 : "x")) as never }),
    ).toThrow(
      new RangeError('locationOf must be a function returning a string or undefined, got 14 for contact "c-2"'),
    );
  });

  it("gives empty columns for an empty history", () => {
    const empty = contactColumns([]);
    expect([empty.length, empty.id, empty.at.length, empty.customer.values, empty.note.codes.length]).toEqual([
      0,
      [],
      0,
      [],
      0,
    ]);
  });

  it("lists every field of every contact that no column can hold, in row order, and builds nothing", () => {
    const rows = [
      { id: "ok", at: Date.UTC(2024, 4, 1), channel: "email" },
      { id: "", at: 0, channel: "fax", customerId: 7, handleSeconds: -5 },
      {
        id: "x",
        at: Date.UTC(2024, 4, 1),
        channel: "sms",
        direction: "sideways",
        interaction: "gossip",
        outcome: "lost",
        waitSeconds: 1.5,
        answered: "yes",
        note: 3,
      },
    ];
    try {
      contactColumns(rows as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((issue) => `${issue.code} ${issue.path.join(".")}`)).toEqual([
        "too_small 1.id",
        "invalid_value 1.at",
        "invalid_value 1.channel",
        "invalid_type 1.customerId",
        "invalid_value 1.handleSeconds",
        "invalid_value 2.direction",
        "invalid_value 2.interaction",
        "invalid_value 2.outcome",
        "invalid_type 2.note",
        "invalid_value 2.waitSeconds",
        "invalid_type 2.answered",
      ]);
      expect((error as ValidationError).issues[2]).toMatchObject({
        message: expect.stringMatching(
          /^unknown channel "fax": expected one of face-to-face, one-stop-shop, telephone/,
        ),
        input: "fax",
      });
    }
  });

  it("leaves the contacts as they were", () => {
    const before = JSON.stringify(contacts);
    contactColumns(Object.freeze(contacts.map((c) => Object.freeze({ ...c }))));
    expect(JSON.stringify(contacts)).toBe(before);
  });
});

describe("columnContact and contactsFromColumns", () => {
  const columns = contactColumns(contacts);

  it("gives back one row as the contact it was, with only the fields it has", () => {
    expect(columnContact(columns, 1)).toStrictEqual({
      id: "c-2",
      at: Date.UTC(2024, 2, 31, 23, 30),
      channel: "letter",
      direction: "outbound",
      customerId: "cust-2",
      serviceId: "council-tax",
      uprn: "20080",
      ward: "Abbey",
    });
    expect(columnContact(columns, 2)).toStrictEqual(contacts[2]);
  });

  it.each([-1, 3, 0.5, Number.NaN])("refuses row %d with a RangeError", (i) => {
    expect(() => columnContact(columns, i)).toThrow(new RangeError(`i must be a row in 0–2, got ${i}`));
  });

  it("leaves the columns as they were", () => {
    const before = JSON.stringify(serializeContactColumns(columns));
    contactsFromColumns(columns);
    columnContact(columns, 0);
    expect(JSON.stringify(serializeContactColumns(columns))).toBe(before);
  });

  it("ignores the place column, which is not a field of a contact", () => {
    const byWard = contactColumns(contacts, { locationOf: (c) => c.ward });
    expect(contactsFromColumns(byWard)).toStrictEqual(contacts);
  });

  test.prop([anyContacts])("round trip: contactsFromColumns(contactColumns(h)) deep-equals h", (history) => {
    expect(contactsFromColumns(contactColumns(history))).toStrictEqual(history);
  });

  test.prop([anyContacts])(
    "each dictionary holds each value once, and a row's code points at its value (codes[i] = values.indexOf(field))",
    (history) => {
      const columns = contactColumns(history);
      const fields = [
        ["customer", "customerId"],
        ["enquiry", "enquiryId"],
        ["service", "serviceId"],
        ["uprn", "uprn"],
        ["ward", "ward"],
        ["note", "note"],
      ] as const;
      for (const [name, field] of fields) {
        const { codes, values } = columns[name];
        expect(new Set(values).size).toBe(values.length);
        history.forEach((contact, i) => {
          expect(codes[i]).toBe(contact[field] === undefined ? -1 : values.indexOf(contact[field]));
        });
      }
    },
  );
});

describe("contactColumns: a property over random histories", () => {
  it("the day column is the London day of at (checked against Intl's Europe/London)", () => {
    const london = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/London",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    fc.assert(
      fc.property(anyContacts, (history) => {
        const columns = contactColumns(history);
        history.forEach((contact, i) => {
          expect(columns.day[i]).toBe(Date.parse(`${london.format(contact.at)}T00:00:00Z`) / 86_400_000);
        });
      }),
      { numRuns: 100 },
    );
  });
});
