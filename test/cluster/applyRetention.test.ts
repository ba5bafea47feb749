import { anonymiseRecord, applyRetention, type IdentityRecord, type RetentionPolicy } from "council-contact/cluster";
import { generatePeople } from "council-contact/synth";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";

const PERSONAL = [
  "givenName",
  "familyName",
  "dateOfBirth",
  "email",
  "phone",
  "postcode",
  "addressLines",
  "town",
  "uprn",
  "references",
];
const policies: RetentionPolicy[] = [
  { cluster: "revenues", trigger: "case-closed", afterYears: 2, action: "anonymise" },
  { cluster: "revenues", trigger: "case-closed", afterYears: 6, action: "delete", source: "retention schedule 4.2" },
];
const ada: IdentityRecord = { id: "ct-1", cluster: "revenues", givenName: "Ada", email: "ada@example.org" };

// Generous timeouts: these properties resolve hundreds of populations, and the test machines are shared.
describe("applyRetention", { timeout: 120_000 }, () => {
  it("keeps a record until its period has passed, then anonymises, then deletes", () => {
    const subject = { record: ada, triggers: { "case-closed": "2020-02-29" } };
    expect(applyRetention([subject], policies, "2022-02-27").keep[0]!.reason).toBe(
      "keep until anonymise on 2022-02-28: 2 years after case-closed on 2020-02-29",
    );
    const anonymised = applyRetention([subject], policies, "2022-02-28").anonymise[0]!;
    expect(anonymised).toEqual({
      recordId: "ct-1",
      action: "anonymise",
      reason: "anonymise: 2 years after case-closed on 2020-02-29 passed on 2022-02-28",
      anonymised: { id: "ct-1", cluster: "revenues" },
    });
    expect(applyRetention([subject], policies, "2026-02-28").delete[0]!.reason).toBe(
      "delete: 6 years after case-closed on 2020-02-29 passed on 2026-02-28 (retention schedule 4.2)",
    );
  });

  it("keeps records with no trigger date yet, or no policy for their cluster, and says so", () => {
    const plan = applyRetention(
      [{ record: ada }, { record: { id: "hb-1", cluster: "benefits" }, triggers: { "case-closed": "2001-01-01" } }],
      policies,
      "2025-01-01",
    );
    expect(plan.keep.map((d) => d.reason)).toEqual([
      "keep until no case-closed date yet",
      "no retention policy for cluster benefits",
    ]);
  });

  it("adds days to years", () => {
    const policy = [
      { cluster: "revenues", trigger: "last-contact", afterYears: 1, afterDays: 10, action: "delete" as const },
    ];
    const subject = { record: ada, triggers: { "last-contact": "2024-01-01" } };
    expect(applyRetention([subject], policy, "2025-01-10").delete).toHaveLength(0);
    expect(applyRetention([subject], policy, "2025-01-11").delete).toHaveLength(1);
  });

  it("never deletes or anonymises a record under a legal hold (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 20 }), (seed, years) => {
        const { records } = generatePeople({ people: 10, seed });
        const subjects = records.map((record, i) => ({
          record,
          triggers: { "case-closed": "2000-01-01" },
          ...(i % 2 === 0 ? { legalHold: "inquiry" } : {}),
        }));
        const plan = applyRetention(
          subjects,
          [{ cluster: "revenues", trigger: "case-closed", afterYears: years, action: "delete" }],
          "2030-01-01",
        );
        const held = new Set(subjects.filter((s) => s.legalHold !== undefined).map((s) => s.record.id));
        for (const decision of [...plan.delete, ...plan.anonymise]) expect(held.has(decision.recordId)).toBe(false);
        expect(plan.keep.length + plan.delete.length + plan.anonymise.length).toBe(records.length);
      }),
      { numRuns: 100 },
    );
  });

  it("leaves no personal field in an anonymised record (property over generated records)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seed) => {
        for (const record of generatePeople({ people: 5, seed }).records) {
          const anonymised = anonymiseRecord(record);
          for (const field of PERSONAL) expect(anonymised).not.toHaveProperty(field);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("keeps every metric the same after anonymising: records per cluster and contacts per record (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seed) => {
        const { records } = generatePeople({ people: 8, seed, cluster: seed % 2 === 0 ? "benefits" : "revenues" });
        const contacts = records.flatMap((record, i) =>
          Array.from({ length: i % 3 }, (_, k) => ({ id: `${record.id}-${k}`, customerId: record.id })),
        );
        const metrics = (list: readonly IdentityRecord[]) => {
          const perCluster: Record<string, number> = {};
          for (const record of list) perCluster[record.cluster] = (perCluster[record.cluster] ?? 0) + 1;
          const ids = new Set(list.map((record) => record.id));
          return {
            perCluster,
            contactsOfKnownRecords: contacts.filter((c) => ids.has(c.customerId)).length,
            records: list.length,
          };
        };
        expect(metrics(records.map(anonymiseRecord))).toEqual(metrics(records));
      }),
      { numRuns: 100 },
    );
  });

  it("throws a RangeError for a bad day, trigger or policy", () => {
    expect(() => applyRetention([], policies, "2025-02-30")).toThrow(RangeError);
    expect(() =>
      applyRetention([{ record: ada, triggers: { "case-closed": "soon" } }], policies, "2025-01-01"),
    ).toThrow(/case-closed/);
    expect(() => applyRetention([], [{ ...policies[0]!, afterYears: -1 }], "2025-01-01")).toThrow(/afterYears/);
  });

  it("does not mutate its inputs", () => {
    const subjects = [{ record: ada, triggers: { "case-closed": "2010-01-01" } }];
    const copy = structuredClone(subjects);
    applyRetention(subjects, policies, "2025-01-01");
    expect(subjects).toEqual(copy);
  });

  it("throws only RangeError for hostile arguments (fuzz)", () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (subjects, list, today) => {
        expectTypedOutcome(
          () => applyRetention(subjects as never, list as never, today as never),
          [subjects, list, today],
          [RangeError],
        );
        expectTypedOutcome(
          () => applyRetention([{ record: ada, triggers: subjects as never }], policies, "2025-01-01"),
          [subjects],
          [RangeError],
        );
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
