import { linkRecords, resolveIdentities } from "council-contact/cluster";
import { ValidationError } from "council-contact/core";
import { generatePeople } from "council-contact/synth";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";
import { person } from "./helpers.js";

// Generous timeouts: these properties resolve hundreds of populations, and the test machines are shared.
describe("linkRecords", { timeout: 120_000 }, () => {
  it("adds a new record to the identity it belongs to", () => {
    const home = { familyName: "Okafor", dateOfBirth: "1980-03-14", postcode: "L1 8JQ" };
    const state = resolveIdentities([
      person("ct-1", { givenName: "William", ...home }),
      person("ct-5", { givenName: "Ruth", familyName: "Adams" }),
    ]);
    const next = linkRecords(state, [person("ct-2", { givenName: "Bill", ...home })]);
    expect(next.identities).toEqual([
      { id: "ct-1", recordIds: ["ct-1", "ct-2"] },
      { id: "ct-5", recordIds: ["ct-5"] },
    ]);
  });

  it("never renames an identity when the new records are unrelated (stable ids)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seed) => {
        const { records } = generatePeople({ people: 30, seed });
        const state = resolveIdentities(records);
        const strangers = [
          person("a-new-1", { givenName: "Zebedee", familyName: "Quarrington", dateOfBirth: "1901-01-01" }),
          person("a-new-2", { givenName: "Xanthe", familyName: "Ploughwright", email: "xp@example.net" }),
        ];
        const next = linkRecords(state, strangers);
        for (const identity of state.identities) expect(next.identities).toContainEqual(identity);
      }),
      { numRuns: 100 },
    );
  });

  it("gives the identities of one full run, whatever the batches (any number of batches)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 5 }),
        (people, seed, cuts) => {
          const { records } = generatePeople({ people, seed });
          const full = resolveIdentities(records);
          const points = [...new Set(cuts.map((cut) => cut % (records.length + 1)))].sort((a, b) => a - b);
          let state = resolveIdentities(records.slice(0, points[0]), { model: full.model });
          for (let b = 0; b < points.length; b++) state = linkRecords(state, records.slice(points[b], points[b + 1]));
          expect(state.identities).toEqual(full.identities);
          expect(state.links).toEqual(full.links);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("refuses a new record whose id is already used", () => {
    const state = resolveIdentities([person("a", {})]);
    expect(() => linkRecords(state, [person("a", {})])).toThrow(ValidationError);
  });

  it("returns or throws only ValidationError or RangeError, whatever the input (fuzz)", () => {
    const state = resolveIdentities([person("a", { givenName: "Ada" })]);
    fc.assert(
      fc.property(hostile, hostile, (badState, records) => {
        expectTypedOutcome(
          () => linkRecords(badState as never, [] as never),
          [badState],
          [ValidationError, RangeError],
        );
        expectTypedOutcome(() => linkRecords(state, records as never), [records], [ValidationError, RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
