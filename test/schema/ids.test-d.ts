import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import {
  type Contact,
  type ContactId,
  type ContactInput,
  type Customer,
  type CustomerId,
  contactId,
  type contactSchema,
  customerId,
  type customerSchema,
  type EnquiryId,
  enquiryId,
  parseContact,
  type Service,
  type ServiceId,
  type serviceSchema,
  type Uprn,
  uprn,
} from "../../src/schema/index.js";

declare function closeEnquiry(id: EnquiryId): void;
declare function findCustomer(id: CustomerId): void;

describe("branded ids", () => {
  it("cannot be mixed up with each other or with plain strings", () => {
    closeEnquiry(enquiryId("E-1"));
    // @ts-expect-error a customer id is not an enquiry id
    closeEnquiry(customerId("cust-1"));
    // @ts-expect-error a plain string is not an enquiry id
    closeEnquiry("E-1");
    // @ts-expect-error a contact id is not a customer id
    findCustomer(contactId("c-1"));
    // @ts-expect-error a UPRN is not a customer id
    findCustomer(uprn("1"));
    expectTypeOf<ContactId>().not.toEqualTypeOf<ServiceId>();
    expectTypeOf<Uprn>().toExtend<string>();
  });

  it("are what a parsed contact carries", () => {
    const contact = parseContact({ id: "c-1", at: 0, channel: "sms", enquiryId: "E-1" });
    expectTypeOf(contact.id).toEqualTypeOf<ContactId>();
    expectTypeOf(contact.enquiryId).toEqualTypeOf<EnquiryId | undefined>();
    expectTypeOf(contact.at).toEqualTypeOf<number>();
  });
});

describe("schemas and types", () => {
  it("agree: the schemas output Contact, Customer and Service, and accept ContactInput", () => {
    expectTypeOf<z.output<typeof contactSchema>>().toEqualTypeOf<Contact>();
    expectTypeOf<z.output<typeof customerSchema>>().toEqualTypeOf<Customer>();
    expectTypeOf<z.output<typeof serviceSchema>>().toEqualTypeOf<Service>();
    expectTypeOf<ContactInput>().toExtend<z.input<typeof contactSchema>>();
  });

  it("Contact is readonly", () => {
    const contact = parseContact({ id: "c-1", at: 0, channel: "sms" });
    // @ts-expect-error contacts are readonly
    contact.at = 1;
  });
});
