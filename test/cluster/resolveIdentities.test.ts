import { DEFAULT_MODEL, type IdentityRecord, resolveIdentities } from "council-contact/cluster";
import { ValidationError } from "council-contact/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";
import { person } from "./helpers.js";

const home = { postcode: "L1 8JQ", addressLines: ["14 Mill Lane"], uprn: "38012345678" };

// Generous timeouts: these properties resolve hundreds of populations, and the test machines are shared.
describe("resolveIdentities", { timeout: 120_000 }, () => {
  it("links two records of one person and leaves a relative apart", () => {
    const result = resolveIdentities([
      person("a", { givenName: "William", familyName: "Okafor", dateOfBirth: "1980-03-14", ...home }),
      person("b", { givenName: "Bill", familyName: "Okafor", dateOfBirth: "1980-03-14", ...home }),
      person("c", { givenName: "Grace", familyName: "Okafor", dateOfBirth: "2012-07-01", ...home }),
    ]);
    expect(result.identities).toEqual([
      { id: "a", recordIds: ["a", "b"] },
      { id: "c", recordIds: ["c"] },
    ]);
  });

  it("never links twins: same home, surname and birthday, different given names", () => {
    const twins = [
      person("t1", { givenName: "Amelia", familyName: "Patel", dateOfBirth: "2014-05-02", ...home }),
      person("t2", { givenName: "Harper", familyName: "Patel", dateOfBirth: "2014-05-02", ...home }),
    ];
    const result = resolveIdentities(twins);
    expect(result.identities.map((identity) => identity.recordIds)).toEqual([["t1"], ["t2"]]);
  });

  it("does not chain two different people through a record that links weakly to both", () => {
    // A household email links the bridge record to both; the two people differ outright in given name and birthday.
    const result = resolveIdentities([
      person("p1", {
        givenName: "Oliver",
        familyName: "Reid",
        dateOfBirth: "1971-01-09",
        email: "reids@example.org",
        ...home,
      }),
      person("p2", {
        givenName: "Olivia",
        familyName: "Reid",
        dateOfBirth: "1974-06-30",
        email: "reids@example.org",
        ...home,
      }),
      person("p3", { givenName: "Oliver", familyName: "Reid", email: "reids@example.org", ...home }),
    ]);
    const byRecord = new Map(
      result.identities.flatMap((identity) => identity.recordIds.map((id) => [id, identity.id])),
    );
    expect(byRecord.get("p1")).not.toBe(byRecord.get("p2"));
  });

  it("never links records in different clusters, unless linkClusters groups them", () => {
    const records: IdentityRecord[] = [
      { id: "ct-1", cluster: "revenues", givenName: "Ada", familyName: "Lovelace", dateOfBirth: "1985-12-10", ...home },
      { id: "hb-1", cluster: "benefits", givenName: "Ada", familyName: "Lovelace", dateOfBirth: "1985-12-10", ...home },
    ];
    expect(resolveIdentities(records).identities).toHaveLength(2);
    expect(resolveIdentities(records, { linkClusters: [["benefits", "revenues"]] }).identities).toEqual([
      { id: "ct-1", recordIds: ["ct-1", "hb-1"] },
    ]);
  });

  it("explains each link as a waterfall whose bars add up to the total", () => {
    const result = resolveIdentities([
      person("a", { givenName: "Ada", familyName: "Lovelace", dateOfBirth: "1985-12-10", phone: "07700 900123" }),
      person("b", { givenName: "Ada", familyName: "Lovelace", dateOfBirth: "1985-10-12", phone: "+44 7700 900123" }),
    ]);
    const link = result.links[0]!;
    const steps = link.evidence;
    expect(steps[0]).toMatchObject({ step: "prior", matchWeight: Math.log2(0.0001 / 0.9999) });
    expect(steps.map((step) => step.level ?? step.step)).toEqual([
      "prior",
      "exact",
      "exact",
      "day and month swapped",
      "exact",
      "total",
    ]);
    const sum = steps.slice(0, -1).reduce((total, step) => total + step.matchWeight, 0);
    expect(steps.at(-1)!.matchWeight).toBeCloseTo(sum, 10);
    expect(link.matchWeight).toBeCloseTo(sum, 10);
    for (const step of steps.slice(1, -1)) expect(step.bayesFactor).toBeCloseTo(2 ** step.matchWeight, 8);
    // m/u of the default model: dateOfBirth swapped 0.01 / 0.000004.
    expect(steps[3]!.bayesFactor).toBeCloseTo(2500, 6);
    expect(link.matchProbability).toBeCloseTo(1 / (1 + 2 ** -link.matchWeight), 12);
  });

  it("links only above the threshold", () => {
    const records = [
      person("a", { familyName: "Okafor", email: "o@example.org" }),
      person("b", { familyName: "Okafor", email: "o@example.org" }),
    ];
    const weight = resolveIdentities(records, { threshold: Number.MIN_VALUE }).links[0]!.matchWeight;
    const probability = 1 / (1 + 2 ** -weight);
    expect(resolveIdentities(records, { threshold: probability * 0.99 }).identities).toHaveLength(1);
    expect(resolveIdentities(records, { threshold: Math.min(0.999999, probability * 1.01) }).identities).toHaveLength(
      2,
    );
  });

  it("counts a match on a common surname for less than one on a rare surname (term frequency)", () => {
    const model = {
      ...DEFAULT_MODEL,
      termFrequencies: { familyName: { records: 1000, counts: { smith: 50, quigley: 2 } } },
    };
    const weight = (name: string): number =>
      resolveIdentities(
        [
          person("a", { familyName: name, email: "x@example.org" }),
          person("b", { familyName: name, email: "x@example.org" }),
        ],
        {
          model,
          threshold: Number.MIN_VALUE,
        },
      ).links[0]!.matchWeight;
    expect(weight("Smith")).toBeLessThan(weight("Quigley"));
    // Smith: log2(u_exact / tf) = log2(0.005 / 0.05) = log2(0.1); Quigley: log2(0.005 / 0.002).
    expect(weight("Quigley") - weight("Smith")).toBeCloseTo(Math.log2(0.005 / 0.002) - Math.log2(0.1), 10);
  });

  it("gives each identity the smallest of its record ids", () => {
    const result = resolveIdentities([
      person("z9", { givenName: "Ada", familyName: "Lovelace", dateOfBirth: "1985-12-10", ...home }),
      person("m4", { givenName: "Ada", familyName: "Lovelace", dateOfBirth: "1985-12-10", ...home }),
    ]);
    expect(result.identities).toEqual([{ id: "m4", recordIds: ["m4", "z9"] }]);
  });

  it("estimates a model from 1,000 or more records, and returns it as plain JSON", async () => {
    const { generatePeople } = await import("council-contact/synth");
    const { records } = generatePeople({ people: 800, seed: 11 });
    const result = resolveIdentities(records);
    expect(records.length).toBeGreaterThanOrEqual(1000);
    expect(result.model).not.toEqual(DEFAULT_MODEL);
    expect(JSON.parse(JSON.stringify(result.model))).toEqual(result.model);
    const again = resolveIdentities(records, { model: JSON.parse(JSON.stringify(result.model)) });
    expect(again.identities).toEqual(result.identities);
  });

  it("throws a ValidationError naming the record for a bad record or a repeated id", () => {
    expect(() => resolveIdentities([person("a", {}), person("a", {})])).toThrow(ValidationError);
    try {
      resolveIdentities([person("a", {}), { id: "b", cluster: "revenues", uprn: "x" }]);
    } catch (error) {
      expect((error as ValidationError).issues[0]!.path).toEqual([1, "uprn"]);
    }
  });

  it("throws a RangeError naming a bad option", () => {
    expect(() => resolveIdentities([], { threshold: 1 })).toThrow(/options.threshold/);
    expect(() => resolveIdentities([], { blockingRules: [["shoeSize" as never]] })).toThrow(
      /options.blockingRules\[0\]/,
    );
    expect(() => resolveIdentities([], { model: { ...DEFAULT_MODEL, priorMatchProbability: 0 } })).toThrow(RangeError);
    expect(() => resolveIdentities([], { maxPairs: 0 })).toThrow(/options.maxPairs/);
  });

  it("refuses blocking rules that would compare more pairs than maxPairs", () => {
    const records = Array.from({ length: 40 }, (_, i) =>
      person(`r${i}`, { familyName: "Smith", dateOfBirth: "1980-01-01" }),
    );
    expect(() => resolveIdentities(records, { maxPairs: 100 })).toThrow(RangeError);
  });

  it("returns or throws only ValidationError or RangeError, whatever the input (fuzz)", () => {
    fc.assert(
      fc.property(hostile, hostile, (records, options) => {
        expectTypedOutcome(
          () => resolveIdentities(records as never, options as never),
          [records, options],
          [ValidationError, RangeError],
        );
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
