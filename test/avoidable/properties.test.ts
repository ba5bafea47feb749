import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  classifyContacts,
  classifyContactsCompact,
  compactResult,
  createClassifier,
  LABELLED_NOTES,
  ni14,
  trainTextModel,
} from "../../src/avoidable/index.js";
import { parseContacts } from "../../src/schema/index.js";
import { generateHistory } from "../../src/synth/index.js";
import { classifierOptions, contactHistory, enquiryUpdates, merged } from "./arbitraries.js";
import { byId } from "./history.js";

const textModel = trainTextModel(LABELLED_NOTES);
const withText = classifierOptions.map((options) => ({ ...options, textModel }));

describe("classifyContacts: laws", () => {
  test.prop([contactHistory, enquiryUpdates, withText, fc.nat()])(
    "permuting the input does not change any result",
    (contacts, updates, options, seed) => {
      const shuffle = <T>(list: readonly T[]): T[] => {
        const out = list.slice();
        let s = seed;
        for (let i = out.length - 1; i > 0; i--) {
          s = (Math.imul(s, 1103515245) + 12345) >>> 0;
          const j = s % (i + 1);
          [out[i], out[j]] = [out[j]!, out[i]!];
        }
        return out;
      };
      const original = byId(classifyContacts(contacts, { ...options, enquiryUpdates: updates }));
      const permuted = byId(classifyContacts(shuffle(contacts), { ...options, enquiryUpdates: shuffle(updates) }));
      expect(permuted).toEqual(original);
    },
  );

  test.prop([contactHistory, enquiryUpdates, classifierOptions, contactHistory])(
    "adding contacts for an unrelated customer, service and place changes nothing",
    (contacts, updates, options, others) => {
      const unrelated = parseContacts(
        others.map((contact, i) => ({
          ...contact,
          id: `z${i}`,
          customerId: `z-${contact.customerId ?? ""}`,
          serviceId: "unrelated-service",
          uprn: `99${contact.uprn ?? "0"}`,
          ...(contact.enquiryId ? { enquiryId: `Z-${contact.enquiryId}` } : {}),
        })),
      );
      const alone = classifyContacts(contacts, { ...options, enquiryUpdates: updates });
      const together = byId(classifyContacts([...unrelated, ...contacts], { ...options, enquiryUpdates: updates }));
      for (const result of alone) expect(together[result.contactId]).toEqual(result);
    },
  );

  test.prop([contactHistory, enquiryUpdates, withText])("results are deterministic", (contacts, updates, options) => {
    expect(classifyContacts(contacts, { ...options, enquiryUpdates: updates })).toEqual(
      classifyContacts(contacts, { ...options, enquiryUpdates: updates }),
    );
  });

  test.prop([contactHistory, enquiryUpdates, withText])(
    "batch = stream: createClassifier gives each contact the result classifyContacts gives",
    (contacts, updates, options) => {
      const batch = byId(classifyContacts(contacts, { ...options, enquiryUpdates: updates }));
      const classifier = createClassifier(options);
      for (const item of merged(contacts, updates)) {
        if ("update" in item) classifier.addUpdate(item.update);
        else expect(classifier.add(item.contact)).toEqual(batch[item.contact.id]);
      }
    },
  );

  test.prop([contactHistory, enquiryUpdates, classifierOptions])(
    "the compact form expands to exactly the objects",
    (contacts, updates, options) => {
      const compact = classifyContactsCompact(contacts, { ...options, enquiryUpdates: updates });
      expect(contacts.map((_, i) => compactResult(compact, i))).toEqual(
        classifyContacts(contacts, { ...options, enquiryUpdates: updates }),
      );
    },
  );

  test.prop([contactHistory, enquiryUpdates, withText])(
    "results survive JSON unchanged, and a result is avoidable exactly when it has a reason",
    (contacts, updates, options) => {
      const results = classifyContacts(contacts, { ...options, enquiryUpdates: updates });
      expect(JSON.parse(JSON.stringify(results))).toStrictEqual(
        results.map((result) => ({ ...result, evidence: [...result.evidence] })),
      );
      for (const result of results) expect(result.demand === "avoidable").toBe(result.reason !== undefined);
    },
  );
});

describe("ni14: laws", () => {
  test.prop([contactHistory, enquiryUpdates, classifierOptions])(
    "the NI 14 rate is in [0, 1] and equals avoidable ÷ total; breakdowns sum to the total and reasons to the avoidable",
    (contacts, updates, options) => {
      const results = classifyContacts(contacts, { ...options, enquiryUpdates: updates });
      const measure = ni14(results, { sample: true });
      expect(measure.rate).toBeGreaterThanOrEqual(0);
      expect(measure.rate).toBeLessThanOrEqual(1);
      expect(measure.rate).toBe(measure.total === 0 ? 0 : measure.avoidable / measure.total);
      expect(measure.total + measure.outbound).toBe(contacts.length);
      for (const breakdown of [measure.byService, measure.byChannel, measure.byCluster, measure.byMonth]) {
        const counts = Object.values(breakdown ?? {});
        expect(counts.reduce((sum, count) => sum + count.total, 0)).toBe(measure.total);
        expect(counts.reduce((sum, count) => sum + count.avoidable, 0)).toBe(measure.avoidable);
      }
      expect(Object.values(measure.byReason ?? {}).reduce((sum, n) => sum + n, 0)).toBe(measure.avoidable);
      expect(measure.interval!.lower).toBeLessThanOrEqual(measure.rate);
      expect(measure.interval!.upper).toBeGreaterThanOrEqual(measure.rate);
      expect(
        ni14(classifyContactsCompact(contacts, { ...options, enquiryUpdates: updates }), { sample: true }),
      ).toEqual(measure);
    },
  );
});

describe("forgetting is invisible", () => {
  it("a contact on every day of a sparse history (so that state is forgotten on other days) changes no result", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 12 }),
        (failureWindowDays, clarificationWindowDays, enquiryLapseDays) => {
          const { contacts, enquiryUpdates } = generateHistory({
            seed: failureWindowDays * 100 + enquiryLapseDays,
            count: 250,
            from: "2024-03-01",
            to: "2024-05-31",
          });
          const daily = parseContacts(
            Array.from({ length: 92 }, (_, day) => ({
              id: `daily-${day}`,
              at: Date.UTC(2024, 2, 1 + day, 0, 30),
              channel: "email" as const,
              customerId: "someone-else",
            })),
          );
          const options = { failureWindowDays, clarificationWindowDays, enquiryLapseDays, enquiryUpdates };
          const alone = classifyContacts(contacts, options);
          const withDaily = byId(classifyContacts([...contacts, ...daily], options));
          for (const result of alone) expect(withDaily[result.contactId]).toEqual(result);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});
