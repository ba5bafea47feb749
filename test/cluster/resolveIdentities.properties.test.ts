import { type Identity, type IdentityLink, resolveIdentities } from "council-contact/cluster";
import { generatePeople } from "council-contact/synth";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const population = fc.record({
  people: fc.integer({ min: 2, max: 40 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
});

/** Connected components of the accepted links, over every record id, as sorted lists. */
function closure(recordIds: readonly string[], links: readonly IdentityLink[]): string[][] {
  const parent = new Map(recordIds.map((id) => [id, id]));
  const find = (id: string): string => (parent.get(id) === id ? id : find(parent.get(id)!));
  for (const link of links) if (link.accepted) parent.set(find(link.left), find(link.right));
  const groups = new Map<string, string[]>();
  for (const id of recordIds) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  return [...groups.values()].map((group) => group.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

const groupsOf = (identities: readonly Identity[]): string[][] => identities.map((identity) => [...identity.recordIds]);

// Generous timeouts: these properties resolve hundreds of populations, and the test machines are shared.
describe("resolveIdentities properties", { timeout: 120_000 }, () => {
  it("symmetry: the weight of a pair does not depend on which record is called left", () => {
    fc.assert(
      fc.property(population, ({ people, seed }) => {
        const { records } = generatePeople({ people, seed });
        // Swapping the two records' ids swaps left and right in every pair.
        const ids = records.map((record) => record.id);
        const swapped = records.map((record, i) => ({ ...record, id: ids[ids.length - 1 - i]! }));
        const weights = (result: ReturnType<typeof resolveIdentities>, names: readonly string[]) =>
          result.links
            .map(
              (link) =>
                [names.indexOf(link.left), names.indexOf(link.right)].sort((a, b) => a - b).join("-") +
                `:${link.matchWeight.toFixed(9)}`,
            )
            .sort();
        const reversedIds = [...ids].reverse();
        expect(weights(resolveIdentities(swapped), reversedIds)).toEqual(weights(resolveIdentities(records), ids));
      }),
      { numRuns: 100 },
    );
  });

  it("order independence: shuffling the records gives the same identities and links", () => {
    fc.assert(
      fc.property(population, fc.integer(), ({ people, seed }, shuffleSeed) => {
        const { records } = generatePeople({ people, seed });
        const shuffled = [...records].sort((a, b) => (hash(a.id, shuffleSeed) - hash(b.id, shuffleSeed)) | 0);
        const one = resolveIdentities(records);
        const two = resolveIdentities(shuffled);
        expect(two.identities).toEqual(one.identities);
        expect(two.links).toEqual(one.links);
      }),
      { numRuns: 100 },
    );
  });

  it("identities are the transitive closure of the accepted links", () => {
    fc.assert(
      fc.property(population, ({ people, seed }) => {
        const { records } = generatePeople({ people, seed });
        const result = resolveIdentities(records);
        expect(groupsOf(result.identities)).toEqual(
          closure(
            records.map((r) => r.id),
            result.links,
          ),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("every record is in exactly one identity", () => {
    fc.assert(
      fc.property(population, ({ people, seed }) => {
        const { records } = generatePeople({ people, seed });
        const ids = resolveIdentities(records).identities.flatMap((identity) => identity.recordIds);
        expect([...ids].sort()).toEqual(records.map((r) => r.id).sort());
      }),
      { numRuns: 100 },
    );
  });

  it("order independence holds for a trained model too (800 people, over 1,000 records)", () => {
    const { records } = generatePeople({ people: 800, seed: 4 });
    const one = resolveIdentities(records);
    const two = resolveIdentities([...records].reverse());
    expect(two.model).toEqual(one.model);
    expect(two.identities).toEqual(one.identities);
  });
});

function hash(text: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
