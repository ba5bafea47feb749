import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  contactId,
  contactJsonSchema,
  customerId,
  customerJsonSchema,
  enquiryId,
  formatInstant,
  parseContact,
  parseContacts,
  parseCustomer,
  parseInstant,
  parseService,
  safeParseContact,
  safeParseContacts,
  safeParseCustomer,
  safeParseService,
  serializeContact,
  serviceId,
  serviceJsonSchema,
  uprn,
  ValidationError,
} from "../../src/schema/index.js";
import { corrupted, expectTypedOutcome, FUZZ_RUNS, hostile } from "./hostile.js";

const TYPED = [RangeError, ValidationError];
const contact = { id: "c-1", at: "2024-07-01T10:00:00+01:00", channel: "telephone", handleSeconds: 5, uprn: "10070" };
const customer = parseCustomer({ id: "k-1" });
const service = parseService({ id: "bins", label: "Bins", cluster: "waste" });

/** Every public function of the schema module that takes input, with one argument hostile. */
const ONE_ARGUMENT: readonly [string, (x: unknown) => unknown][] = [
  ["contactId", (x) => contactId(x as never)],
  ["customerId", (x) => customerId(x as never)],
  ["enquiryId", (x) => enquiryId(x as never)],
  ["serviceId", (x) => serviceId(x as never)],
  ["uprn", (x) => uprn(x as never)],
  ["parseInstant", (x) => parseInstant(x as never)],
  ["formatInstant", (x) => formatInstant(x as never)],
  ["parseContact", parseContact],
  ["parseContacts", parseContacts],
  ["parseContacts([x])", (x) => parseContacts([x])],
  ["parseCustomer", parseCustomer],
  ["parseService", parseService],
  ["serializeContact", (x) => serializeContact(x as never)],
];

describe("schema under hostile input", () => {
  it.each(ONE_ARGUMENT)("%s returns or throws a RangeError or ValidationError, never a TypeError", (_, run) => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => run(x), [x], TYPED);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it.each([
    ["safeParseContact", safeParseContact, corrupted(contact)],
    ["safeParseContacts", safeParseContacts, fc.array(corrupted(contact), { maxLength: 3 })],
    ["safeParseCustomer", safeParseCustomer, corrupted(customer)],
    ["safeParseService", safeParseService, corrupted(service)],
  ] as const)("%s never throws, on hostile values or a record with one field corrupted", (_, safeParse, records) => {
    fc.assert(
      fc.property(fc.oneof(hostile, records), (x) => {
        const result = expectTypedOutcome(() => safeParse(x), [x], []) as { success: boolean };
        expect(result.success).toBeTypeOf("boolean");
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("writes JSON Schemas without input", () => {
    for (const schema of [contactJsonSchema(), customerJsonSchema(), serviceJsonSchema()])
      expect(schema.type).toBe("object");
  });
});
