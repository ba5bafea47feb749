import { NICKNAMES, parseIdentityRecord } from "council-contact/cluster";
import { generatePeople } from "council-contact/synth";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";

// Generous timeouts: these properties resolve hundreds of populations, and the test machines are shared.
describe("generatePeople", { timeout: 120_000 }, () => {
  it("gives the same people and records for the same seed, and different ones for another", () => {
    expect(generatePeople({ people: 50, seed: 9 })).toEqual(generatePeople({ people: 50, seed: 9 }));
    expect(generatePeople({ people: 50, seed: 9 })).not.toEqual(generatePeople({ people: 50, seed: 10 }));
  });

  it("makes exactly the people asked for, every record belonging to exactly one (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 1_000_000 }), (people, seed) => {
        const data = generatePeople({ people, seed });
        expect(data.people).toHaveLength(people);
        const owned = data.people.flatMap((person) => person.recordIds);
        expect(owned.sort()).toEqual(data.records.map((record) => record.id).sort());
        for (const person of data.people) expect(person.recordIds.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });

  it("makes only valid identity records (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        for (const record of generatePeople({ people: 20, seed }).records)
          expect(parseIdentityRecord(record)).toEqual(record);
      }),
      { numRuns: 100 },
    );
  });

  it("includes the hard cases: nicknames, swapped day and month, shared emails, twins, several records a person", () => {
    const { records, people } = generatePeople({ people: 3000, seed: 1 });
    const byId = new Map(records.map((record) => [record.id, record]));
    const ofPerson = people.map((person) => person.recordIds.map((id) => byId.get(id)!));
    const nicknamed = ofPerson.some((rs) =>
      rs.some((a) => rs.some((b) => NICKNAMES[a.givenName!.toLowerCase()]?.includes(b.givenName!.toLowerCase()))),
    );
    const swapped = ofPerson.some((rs) =>
      rs.some((a) =>
        rs.some(
          (b) =>
            a.dateOfBirth &&
            b.dateOfBirth &&
            a.dateOfBirth !== b.dateOfBirth &&
            a.dateOfBirth.slice(5, 7) === b.dateOfBirth.slice(8, 10) &&
            a.dateOfBirth.slice(8, 10) === b.dateOfBirth.slice(5, 7),
        ),
      ),
    );
    const emailOwners = new Map<string, Set<string>>();
    people.forEach((person, p) => {
      for (const record of ofPerson[p]!)
        if (record.email) emailOwners.set(record.email, (emailOwners.get(record.email) ?? new Set()).add(person.id));
    });
    const sharedEmail = [...emailOwners.values()].some((owners) => owners.size > 1);
    const firstOf = people.map((_, p) => ofPerson[p]![0]!);
    const twins = firstOf.some((a, i) =>
      firstOf.some(
        (b, j) =>
          i !== j &&
          a.dateOfBirth &&
          a.dateOfBirth === b.dateOfBirth &&
          a.familyName === b.familyName &&
          a.postcode &&
          a.postcode === b.postcode &&
          a.givenName !== b.givenName,
      ),
    );
    const mean = records.length / people.length;
    expect({ nicknamed, swapped, sharedEmail, twins }).toEqual({
      nicknamed: true,
      swapped: true,
      sharedEmail: true,
      twins: true,
    });
    expect(mean).toBeGreaterThan(1.4);
    expect(mean).toBeLessThan(1.6);
  });

  it("puts every record in the cluster asked for", () => {
    expect(
      new Set(generatePeople({ people: 30, cluster: "benefits" }).records.map((record) => record.cluster)),
    ).toEqual(new Set(["benefits"]));
  });

  it("throws a RangeError for bad options, only RangeError for hostile ones (fuzz)", () => {
    expect(() => generatePeople({ people: 0 })).toThrow(/options.people/);
    expect(() => generatePeople({ people: 5, meanRecords: 0.5 })).toThrow(/options.meanRecords/);
    fc.assert(
      fc.property(hostile, (options) => {
        expectTypedOutcome(() => generatePeople(options as never), [options], [RangeError]);
        expectTypedOutcome(() => generatePeople({ people: 3, seed: options as never }), [options], [RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
