import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { createContactIndex, groupContacts } from "../../src/contact/index.js";
import { parseContacts, ValidationError } from "../../src/schema/index.js";

const contacts = parseContacts([
  {
    id: "a",
    at: "2024-05-01T09:00:00Z",
    channel: "telephone",
    customerId: "c1",
    serviceId: "missed-bin",
    uprn: "10070",
  },
  {
    id: "b",
    at: "2024-05-03T09:00:00Z",
    channel: "web-form",
    customerId: "c2",
    serviceId: "missed-bin",
    uprn: "10070",
  },
  {
    id: "c",
    at: "2024-05-31T22:30:00Z",
    channel: "web-form",
    customerId: "c1",
    serviceId: "missed-bin",
    uprn: "10070",
  },
  { id: "d", at: "2024-05-03T10:00:00Z", channel: "email", customerId: "c1", serviceId: "council-tax" },
  { id: "e", at: "2024-05-04T10:00:00Z", channel: "email" },
]);

const history = fc
  .array(
    fc.record(
      {
        day: fc.integer({ min: 0, max: 60 }),
        customerId: fc.constantFrom("x", "y", "z"),
        serviceId: fc.constantFrom("s1", "s2"),
        uprn: fc.constantFrom("1", "2"),
      },
      { requiredKeys: ["day"] },
    ),
    { maxLength: 30 },
  )
  .map((rows) =>
    parseContacts(
      rows.map(({ day, ...row }, i) => ({
        ...row,
        id: `k${i}`,
        at: Date.UTC(2024, 0, 1, 12) + day * 86_400_000,
        channel: "telephone" as const,
      })),
    ),
  );

describe("groupContacts", () => {
  it("groups by place and service into episodes of contacts at most windowDays London days apart", () => {
    // c is at 23:30 BST on 31 May: 28 London days after b (3 May), and so in b's episode.
    expect(
      groupContacts(contacts, { by: "location-service", windowDays: 28 }).groups.map((group) => group.contactIds),
    ).toEqual([["a", "b", "c"]]);
    expect(
      groupContacts(contacts, { by: "location-service", windowDays: 27 }).groups.map((group) => group.contactIds),
    ).toEqual([["a", "b"], ["c"]]);
  });

  it("groups by customer with no window, keeping first and last times and the ungrouped contacts", () => {
    const { groups, ungrouped } = groupContacts(contacts.slice().reverse(), { by: "customer" });
    expect(groups).toEqual([
      {
        key: "c1",
        contactIds: ["a", "d", "c"],
        first: Date.parse("2024-05-01T09:00:00Z"),
        last: Date.parse("2024-05-31T22:30:00Z"),
      },
      {
        key: "c2",
        contactIds: ["b"],
        first: Date.parse("2024-05-03T09:00:00Z"),
        last: Date.parse("2024-05-03T09:00:00Z"),
      },
    ]);
    expect(ungrouped).toEqual(["e"]);
  });

  test.prop([
    history,
    fc.integer({ min: 0, max: 10 }),
    fc.constantFrom("customer", "customer-service", "location-service" as const),
  ])("every contact is in exactly one group or ungrouped, whatever the input order", (list, windowDays, by) => {
    const { groups, ungrouped } = groupContacts(list, { by, windowDays });
    const all = [...groups.flatMap((group) => group.contactIds), ...ungrouped];
    expect(all.slice().sort()).toEqual(list.map((contact) => contact.id).sort());
    expect(groupContacts(list.slice().reverse(), { by, windowDays })).toEqual({ groups, ungrouped });
  });

  it("refuses a bad window or contact", () => {
    expect(() => groupContacts(contacts, { by: "customer", windowDays: -1 })).toThrow(
      new RangeError("windowDays must be a whole number of days ≥ 0 (or Infinity), got -1"),
    );
    expect(() => groupContacts([{ ...contacts[0]!, at: Number.NaN }], { by: "customer" })).toThrow(ValidationError);
  });
});

describe("createContactIndex", () => {
  test.prop([history, fc.integer({ min: 0, max: 10 })])(
    "returns for each contact exactly the earlier related contacts within the window (a nested loop agrees)",
    (list, windowDays) => {
      const sorted = list.slice().sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
      const index = createContactIndex({ by: "customer-service", windowDays });
      sorted.forEach((contact, i) => {
        const expected = sorted
          .slice(0, i)
          .filter(
            (earlier) =>
              earlier.customerId !== undefined &&
              earlier.customerId === contact.customerId &&
              earlier.serviceId === contact.serviceId &&
              (contact.at - earlier.at) / 86_400_000 <= windowDays,
          )
          .map((earlier) => earlier.id);
        expect(index.add(contact)).toEqual(
          contact.customerId === undefined || contact.serviceId === undefined ? [] : expected,
        );
      });
    },
  );

  it("forgets contacts as they leave the window, so it holds at most one and a half windows", () => {
    const index = createContactIndex({ by: "customer", windowDays: 4 });
    const days = parseContacts(
      Array.from({ length: 30 }, (_, i) => ({
        id: `d${String(i).padStart(2, "0")}`,
        at: Date.UTC(2024, 0, 1 + i, 12),
        channel: "email" as const,
        customerId: "c",
      })),
    );
    for (const contact of days) {
      index.add(contact);
      expect(index.size).toBeLessThanOrEqual(4 + 1 + 2);
    }
    expect(createContactIndex({ by: "enquiry", windowDays: 1 }).add(days[0]!)).toEqual([]);
  });

  it("refuses a contact out of order and changes nothing", () => {
    const index = createContactIndex({ by: "customer", windowDays: 7 });
    index.add(contacts[1]!);
    expect(() => index.add(contacts[0]!)).toThrow(ValidationError);
    expect(index.size).toBe(1);
    expect(() => createContactIndex({ by: "customer", windowDays: 1.5 })).toThrow(RangeError);
  });

  it("places contacts with locationOf", () => {
    const index = createContactIndex({
      by: "location-service",
      windowDays: 7,
      locationOf: (contact) => (contact.id === "d" ? undefined : "HERE"),
    });
    expect(index.add(contacts[0]!)).toEqual([]);
    expect(index.add(contacts[1]!)).toEqual(["a"]);
  });
});
