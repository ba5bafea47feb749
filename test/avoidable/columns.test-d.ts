import { describe, expectTypeOf, it } from "vitest";
import {
  type AvoidableResult,
  type ColumnClassification,
  classifyColumns,
  compactResult,
  type EnquiryUpdate,
  type EnquiryUpdateColumns,
  type Ni14Result,
  ni14,
} from "../../src/avoidable/index.js";
import {
  type ContactColumns,
  checkContactColumns,
  contactColumns,
  parseContactColumns,
} from "../../src/contact/index.js";

declare const columns: ContactColumns;

describe("column types", () => {
  it("takes contact columns and returns typed arrays that compactResult and ni14 read", () => {
    expectTypeOf(contactColumns).returns.toEqualTypeOf<ContactColumns>();
    expectTypeOf(parseContactColumns).returns.toEqualTypeOf<ContactColumns>();
    expectTypeOf(classifyColumns(columns)).toEqualTypeOf<ColumnClassification>();
    expectTypeOf(classifyColumns(columns).rules).toEqualTypeOf<Uint8Array>();
    expectTypeOf(compactResult(classifyColumns(columns), 0)).toEqualTypeOf<AvoidableResult>();
    expectTypeOf(ni14(classifyColumns(columns))).toEqualTypeOf<Ni14Result>();
  });

  it("keeps the type of the columns it checks", () => {
    const tagged = { ...columns, source: "crm" as const };
    expectTypeOf(checkContactColumns(tagged)).toEqualTypeOf<typeof tagged>();
  });

  it("takes enquiry updates as objects or columns, and no locationOf", () => {
    expectTypeOf<EnquiryUpdate[]>().toMatchTypeOf<
      NonNullable<Parameters<typeof classifyColumns>[1]>["enquiryUpdates"]
    >();
    expectTypeOf<EnquiryUpdateColumns>().toMatchTypeOf<
      NonNullable<Parameters<typeof classifyColumns>[1]>["enquiryUpdates"]
    >();
    // @ts-expect-error -- the place column already holds each contact's place
    classifyColumns(columns, { locationOf: () => "x" });
  });
});
