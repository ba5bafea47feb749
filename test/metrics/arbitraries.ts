import fc from "fast-check";
import type { Contact } from "../../src/schema/index.js";
import { CHANNEL_CODES, INTERACTION_CODES } from "../../src/taxonomy/index.js";

const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2024, 3, 30);

/** A contact with the fields the metrics read, some left out, over January to April 2024 (across the spring clock change, and close enough in time for re-contacts). */
export const contactArb: fc.Arbitrary<Contact> = fc
  .record(
    {
      id: fc.string({ minLength: 1, maxLength: 4 }),
      at: fc.integer({ min: FROM, max: TO }),
      channel: fc.constantFrom(...CHANNEL_CODES),
      direction: fc.constantFrom("inbound", "outbound"),
      serviceId: fc.constantFrom("missed-bin", "council-tax", "potholes", "unlisted", "__proto__"),
      interaction: fc.constantFrom(...INTERACTION_CODES),
      ward: fc.constantFrom("Abbey", "Castle", "constructor"),
      customerId: fc.constantFrom("c1", "c2", "__proto__"),
      answered: fc.boolean(),
      waitSeconds: fc.integer({ min: 0, max: 300 }),
      handleSeconds: fc.integer({ min: 0, max: 1200 }),
    },
    { requiredKeys: ["id", "at", "channel"] },
  )
  .map((c) => c as unknown as Contact);

export const contactsArb: fc.Arbitrary<Contact[]> = fc.array(contactArb, { maxLength: 40 });
