import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkContactColumns,
  columnContact,
  compareContacts,
  contactColumns,
  contactDay,
  contactDays,
  contactsFromColumns,
  createContactIndex,
  groupContacts,
  inContactOrder,
  normaliseAddress,
  outOfOrderError,
  parseContactColumns,
  relationKey,
  safeParseContactColumns,
  serializeContactColumns,
  sortContacts,
  uprnLocation,
} from "../../src/contact/index.js";
import { type Contact, parseContacts, ValidationError } from "../../src/schema/index.js";
import { corrupted, expectTypedOutcome, FUZZ_RUNS, hostile } from "./hostile.js";

const TYPED = [RangeError, ValidationError];
const contacts: Contact[] = parseContacts([
  { id: "c-1", at: "2024-05-01T09:00:00+01:00", channel: "telephone", customerId: "k-1", serviceId: "bins", uprn: "1" },
  { id: "c-2", at: "2024-05-02T09:00:00+01:00", channel: "email", customerId: "k-1", serviceId: "bins", note: "again" },
]);
const contact = contacts[0]!;
const columns = contactColumns(contacts);
const serialized = serializeContactColumns(columns);

/** Every public function of the contact module that takes input, with one argument hostile. */
const ONE_ARGUMENT: readonly [string, (x: unknown) => unknown][] = [
  ["checkContactColumns", (x) => checkContactColumns(x as never)],
  ["parseContactColumns", parseContactColumns],
  ["compareContacts(a)", (x) => compareContacts(x as never, contact)],
  ["compareContacts(b)", (x) => compareContacts(contact, x as never)],
  ["outOfOrderError", (x) => outOfOrderError(x as never, contact)],
  ["contactColumns(contacts)", (x) => contactColumns(x as never)],
  ["contactColumns([x])", (x) => contactColumns([x] as never)],
  ["contactColumns(options)", (x) => contactColumns(contacts, x as never)],
  ["contactColumns(locationOf)", (x) => contactColumns(contacts, { locationOf: x as never })],
  ["contactDay", (x) => contactDay(x as never)],
  ["contactDays", (x) => contactDays(x as never)],
  ["contactDays([x])", (x) => contactDays([x] as never)],
  ["columnContact(columns)", (x) => columnContact(x as never, 0)],
  ["columnContact(i)", (x) => columnContact(columns, x as never)],
  ["contactsFromColumns", (x) => contactsFromColumns(x as never)],
  ["createContactIndex", (x) => createContactIndex(x as never)],
  ["createContactIndex().add", (x) => createContactIndex({ by: "customer", windowDays: 7 }).add(x as never)],
  ["groupContacts(contacts)", (x) => groupContacts(x as never, { by: "customer" })],
  ["groupContacts([x])", (x) => groupContacts([x] as never, { by: "customer" })],
  ["groupContacts(options)", (x) => groupContacts(contacts, x as never)],
  ["normaliseAddress", (x) => normaliseAddress(x as never)],
  ["relationKey(contact)", (x) => relationKey(x as never, "customer")],
  ["relationKey(relation)", (x) => relationKey(contact, x as never)],
  ["uprnLocation", (x) => uprnLocation(x as never)],
  ["serializeContactColumns", (x) => serializeContactColumns(x as never)],
  ["sortContacts", (x) => sortContacts(x as never)],
  ["sortContacts([x, contact])", (x) => sortContacts([x, contact] as never)],
  ["inContactOrder", (x) => inContactOrder(x as never)],
];

describe("contact under hostile input", () => {
  it.each(ONE_ARGUMENT)("%s returns or throws a RangeError or ValidationError, never a TypeError", (_, run) => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => run(x), [x], TYPED);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it.each([
    ["contactColumns", (x: unknown) => contactColumns([x] as never)],
    ["contactDay", (x: unknown) => contactDay(x as never)],
    ["groupContacts", (x: unknown) => groupContacts([contact, x] as never, { by: "customer-service" })],
    ["sortContacts", (x: unknown) => sortContacts([x, contact] as never)],
  ])("%s on a contact with one field corrupted gives a typed outcome", (_, run) => {
    fc.assert(
      fc.property(corrupted(contact), (x) => {
        expectTypedOutcome(() => run(x), [x], TYPED);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("safeParseContactColumns never throws, on hostile values or columns with one column corrupted", () => {
    fc.assert(
      fc.property(fc.oneof(hostile, corrupted(serialized), corrupted(columns)), (x) => {
        const result = expectTypedOutcome(() => safeParseContactColumns(x), [x], []) as { success: boolean };
        expect(result.success).toBeTypeOf("boolean");
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("refuses a sparse list with the ValidationError contactColumns promises, and a BigInt column as success: false", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the input under test
    expect(() => contactColumns([, contact] as never)).toThrow(ValidationError);
    expect(safeParseContactColumns({ ...serialized, at: [10n, 11n] }).success).toBe(false);
  });
});
