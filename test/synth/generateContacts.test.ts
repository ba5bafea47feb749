import { fc, test } from "@fast-check/vitest";
import { describe, expect, it, vi } from "vitest";
import { parseContact } from "../../src/schema/index.js";
import { contactStream, type GenerateContactsOptions, generateContacts } from "../../src/synth/index.js";
import { extendCatalogue, STARTER_CATALOGUE } from "../../src/taxonomy/index.js";

const APRIL: GenerateContactsOptions = { seed: 1, count: 3000, from: "2024-04-01", to: "2024-04-30" };
// London days: 1 April 2024 starts at 23:00 UTC on 31 March (BST); 30 April ends at 23:00 UTC that day.
const APRIL_START = Date.UTC(2024, 2, 31, 23);
const APRIL_END = Date.UTC(2024, 3, 30, 23);

describe("generateContacts", () => {
  it("makes exactly count contacts, sorted by at, inside the period", () => {
    const contacts = generateContacts(APRIL);
    expect(contacts).toHaveLength(3000);
    for (let i = 1; i < contacts.length; i++) expect(contacts[i]!.at).toBeGreaterThanOrEqual(contacts[i - 1]!.at);
    expect(contacts[0]!.at).toBeGreaterThanOrEqual(APRIL_START);
    expect(contacts.at(-1)!.at).toBeLessThan(APRIL_END);
    expect(new Set(contacts.map((contact) => contact.id)).size).toBe(3000);
  });

  it("is deterministic: the same seed gives the same contacts, another seed others", () => {
    expect(generateContacts(APRIL)).toEqual(generateContacts(APRIL));
    expect(generateContacts({ ...APRIL, seed: 2 })).not.toEqual(generateContacts(APRIL));
  });

  it("streams the same contacts as it returns, lazily", () => {
    const stream = contactStream(APRIL);
    const first = stream.next();
    expect(first.done).toBe(false);
    expect(first.value).toEqual(generateContacts(APRIL)[0]);
    expect([first.value, ...stream]).toEqual(generateContacts(APRIL));
  });

  it("makes no contacts for count 0, and accepts instants for the period (to excluded)", () => {
    expect(generateContacts({ ...APRIL, count: 0 })).toEqual([]);
    const hour = generateContacts({
      seed: 3,
      count: 50,
      from: "2024-06-03T10:00:00+01:00",
      to: Date.UTC(2024, 5, 3, 10),
    });
    expect(
      hour.every((contact) => contact.at >= Date.UTC(2024, 5, 3, 9) && contact.at < Date.UTC(2024, 5, 3, 10)),
    ).toBe(true);
  });

  test.prop([fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 300 })], { numRuns: 100 })(
    "every contact is valid: parseContact(JSON of it) equals it (any seed, any count)",
    (seed, count) => {
      for (const contact of generateContacts({ seed, count, from: "2024-01-01", to: "2024-12-31" })) {
        expect(parseContact(JSON.parse(JSON.stringify(contact)))).toEqual(contact);
      }
    },
  );

  it("never calls Math.random", () => {
    const spy = vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random called");
    });
    try {
      expect(generateContacts(APRIL)).toHaveLength(3000);
    } finally {
      spy.mockRestore();
    }
  });

  it("does not change its options or catalogue", () => {
    const options = { ...APRIL, catalogue: STARTER_CATALOGUE, demandMix: { chase: 0.1 }, wards: ["A", "B"] };
    const before = JSON.stringify(options);
    generateContacts(options);
    expect(JSON.stringify(options)).toBe(before);
  });

  it("draws a council's own services from an extended catalogue", () => {
    const catalogue = extendCatalogue(STARTER_CATALOGUE, {
      clusters: [{ id: "leisure", label: "Leisure", description: "leisure centres", source: "test" }],
      services: [{ id: "swimming", label: "Swimming lessons", cluster: "leisure", tier: "all", source: "test" }],
    });
    const contacts = generateContacts({ ...APRIL, catalogue, serviceWeights: { swimming: 500 } });
    const swimming = contacts.filter((contact) => contact.serviceId === "swimming");
    expect(swimming.length).toBeGreaterThan(contacts.length / 4);
  });

  it("places contacts only in the wards given", () => {
    const wards = new Set(
      generateContacts({ ...APRIL, wards: ["North", "South"] }).flatMap((contact) => contact.ward ?? []),
    );
    expect([...wards].sort()).toEqual(["North", "South"]);
  });

  it.each<[string, Partial<GenerateContactsOptions>, RegExp]>([
    ["a fractional seed", { seed: 1.5 }, /^seed must be a safe integer, got 1\.5$/],
    ["a negative count", { count: -1 }, /^count must be a whole number ≥ 0, got -1$/],
    ["an impossible day", { from: "2024-02-30" }, /^from must be a London day YYYY-MM-DD.*got "2024-02-30"$/],
    ["an instant without offset", { to: "2024-04-30T10:00:00" }, /^to must be .*got "2024-04-30T10:00:00"$/],
    ["a year outside 2000–2100", { to: "2101-01-01" }, /^to must be .*got "2101-01-01"$/],
    ["an end before the start", { from: "2024-05-01" }, /^to must be after from \(2024-05-01\), got "2024-04-30"$/],
    ["no channel", { channelMix: {} }, /^channelMix must be a weight > 0/],
    [
      "a negative channel share",
      { channelMix: { telephone: -1 } },
      /^channelMix\.telephone must be a finite number ≥ 0, got -1$/,
    ],
    ["a share above 1", { demandMix: { chase: 2 } }, /^demandMix\.chase must be a share between 0 and 1, got 2$/],
    ["inbound shares above 1", { demandMix: { chase: 0.6, repeat: 0.6 } }, /^demandMix must be inbound shares/],
    ["all outbound", { demandMix: { outbound: 1 } }, /^demandMix\.outbound must be less than 1/],
    [
      "negative growth",
      { digitalGrowthPerYear: -0.1 },
      /^digitalGrowthPerYear must be a finite number ≥ 0, got -0\.1$/,
    ],
    [
      "no services",
      { catalogue: { clusters: [], services: [] } },
      /^catalogue must be a catalogue with at least one service/,
    ],
    ["zero customers", { customers: 0 }, /^customers must be a whole number ≥ 1, got 0$/],
    ["no wards", { wards: [] }, /^wards must be a non-empty list of names/],
    [
      "telephone only over a weekend",
      { channelMix: { telephone: 1 }, from: "2024-04-06", to: "2024-04-07" },
      /^channelMix must include a channel open between from and to/,
    ],
  ])("refuses %s with a RangeError naming the option and value", (_, bad, message) => {
    expect(() => generateContacts({ ...APRIL, ...bad })).toThrow(RangeError);
    expect(() => contactStream({ ...APRIL, ...bad })).toThrow(message);
  });
});
