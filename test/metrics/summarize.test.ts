import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactColumns } from "../../src/contact/index.js";
import { SOCITM_2012_UNIT_COSTS } from "../../src/cost/index.js";
import {
  accumulate,
  avoidableContact,
  callHandling,
  combine,
  complaintsAndCompliments,
  contactCost,
  contactSummary,
  firstContactResolution,
  summarize,
  volumes,
} from "../../src/metrics/index.js";
import { type Contact, parseContacts } from "../../src/schema/index.js";
import { generateContacts } from "../../src/synth/index.js";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";

const contacts = parseContacts([
  {
    id: "a",
    at: "2024-03-30T23:30:00Z",
    channel: "telephone",
    serviceId: "missed-bin",
    answered: true,
    waitSeconds: 20,
    handleSeconds: 100,
  },
  {
    id: "b",
    at: "2024-03-31T01:30:00Z",
    channel: "telephone",
    serviceId: "missed-bin",
    answered: true,
    waitSeconds: 21,
    handleSeconds: 300,
  },
  { id: "c", at: "2024-03-31T09:00:00Z", channel: "telephone", answered: false, waitSeconds: 200 },
  { id: "d", at: "2024-04-01T09:00:00Z", channel: "letter", direction: "outbound", serviceId: "council-tax" },
  {
    id: "e",
    at: "2024-04-02T09:00:00Z",
    channel: "email",
    serviceId: "council-tax",
    interaction: "complaint",
    ward: "Abbey",
  },
]);

describe("volumes", () => {
  it("counts London hours across the spring clock change (01:30 UTC on 31 March 2024 is 02:30 BST)", () => {
    expect(summarize(contacts, volumes("hour")).rows.map((r) => [r.key, r.count])).toEqual([
      ["02", 1],
      ["10", 2],
      ["23", 1],
    ]);
  });

  it("counts by London day, Monday-started week and month, leaving the outbound letter out", () => {
    expect(summarize(contacts, volumes("day")).rows.map((r) => [r.key, r.count])).toEqual([
      ["2024-03-30", 1],
      ["2024-03-31", 2],
      ["2024-04-02", 1],
    ]);
    expect(summarize(contacts, volumes("week")).rows.map((r) => [r.key, r.count])).toEqual([
      ["2024-03-25", 3],
      ["2024-04-01", 1],
    ]);
    expect(summarize(contacts, volumes("month")).rows.map((r) => [r.key, r.count])).toEqual([
      ["2024-03", 3],
      ["2024-04", 1],
    ]);
  });

  it("orders weekdays Monday first and counts the outbound letter when asked", () => {
    expect(summarize(contacts, volumes("weekday", { outbound: true })).rows.map((r) => [r.key, r.count])).toEqual([
      ["Monday", 1],
      ["Tuesday", 1],
      ["Saturday", 1],
      ["Sunday", 2],
    ]);
  });

  it("counts services by cluster, unknown ones under (none)", () => {
    const clusters = summarize(contacts, volumes("cluster")).rows;
    expect(clusters.reduce((n, r) => n + r.count, 0)).toBe(4);
    expect(clusters.find((r) => r.key === "(none)")?.count).toBe(1);
  });
});

describe("callHandling", () => {
  it("puts abandoned calls in the service level's denominator and not in the answering standard's", () => {
    const calls = summarize(contacts, callHandling());
    expect(calls).toEqual({
      answerWithinSeconds: 20,
      offered: 3,
      answered: 2,
      abandoned: 1,
      answerRate: 2 / 3,
      abandonmentRate: 1 / 3,
      serviceLevel: 1 / 3,
      answeringStandard: 1 / 2,
      averageSpeedOfAnswer: 20.5,
      averageHandleSeconds: 200,
    });
  });

  it("gives null rates, not NaN, with no calls", () => {
    const none = summarize([], callHandling());
    expect([none.answerRate, none.serviceLevel, none.averageSpeedOfAnswer]).toEqual([null, null, null]);
  });
});

describe("firstContactResolution", () => {
  const calls = parseContacts([
    { id: "a", at: "2024-05-01T09:00:00Z", channel: "telephone", customerId: "c1", serviceId: "missed-bin" },
    { id: "b", at: "2024-05-08T22:30:00Z", channel: "telephone", customerId: "c1", serviceId: "missed-bin" },
    { id: "c", at: "2024-05-01T09:00:00Z", channel: "telephone", customerId: "c1", serviceId: "council-tax" },
    { id: "d", at: "2024-05-01T09:00:00Z", channel: "telephone", serviceId: "council-tax" },
  ]);

  it("counts a re-contact on the 7th London day as within a 7-day window, and on the 8th as outside it", () => {
    // 22:30 UTC on 8 May is 23:30 BST, still 8 May in London: 7 days after 1 May
    expect(summarize(calls, firstContactResolution({ windowDays: 7 }))).toEqual({
      windowDays: 7,
      contacts: 3,
      resolved: 2,
      rate: 2 / 3,
    });
    expect(summarize(calls, firstContactResolution({ windowDays: 6 }))).toEqual({
      windowDays: 6,
      contacts: 3,
      resolved: 3,
      rate: 1,
    });
  });
});

describe("contactCost", () => {
  it("keeps an uncosted channel's row, so cost volumes equal NI 14's volumes", () => {
    const cost = summarize(contacts, contactCost(SOCITM_2012_UNIT_COSTS));
    expect(cost.contacts).toBe(4);
    expect(cost.rows).toEqual([
      { key: "email", count: 1, unitCost: null, cost: null },
      { key: "telephone", count: 3, unitCost: "2.83", cost: "8.49" },
    ]);
    expect(cost.costPerTransaction).toBe("2.83");
  });
});

describe("complaintsAndCompliments", () => {
  it("gives complaints per 1,000 contacts", () => {
    expect(summarize(contacts, complaintsAndCompliments()).all).toEqual({
      key: "all",
      count: 4,
      complaints: 1,
      compliments: 0,
      complaintsPer1000: 250,
      complimentsPer1000: 0,
    });
  });
});

describe("summarize", () => {
  const synthetic = generateContacts({ seed: 7, count: 3000, from: "2024-01-01", to: "2024-12-31" });
  const summary = contactSummary({ unitCosts: SOCITM_2012_UNIT_COSTS });
  const once = summarize(synthetic, summary);

  it("gives the same summary from an array, a generator, an async iterable and contact columns", async () => {
    function* each(): Generator<Contact> {
      yield* synthetic;
    }
    async function* later(): AsyncGenerator<Contact> {
      yield* synthetic;
    }
    expect(summarize(each(), summary)).toEqual(once);
    expect(await summarize(later(), summary)).toEqual(once);
    expect(summarize(contactColumns(synthetic), summary)).toEqual(once);
  });

  it("gives every breakdown the same total, costed channels or not", () => {
    const totals = Object.values(once.volumes).map((v) => v.total);
    expect(new Set([...totals, once.channelMix.total, once.cost?.contacts, once.feedback.all.count]).size).toBe(1);
  });

  it("merges four quarter-year shards sent as JSON to the single-pass answer, byte for byte", () => {
    const quarters = [0, 1, 2, 3].map((q) =>
      synthetic.filter((c) => Math.floor(new Date(c.at).getUTCMonth() / 3) === q),
    );
    const states = quarters.map((q) => JSON.parse(JSON.stringify(accumulate(q, summary))));
    const merged = states.reduce((a, b) => summary.merge(a, b), summary.empty());
    expect(JSON.stringify(summary.result(merged))).toBe(JSON.stringify(once));
  });

  it("refuses columns for an aggregate that cannot read them, and a record that is not an object", () => {
    expect(() => accumulate(contactColumns(synthetic.slice(0, 2)), avoidableContact() as never)).toThrow(RangeError);
    expect(() => summarize([null] as never, volumes("channel"))).toThrow(/records\[0\]/);
    expect(() => summarize("abc" as never, volumes("channel"))).toThrow(RangeError);
  });

  it("combine refuses an empty or broken set of parts", () => {
    expect(() => combine({})).toThrow(RangeError);
    expect(() => combine(null as never)).toThrow(RangeError);
  });
});

describe("fuzz", () => {
  const constructors: [string, (x: unknown) => unknown][] = [
    ["volumes", (x) => volumes(x as never)],
    ["volumes options", (x) => volumes("channel", x as never)],
    ["callHandling", (x) => callHandling(x as never)],
    ["firstContactResolution", (x) => firstContactResolution(x as never)],
    ["complaintsAndCompliments", (x) => complaintsAndCompliments(x as never)],
    ["contactCost", (x) => contactCost(x as never)],
    ["contactSummary", (x) => contactSummary(x as never)],
    ["combine", (x) => combine(x as never)],
    ["summarize source", (x) => summarize(x as never, contactSummary())],
    ["summarize aggregate", (x) => summarize([], x as never)],
    ["summarize records", (x) => summarize([x] as never, contactSummary())],
    ["accumulate", (x) => accumulate([], volumes("channel"), x as never)],
  ];
  it.each(constructors)("%s gives a typed outcome for hostile input", (_, run) => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => run(x), [x], [RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
