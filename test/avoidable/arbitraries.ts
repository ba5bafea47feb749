import { fc } from "@fast-check/vitest";
import type { AvoidableClassifierOptions, EnquiryUpdate } from "../../src/avoidable/index.js";
import { ENQUIRY_OUTCOMES } from "../../src/enquiry/index.js";
import { type Contact, parseContacts } from "../../src/schema/index.js";
import { CONTACT_OUTCOME_CODES, INTERACTION_CODES } from "../../src/taxonomy/index.js";

const START = Date.UTC(2024, 2, 20); // spans the start of British Summer Time on 31 March
const SIX_HOURS = 6 * 3_600_000;
/** Times on a six-hour grid over about 60 days, so that contacts share instants and London days. */
const instant = fc.integer({ min: 0, max: 240 }).map((k) => START + k * SIX_HOURS);

const row = fc.record(
  {
    at: instant,
    channel: fc.constantFrom("telephone", "web-form", "email", "letter"),
    direction: fc.constantFrom("inbound", "inbound", "inbound", "outbound"),
    customerId: fc.constantFrom("a", "b", "c"),
    serviceId: fc.constantFrom("missed-bin", "council-tax", "potholes"),
    enquiryId: fc.constantFrom("E1", "E2", "E3", "E4"),
    interaction: fc.constantFrom(...INTERACTION_CODES),
    outcome: fc.constantFrom(...CONTACT_OUTCOME_CODES),
    uprn: fc.constantFrom("1", "2", "3"),
    note: fc.constantFrom("any news on my bin", "what day is collection", "wrong number sorry"),
  },
  { requiredKeys: ["at", "channel"] },
);

/** Small histories in which customers, services, places and enquiries collide often, so every rule fires. */
export const contactHistory = fc
  .array(row, { maxLength: 40 })
  .map((rows): Contact[] => parseContacts(rows.map((r, i) => ({ ...r, id: `c${i}` }))));

/** Enquiry updates for the same enquiries. */
export const enquiryUpdates = fc.array(
  fc
    .record({
      enquiryId: fc.constantFrom("E1", "E2", "E3", "E4"),
      at: instant,
      type: fc.constantFrom("opened", "closed"),
      outcome: fc.constantFrom(...ENQUIRY_OUTCOMES),
    })
    .map(
      (u): EnquiryUpdate =>
        u.type === "opened" ? { enquiryId: u.enquiryId, at: u.at, type: "opened" } : (u as EnquiryUpdate),
    ),
  { maxLength: 8 },
);

/** Options with short windows (so that a stream forgets state inside the history) and every list used. */
export const classifierOptions = fc.record(
  {
    failureWindowDays: fc.integer({ min: 0, max: 10 }),
    clarificationWindowDays: fc.integer({ min: 0, max: 10 }),
    enquiryLapseDays: fc.integer({ min: 0, max: 20 }),
    doneOutcomes: fc.subarray([...ENQUIRY_OUTCOMES]),
    publishedServices: fc.subarray(["missed-bin", "council-tax", "potholes"]),
    otherTierServices: fc.subarray(["potholes"]),
    nugatoryOutcomes: fc.subarray([...CONTACT_OUTCOME_CODES]),
    precedence: fc.shuffledSubarray([
      "progress-chasing",
      "repeat",
      "failure-to-deliver",
      "clarification",
      "misdirected",
      "info-not-available",
      "nugatory",
    ] as const),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<AvoidableClassifierOptions>;

/** The contacts and updates merged in the library's order: by time, updates first at an instant, contacts by id. */
export function merged(
  contacts: readonly Contact[],
  updates: readonly EnquiryUpdate[],
): ({ contact: Contact } | { update: EnquiryUpdate })[] {
  const items = [...updates.map((update) => ({ update })), ...contacts.map((contact) => ({ contact }))];
  const key = (item: { contact: Contact } | { update: EnquiryUpdate }): [number, number, string] =>
    "update" in item
      ? [
          item.update.at,
          0,
          `${item.update.enquiryId}\u0000${item.update.type === "opened" ? 0 : 1}\u0000${item.update.outcome ?? ""}`,
        ]
      : [item.contact.at, 1, item.contact.id];
  return items.sort((x, y) => {
    const [a, b] = [key(x), key(y)];
    return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
  });
}
