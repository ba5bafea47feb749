import { fc } from "@fast-check/vitest";
import { type Contact, parseContacts } from "../../src/schema/index.js";
import { CHANNEL_CODES, CONTACT_OUTCOME_CODES, DIRECTION_CODES, INTERACTION_CODES } from "../../src/taxonomy/index.js";

/** A few values that repeat (so that dictionaries share entries), or any non-empty string. */
const text = (...common: string[]): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom(...common), fc.string({ minLength: 1, maxLength: 5 }));

const row = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 6 }),
    // Any whole millisecond in 2000–2099: both sides of every clock change.
    at: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }),
    channel: fc.constantFrom(...CHANNEL_CODES),
    direction: fc.constantFrom(...DIRECTION_CODES),
    customerId: text("cust-1", "cust-2"),
    enquiryId: text("E-1", "E-2"),
    serviceId: text("missed-bin", "council-tax"),
    interaction: fc.constantFrom(...INTERACTION_CODES),
    outcome: fc.constantFrom(...CONTACT_OUTCOME_CODES),
    handleSeconds: fc.nat({ max: 100_000 }),
    waitSeconds: fc.nat({ max: 100_000 }),
    answered: fc.boolean(),
    uprn: fc.oneof(fc.constantFrom("10070", "20080"), fc.stringMatching(/^\d{1,12}$/)),
    ward: text("Abbey", "Castle"),
    note: fc.oneof(fc.constantFrom("", "any news on my bin"), fc.string({ maxLength: 8 })),
  },
  { requiredKeys: ["id", "at", "channel"] },
);

/** Random valid contacts with unique ids, every optional field present or absent, strings often shared. */
export const anyContacts: fc.Arbitrary<Contact[]> = fc
  .uniqueArray(row, { selector: (r) => r.id, maxLength: 25 })
  .map((rows) => parseContacts(rows));
