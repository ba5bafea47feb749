import { describe, expectTypeOf, it } from "vitest";
import {
  type ContactGroup,
  type ContactRelation,
  groupContacts,
  relationKey,
  sortContacts,
} from "../../src/contact/index.js";
import type { Contact, ContactId } from "../../src/schema/index.js";

describe("contact types", () => {
  it("keeps the type of what it sorts, and names relations by their codes", () => {
    expectTypeOf(sortContacts<Contact>([])).toEqualTypeOf<Contact[]>();
    expectTypeOf<ContactRelation>().toEqualTypeOf<"customer" | "enquiry" | "customer-service" | "location-service">();
    expectTypeOf<ContactGroup["contactIds"]>().toEqualTypeOf<readonly ContactId[]>();
    expectTypeOf(relationKey).returns.toEqualTypeOf<string | undefined>();
    // @ts-expect-error -- "ward" is not a relation
    groupContacts([], { by: "ward" });
  });
});
