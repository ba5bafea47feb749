import { linkRecords, mergeIdentities, resolveIdentities, splitIdentity } from "council-contact/cluster";
import { generatePeople } from "council-contact/synth";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";
import { person } from "./helpers.js";

const home = { familyName: "Okafor", dateOfBirth: "1980-03-14", postcode: "L1 8JQ" };

// Generous timeouts: these properties resolve hundreds of populations, and the test machines are shared.
describe("clerical decisions", { timeout: 120_000 }, () => {
  it("honours must-link over the model", () => {
    const records = [person("a", { givenName: "Ruth" }), person("b", { givenName: "Tom" })];
    const result = resolveIdentities(records, { decisions: [{ kind: "must-link", left: "a", right: "b" }] });
    expect(result.identities).toEqual([{ id: "a", recordIds: ["a", "b"] }]);
  });

  it("honours never-link over the model, and keeps apart any identities that would hold both", () => {
    const records = [
      person("a", { givenName: "William", ...home }),
      person("b", { givenName: "Bill", ...home }),
      person("c", { givenName: "William", ...home }),
    ];
    expect(resolveIdentities(records).identities).toHaveLength(1);
    const apart = resolveIdentities(records, { decisions: [{ kind: "never-link", left: "a", right: "b" }] });
    const together = apart.identities.find((identity) => identity.recordIds.includes("a"))!;
    expect(together.recordIds).not.toContain("b");
  });

  it("split ∘ merge is the identity on identities, and no record is lost or repeated", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.nat(),
        fc.nat(),
        (people, seed, i, j) => {
          const state = resolveIdentities(generatePeople({ people, seed }).records);
          const count = state.identities.length;
          fc.pre(count >= 2);
          const left = state.identities[i % count]!;
          const right = state.identities[(i + 1 + (j % (count - 1))) % count]!;
          const merged = mergeIdentities(state, left.id, right.id);
          const all = merged.identities.flatMap((identity) => identity.recordIds);
          expect(all.length).toBe(state.records.length);
          expect(new Set(all).size).toBe(all.length);
          // The merged identity takes the smaller id; split the other identity's records back out.
          const [kept, moved] = left.id < right.id ? [left, right] : [right, left];
          const back = splitIdentity(merged, kept.id, moved.recordIds);
          expect(back.identities).toEqual(state.identities);
          expect(back.links).toEqual(state.links);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("keeps a merge through later runs, as a must-link decision", () => {
    const state = resolveIdentities([person("a", { givenName: "Ruth" }), person("b", { givenName: "Tom" })]);
    const merged = mergeIdentities(state, "a", "b");
    expect(merged.options.decisions).toEqual([{ kind: "must-link", left: "a", right: "b" }]);
    expect(linkRecords(merged, [person("c", { givenName: "Zed" })]).identities[0]).toEqual({
      id: "a",
      recordIds: ["a", "b"],
    });
  });

  it("keeps a split through later runs, as a never-link decision", () => {
    const state = resolveIdentities([
      person("a", { givenName: "William", ...home }),
      person("b", { givenName: "Bill", ...home }),
    ]);
    const split = splitIdentity(state, "a", ["b"]);
    expect(split.identities).toEqual([
      { id: "a", recordIds: ["a"] },
      { id: "b", recordIds: ["b"] },
    ]);
    expect(linkRecords(split, []).identities).toEqual(split.identities);
  });

  it("refuses unknown identities and improper splits with a RangeError", () => {
    const state = resolveIdentities([
      person("a", { givenName: "William", ...home }),
      person("b", { givenName: "Bill", ...home }),
    ]);
    expect(() => mergeIdentities(state, "a", "zz")).toThrow(/rightId/);
    expect(() => mergeIdentities(state, "a", "a")).toThrow(RangeError);
    expect(() => splitIdentity(state, "a", [])).toThrow(/recordIds/);
    expect(() => splitIdentity(state, "a", ["a", "b"])).toThrow(/recordIds/);
    expect(() => splitIdentity(state, "a", ["q"])).toThrow(/recordIds/);
  });

  it("throws only RangeError for hostile arguments (fuzz)", () => {
    const state = resolveIdentities([
      person("a", { givenName: "William", ...home }),
      person("b", { givenName: "Bill", ...home }),
    ]);
    fc.assert(
      fc.property(hostile, hostile, (x, y) => {
        expectTypedOutcome(() => mergeIdentities(state, x as never, y as never), [x, y], [RangeError]);
        expectTypedOutcome(() => splitIdentity(state, "a", x as never), [x], [RangeError]);
        expectTypedOutcome(() => splitIdentity(x as never, "a", []), [x], [RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
