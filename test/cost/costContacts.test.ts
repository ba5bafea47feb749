import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type ContactCostLine,
  type CostableContact,
  costContacts,
  costToServe,
  SOCITM_2012_UNIT_COSTS,
} from "../../src/cost/index.js";
import { sum } from "../../src/money/index.js";
import { ValidationError } from "../../src/schema/index.js";
import { generateContacts } from "../../src/synth/index.js";
import { CHANNEL_CODES, type Channel } from "../../src/taxonomy/index.js";
import { deepFreeze, unitCostTableArb } from "./helpers.js";

const JUNE_30_2330_UTC = Date.UTC(2024, 5, 30, 23, 30); // 00:30 on 1 July in London (BST)
const DEC_31_2330_UTC = Date.UTC(2024, 11, 31, 23, 30); // 23:30 on 31 December in London (GMT)

const row = (channel: Channel, extra: Partial<CostableContact> = {}): CostableContact => ({
  at: Date.UTC(2024, 3, 10, 10),
  channel,
  ...extra,
});

describe("costContacts", () => {
  // Six contacts, worked by hand at Socitm 2012 (£8.62 visit, £2.83 call, £0.15 web):
  //   e1 missed-bin: a web report (0.15) and two chasing calls (2.83 + 2.83)        = 5.81
  //   e2 council-tax: a visit (8.62)                                                   = 8.62
  //   no enquiry: a call about council-tax (2.83); an email (uncosted)
  // Total 5.81 + 8.62 + 2.83 = 17.26.
  const contacts: CostableContact[] = [
    row("web-form", { serviceId: "missed-bin", enquiryId: "e1" }),
    row("telephone", { serviceId: "missed-bin", enquiryId: "e1", at: JUNE_30_2330_UTC }),
    row("telephone", { serviceId: "missed-bin", enquiryId: "e1", at: DEC_31_2330_UTC }),
    row("face-to-face", { serviceId: "council-tax", enquiryId: "e2" }),
    row("telephone", { serviceId: "council-tax" }),
    row("email", { serviceId: "council-tax" }),
  ];
  const all = costContacts(contacts, SOCITM_2012_UNIT_COSTS, {
    by: ["channel", "service", "cluster", "month", "enquiry"],
  });
  const keyed = (lines: readonly ContactCostLine[] | undefined) =>
    lines?.map((line) => [line.key, line.contacts, line.cost]);

  it("totals the costed contacts (£17.26) and leaves the email uncosted, never £0", () => {
    expect(all.total).toBe("17.26");
    expect(all.contacts).toBe(5);
    expect(all.uncosted).toEqual([{ channel: "email", contacts: 1 }]);
    expect(all.costPerContact).toBe("3.45"); // 17.26 ÷ 5 = 3.452
  });

  it("breaks the cost down by channel, service and cluster", () => {
    expect(keyed(all.byChannel)).toEqual([
      ["face-to-face", 1, "8.62"],
      ["telephone", 3, "8.49"],
      ["web-form", 1, "0.15"],
    ]);
    // catalogue order: council-tax (revenues) comes before missed-bin (street scene)
    expect(keyed(all.byService)).toEqual([
      ["council-tax", 2, "11.45"],
      ["missed-bin", 3, "5.81"],
    ]);
    expect(keyed(all.byCluster)).toEqual([
      ["street-scene", 3, "5.81"],
      ["revenues", 2, "11.45"],
    ]);
  });

  it("puts each contact in its London month: 23:30 UTC on 30 June is July (BST), on 31 December is December (GMT)", () => {
    // April: 0.15 + 8.62 + 2.83 = 11.60; July and December: one call each.
    expect(keyed(all.byMonth)).toEqual([
      ["2024-04", 3, "11.60"],
      ["2024-07", 1, "2.83"],
      ["2024-12", 1, "2.83"],
    ]);
  });

  it("costs each enquiry as every contact it took, so chasing shows up: e1 £5.81, e2 £8.62, none £2.83", () => {
    expect(keyed(all.byEnquiry)).toEqual([
      ["e1", 3, "5.81"],
      ["e2", 1, "8.62"],
      [null, 1, "2.83"],
    ]);
    expect(all.costPerEnquiry).toBe("7.22"); // (5.81 + 8.62) ÷ 2 = 7.215 → 7.22
  });

  it("returns only the breakdowns asked for (default: channel, service, cluster, month)", () => {
    const plain = costContacts(contacts, SOCITM_2012_UNIT_COSTS);
    expect(Object.keys(plain).sort()).toEqual([
      "byChannel",
      "byCluster",
      "byMonth",
      "byService",
      "contacts",
      "costPerContact",
      "total",
      "uncosted",
    ]);
    expect(Object.keys(costContacts(contacts, SOCITM_2012_UNIT_COSTS, { by: [] })).sort()).toEqual([
      "contacts",
      "costPerContact",
      "total",
      "uncosted",
    ]);
  });

  it("orders services by catalogue, then other ids, then contacts with none; clusters likewise", () => {
    const result = costContacts(
      [
        row("telephone", { serviceId: "zebra-crossings" }),
        row("telephone"),
        row("telephone", { serviceId: "council-tax" }),
        row("telephone", { serviceId: "allotments" }),
      ],
      SOCITM_2012_UNIT_COSTS,
      { by: ["service", "cluster"] },
    );
    expect(result.byService?.map((line) => line.key)).toEqual(["council-tax", "allotments", "zebra-crossings", null]);
    expect(result.byCluster?.map((line) => line.key)).toEqual(["revenues", null]);
  });

  it("adds handle time × a per-minute rate, exactly: three 20-second calls at 1p a minute cost 1p in all", () => {
    const calls = [0, 1, 2].map((i) => row("telephone", { serviceId: `s${i}`, handleSeconds: 20 }));
    const result = costContacts(calls, { telephone: "0" }, { perHandleMinute: { telephone: "0.01" }, by: ["service"] });
    expect(result.total).toBe("0.01");
    expect(result.handleSeconds).toBe(60);
    expect(result.byService?.map((line) => line.cost)).toEqual(["0.01", "0.00", "0.00"]);
  });

  it("costs a channel with only a per-minute rate, treating a missing handle time as none", () => {
    const result = costContacts(
      [row("letter", { handleSeconds: 600 }), row("letter")],
      {},
      { perHandleMinute: { letter: "0.35" } },
    );
    expect(result.total).toBe("3.50"); // 10 minutes × 35p
    expect(result.byChannel).toEqual([{ key: "letter", contacts: 2, handleSeconds: 600, cost: "3.50" }]);
  });

  it("works out costs exactly with a denominator beyond 2^53, and still adds up", () => {
    // £10^18 / (2^53 + 1) = £111.0223024625156… a contact: e1 (two) £222.0446…, e2 (one) £111.0223…;
    // total £333.0669… → £333.07; floors £222.04 + £111.02 leave 1p, to e1 (remainder .46p > .23p).
    const cost = { telephone: "1000000000000000000/9007199254740993" };
    const result = costContacts(
      [
        row("telephone", { enquiryId: "e1" }),
        row("telephone", { enquiryId: "e1" }),
        row("telephone", { enquiryId: "e2" }),
      ],
      cost,
      { by: ["enquiry"] },
    );
    expect(result.total).toBe("333.07");
    expect(keyed(result.byEnquiry)).toEqual([
      ["e1", 2, "222.05"],
      ["e2", 1, "111.02"],
    ]);
  });

  it("reads any iterable once (a generator of contacts)", () => {
    function* stream() {
      yield row("telephone");
      yield row("web-form");
    }
    expect(costContacts(stream(), SOCITM_2012_UNIT_COSTS).total).toBe("2.98");
  });

  it("agrees with costToServe on the channel counts of a synthetic year", () => {
    const year = generateContacts({ seed: 7, count: 5000, from: "2024-04-01", to: "2025-03-31" });
    const counts: Partial<Record<Channel, number>> = {};
    for (const contact of year) counts[contact.channel] = (counts[contact.channel] ?? 0) + 1;
    const byRecords = costContacts(year, SOCITM_2012_UNIT_COSTS, { by: ["channel"] });
    const byVolumes = costToServe(counts, SOCITM_2012_UNIT_COSTS);
    expect(byRecords.total).toBe(byVolumes.total);
    expect(byRecords.byChannel?.map((line) => line.cost)).toEqual(byVolumes.byChannel.map((line) => line.cost));
    expect(byRecords.uncosted.map((line) => line.contacts)).toEqual(byVolumes.uncosted.map((line) => line.volume));
  });

  it("throws one ValidationError listing every bad record, with paths", () => {
    const bad = [
      row("telephone"),
      row("pigeon" as Channel),
      null as unknown as CostableContact,
      row("telephone", { handleSeconds: -5 }),
      row("telephone", { handleSeconds: 1.5 }),
      row("telephone", { at: Number.NaN }),
      row("telephone", { at: Date.UTC(1999, 0, 1) }),
    ];
    let error: unknown;
    try {
      costContacts(bad, SOCITM_2012_UNIT_COSTS, { perHandleMinute: { telephone: "0.3" } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_value", [1, "channel"]],
      ["invalid_type", [2]],
      ["invalid_value", [3, "handleSeconds"]],
      ["invalid_value", [4, "handleSeconds"]],
      ["invalid_value", [5, "at"]],
      ["invalid_value", [6, "at"]],
    ]);
  });

  it("finds bad records on the fast path too (channel and service only)", () => {
    const bad = [row("telephone"), undefined as unknown as CostableContact, row(7 as unknown as Channel)];
    expect(() => costContacts(bad, SOCITM_2012_UNIT_COSTS, { by: ["channel", "service"] })).toThrow(ValidationError);
    expect(() => costContacts(bad, SOCITM_2012_UNIT_COSTS, { by: ["channel", "service"] })).toThrow(
      /2 issues[\s\S]*1: must be a contact record[\s\S]*2\.channel: unknown channel code 7/,
    );
  });

  it("keeps hundreds of services apart", () => {
    const many = Array.from({ length: 600 }, (_, i) => row("telephone", { serviceId: `service-${i % 300}` }));
    const result = costContacts(many, SOCITM_2012_UNIT_COSTS, { by: ["service"] });
    expect(result.byService).toHaveLength(300);
    expect(result.byService?.every((line) => line.contacts === 2 && line.cost === "5.66")).toBe(true);
  });

  it("costs thousands of enquiries, each with all its contacts", () => {
    // 3,000 enquiries, each a web form (15p) and a chasing call (£2.83): £2.98 an enquiry, £8,940 in all
    const many = Array.from({ length: 3000 }, (_, i) => [
      row("web-form", { enquiryId: `q${i}` }),
      row("telephone", { enquiryId: `q${i}` }),
    ]).flat();
    const result = costContacts(many, SOCITM_2012_UNIT_COSTS, { by: ["enquiry"] });
    expect([result.total, result.costPerEnquiry, result.byEnquiry?.length]).toEqual(["8940.00", "2.98", 3000]);
    expect(result.byEnquiry?.every((line) => line.cost === "2.98" && line.contacts === 2)).toBe(true);
  });

  it("does not read handle time or instants it does not use", () => {
    const odd = [row("telephone", { handleSeconds: -5, at: Number.NaN })];
    expect(costContacts(odd, SOCITM_2012_UNIT_COSTS, { by: ["channel"] }).total).toBe("2.83");
  });

  it("refuses an unknown breakdown with a RangeError naming `by`", () => {
    expect(() => costContacts([], SOCITM_2012_UNIT_COSTS, { by: ["ward" as never] })).toThrow(
      /by must be a list of channel, service, cluster, month, enquiry, got "ward"/,
    );
  });

  it("leaves the contacts unchanged", () => {
    const frozen = deepFreeze(contacts.map((contact) => ({ ...contact })));
    expect(costContacts(frozen, SOCITM_2012_UNIT_COSTS, { by: ["enquiry", "month"] }).total).toBe("17.26");
  });

  const recordArb = fc.record({
    at: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2025, 11, 31) }),
    channel: fc.constantFrom(...CHANNEL_CODES),
    serviceId: fc.option(fc.constantFrom("council-tax", "missed-bin", "potholes", "own-service", "another"), {
      nil: undefined,
    }),
    enquiryId: fc.option(fc.constantFrom("e1", "e2", "e3", "e4", "e10"), { nil: undefined }),
    handleSeconds: fc.option(fc.integer({ min: 0, max: 3600 }), { nil: undefined }),
  });
  const dimensions = ["channel", "service", "cluster", "month", "enquiry"] as const;

  test.prop([
    fc.array(recordArb, { maxLength: 60 }),
    unitCostTableArb,
    fc.option(unitCostTableArb, { nil: undefined }),
  ])(
    "reconciles: by channel = by service = by cluster = by month = by enquiry = the total, to the penny, contact for contact",
    (records, unitCosts, perHandleMinute) => {
      const result = costContacts(records, unitCosts, { by: dimensions, ...(perHandleMinute && { perHandleMinute }) });
      for (const lines of [result.byChannel, result.byService, result.byCluster, result.byMonth, result.byEnquiry]) {
        expect(sum(lines!.map((line) => line.cost))).toBe(result.total);
        expect(lines!.reduce((n, line) => n + line.contacts, 0)).toBe(result.contacts);
      }
      expect(result.contacts + result.uncosted.reduce((n, line) => n + line.contacts, 0)).toBe(records.length);
    },
  );

  test.prop([fc.array(recordArb, { maxLength: 40 }), unitCostTableArb, fc.integer()])(
    "is independent of record order",
    (records, unitCosts, seed) => {
      const shuffled = [...records].sort((a, b) => ((a.at ^ seed) % 7) - ((b.at ^ seed) % 7));
      expect(costContacts(shuffled, unitCosts, { by: dimensions })).toEqual(
        costContacts(records, unitCosts, { by: dimensions }),
      );
    },
  );
});
