import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  compareContacts,
  contactDay,
  contactDays,
  inContactOrder,
  outOfOrderError,
  sortContacts,
} from "../../src/contact/index.js";
import { ValidationError } from "../../src/schema/index.js";

const items = fc.array(
  fc.record({ at: fc.integer({ min: 0, max: 5 }), id: fc.constantFrom("a", "b", "c", "a1", "B") }),
);

describe("the library's order of contacts", () => {
  it("orders by time, then by id code unit by code unit", () => {
    expect(compareContacts({ id: "b", at: 1 }, { id: "a", at: 2 })).toBeLessThan(0);
    expect(compareContacts({ id: "b", at: 1 }, { id: "a", at: 1 })).toBeGreaterThan(0);
    expect(compareContacts({ id: "B", at: 1 }, { id: "a", at: 1 })).toBeLessThan(0);
    expect(compareContacts({ id: "a", at: 1 }, { id: "a", at: 1 })).toBe(0);
  });

  test.prop([items])(
    "sortContacts gives the same array whatever the input order, and leaves the input alone",
    (list) => {
      const before = JSON.stringify(list);
      const sorted = sortContacts(list);
      expect(JSON.stringify(list)).toBe(before);
      expect(sortContacts([...list].reverse()).map((x) => [x.at, x.id])).toEqual(sorted.map((x) => [x.at, x.id]));
      for (let i = 1; i < sorted.length; i++)
        expect(compareContacts(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
    },
  );

  it("recognises a history already in order, each strictly after the last", () => {
    const list = [
      { id: "a", at: 1 },
      { id: "b", at: 1 },
      { id: "a", at: 2 },
    ];
    expect(inContactOrder(list)).toBe(true);
    expect(sortContacts(list)).not.toBe(list);
    expect(
      inContactOrder([
        { id: "a", at: 1 },
        { id: "a", at: 1 },
      ]),
    ).toBe(false);
  });

  it("words a refusal of an item out of order", () => {
    const error = outOfOrderError({ id: "c-1", at: 5 }, { id: "c-2", at: 9 });
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues).toEqual([
      {
        code: "invalid_value",
        path: ["at"],
        message: "c-1 comes before or with c-2, given earlier: give items in order of at, then id",
        input: 5,
      },
    ]);
  });
});

describe("contactDays", () => {
  it("gives London days: 23:30 UTC in June is the next day, in December the same day", () => {
    const june = Date.UTC(2024, 5, 16, 23, 30);
    const december = Date.UTC(2024, 11, 16, 23, 30);
    // 2024-06-17 is day 19891 since 1970-01-01; 2024-12-16 is day 20073.
    expect(
      Array.from(
        contactDays([
          { id: "a", at: june },
          { id: "b", at: december },
        ] as never),
      ),
    ).toEqual([19891, 20073]);
    expect(contactDay({ id: "a", at: june } as never)).toBe(19891);
  });

  it("lists every contact without an id or a supported time", () => {
    try {
      contactDays([
        { id: "", at: 0 },
        { id: "b", at: "x" },
        { id: 7, at: Date.UTC(2101, 0, 1) },
      ] as never);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((issue) => `${issue.code} ${issue.path.join(".")}`)).toEqual([
        "too_small 0.id",
        "invalid_value 0.at",
        "invalid_type 1.at",
        "invalid_type 2.id",
        "invalid_value 2.at",
      ]);
    }
    expect(() => contactDay({ id: "a", at: Number.POSITIVE_INFINITY } as never)).toThrow(ValidationError);
  });
});
