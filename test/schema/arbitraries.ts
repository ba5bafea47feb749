import { fc } from "@fast-check/vitest";
import { CHANNEL_CODES, CONTACT_OUTCOME_CODES, DIRECTION_CODES, INTERACTION_CODES } from "../../src/taxonomy/index.js";

/** Epoch milliseconds a four-digit ISO year can write: 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z. */
export const MIN_MS = new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(0); // Date.UTC maps years 0–99 to 1900–1999
export const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const id = fc.string({ minLength: 1, maxLength: 12 });

/** Valid boundary contacts with `at` as epoch milliseconds, every optional field sometimes present. */
export const contactInput = fc.record(
  {
    id,
    at: fc.integer({ min: MIN_MS, max: MAX_MS }),
    channel: fc.constantFrom(...CHANNEL_CODES),
    direction: fc.constantFrom(...DIRECTION_CODES),
    customerId: id,
    enquiryId: id,
    serviceId: id,
    interaction: fc.constantFrom(...INTERACTION_CODES),
    outcome: fc.constantFrom(...CONTACT_OUTCOME_CODES),
    handleSeconds: fc.nat(),
    waitSeconds: fc.nat(),
    answered: fc.boolean(),
    uprn: fc.stringMatching(/^\d{1,12}$/),
    ward: id,
    note: fc.string(),
  },
  { requiredKeys: ["id", "at", "channel"] },
);
