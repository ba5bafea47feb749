import { clockStatus, startClock } from "council-contact/clocks";
import { mergeIdentities, resolveIdentities, singleView, splitIdentity } from "council-contact/cluster";
import { parseContact } from "council-contact/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";

const records = [
  { id: "ct-1", cluster: "revenues", givenName: "Ada", familyName: "Lovelace" },
  { id: "ct-9", cluster: "revenues", givenName: "Ada", familyName: "Lovelace" },
  { id: "ct-5", cluster: "revenues", givenName: "Ruth", familyName: "Adams" },
];
const contacts = [
  parseContact({
    id: "c1",
    at: "2025-03-03T09:00:00Z",
    channel: "telephone",
    customerId: "ct-1",
    serviceId: "council-tax",
    enquiryId: "e1",
  }),
  parseContact({
    id: "c2",
    at: "2025-03-01T09:00:00Z",
    channel: "email",
    customerId: "ct-9",
    serviceId: "council-tax",
    enquiryId: "e2",
  }),
  parseContact({
    id: "c3",
    at: "2025-03-04T09:00:00Z",
    channel: "web-form",
    customerId: "ct-9",
    serviceId: "potholes",
  }),
  parseContact({
    id: "c4",
    at: "2025-03-05T09:00:00Z",
    channel: "telephone",
    customerId: "ct-5",
    serviceId: "council-tax",
  }),
  parseContact({ id: "c5", at: "2025-03-06T09:00:00Z", channel: "face-to-face", customerId: "ct-1" }),
];
const enquiries = [
  {
    id: "e1",
    state: "investigating",
    status: "open" as const,
    outcome: null,
    receivedAt: Date.parse("2025-03-03T09:00:00Z"),
    updatedAt: Date.parse("2025-03-03T09:00:00Z"),
    closedAt: null,
    notice: null,
  },
  {
    id: "e2",
    state: "closed",
    status: "closed" as const,
    outcome: "resolved",
    receivedAt: Date.parse("2025-03-01T09:00:00Z"),
    updatedAt: Date.parse("2025-03-02T09:00:00Z"),
    closedAt: Date.parse("2025-03-02T09:00:00Z"),
    notice: "notified",
  },
];
const ada = { id: "ct-1", recordIds: ["ct-1", "ct-9"] };

// Generous timeouts: these properties resolve hundreds of populations, and the test machines are shared.
describe("singleView", { timeout: 120_000 }, () => {
  it("gathers the person's contacts across channels from all their records, within the cluster, oldest first", () => {
    const view = singleView(ada, { records, contacts, enquiries });
    expect(view.contacts.map((contact) => contact.id)).toEqual(["c2", "c1", "c5"]);
    expect(view.channels).toEqual({ email: 1, telephone: 1, "face-to-face": 1 });
    expect(view.clusters).toEqual(["revenues"]);
    expect(view.records.map((record) => record.id)).toEqual(["ct-1", "ct-9"]);
  });

  it("shows open enquiries with their clocks, and closed ones with their outcome and how the person was told", () => {
    const clock = clockStatus(startClock("complaint-stage-1", "2025-03-03"), "2025-03-10");
    const view = singleView(ada, { records, contacts, enquiries, clocks: { e1: clock } });
    expect(view.openEnquiries).toEqual([{ enquiry: enquiries[0], clock }]);
    expect(view.outcomes).toEqual([
      { enquiryId: "e2", outcome: "resolved", closedAt: enquiries[1]!.closedAt, notice: "notified" },
    ]);
  });

  it("loses and repeats no contact when identities are merged and split", () => {
    const state = resolveIdentities(records);
    const count = (s: typeof state) =>
      s.identities
        .flatMap((identity) => singleView(identity, { records, contacts }).contacts.map((contact) => contact.id))
        .sort();
    const before = count(state);
    const merged = mergeIdentities(state, state.identities[0]!.id, state.identities[1]!.id);
    expect(count(merged)).toEqual(before);
    const split = splitIdentity(merged, merged.identities[0]!.id, merged.identities[0]!.recordIds.slice(1));
    expect(count(split)).toEqual(before);
  });

  it("throws only RangeError for hostile arguments (fuzz)", () => {
    fc.assert(
      fc.property(hostile, hostile, (identity, data) => {
        expectTypedOutcome(() => singleView(identity as never, data as never), [identity, data], [RangeError]);
        expectTypedOutcome(() => singleView(ada, { records, contacts: data as never }), [data], [RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
