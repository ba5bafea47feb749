import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type AvoidableContactCount, avoidableContactCost, SOCITM_2012_UNIT_COSTS } from "../../src/cost/index.js";
import { sum, toPence } from "../../src/money/index.js";
import { AVOIDABLE_REASON_CODES } from "../../src/taxonomy/index.js";
import { channel, deepFreeze, unitCostTableArb } from "./helpers.js";

describe("avoidableContactCost", () => {
  // By hand at Socitm 2012: chasing 12,000 calls × 2.83 = 33,960 and 500 visits × 8.62 = 4,310 (38,270);
  // misdirected 8,000 calls × 2.83 = 22,640; repeats 900 emails, uncosted. Total 60,910.
  const rows: AvoidableContactCount[] = [
    { reason: "progress-chasing", channel: "telephone", serviceId: "missed-bin", count: 12_000 },
    { reason: "progress-chasing", channel: "face-to-face", serviceId: "missed-bin", count: 500 },
    { reason: "misdirected", channel: "telephone", count: 8_000 },
    { reason: "repeat", channel: "email", serviceId: "council-tax", count: 900 },
  ];
  const result = avoidableContactCost(rows, SOCITM_2012_UNIT_COSTS, {
    removeShare: { "progress-chasing": 0.5, misdirected: 0.25 },
  });

  it("costs avoidable contact by reason, service and channel, each adding up to the total", () => {
    expect(result.total).toBe("60910.00");
    expect(result.contacts).toBe(20_500);
    expect(result.byReason).toEqual([
      { key: "progress-chasing", contacts: 12_500, cost: "38270.00" },
      { key: "misdirected", contacts: 8_000, cost: "22640.00" },
    ]);
    expect(result.byService).toEqual([
      { key: "missed-bin", contacts: 12_500, cost: "38270.00" },
      { key: null, contacts: 8_000, cost: "22640.00" },
    ]);
    expect(result.byChannel).toEqual([
      { key: "face-to-face", contacts: 500, cost: "4310.00" },
      { key: "telephone", contacts: 20_000, cost: "56600.00" },
    ]);
  });

  it("reports counts on a channel without a unit cost as uncosted", () => {
    expect(result.uncosted).toEqual([{ channel: "email", volume: 900 }]);
  });

  it("works out the saving of removing a share per reason: half the chasing (£19,135) and a quarter of the misdirected (£5,660)", () => {
    expect(result.removal).toEqual({
      contacts: 8_250, // 6,250 + 2,000
      saving: "24795.00",
      byReason: [
        { reason: "progress-chasing", share: 0.5, contacts: 6_250, saving: "19135.00" },
        { reason: "misdirected", share: 0.25, contacts: 2_000, saving: "5660.00" },
      ],
    });
  });

  it("applies one share to every reason when given a number, and saves nothing by default", () => {
    expect(avoidableContactCost(rows, SOCITM_2012_UNIT_COSTS, { removeShare: 1 }).removal.saving).toBe("60910.00");
    expect(avoidableContactCost(rows, SOCITM_2012_UNIT_COSTS).removal).toEqual({
      contacts: 0,
      saving: "0.00",
      byReason: [],
    });
  });

  it.each([
    [[{ reason: "boredom", channel: "telephone", count: 1 }], {}, /rows\[0\]\.reason must be an avoidable-reason code/],
    [[{ reason: "repeat", channel: "owl", count: 1 }], {}, /rows\[0\]\.channel must be a channel code/],
    [
      [{ reason: "repeat", channel: "telephone", count: -3 }],
      {},
      /rows\[0\]\.count must be a finite number ≥ 0, got -3/,
    ],
    [[], { removeShare: 1.5 }, /removeShare must be a share in \[0, 1\], got 1\.5/],
    [[], { removeShare: { repeat: -0.1 } }, /removeShare\.repeat must be a share in \[0, 1\], got -0\.1/],
    [[], { removeShare: { boredom: 0.1 } }, /removeShare key must be an avoidable-reason code/],
    [[], { removeShare: "half" }, /removeShare must be a share in \[0, 1\] or shares by reason/],
    ["rows", {}, /rows must be an array/],
  ])("refuses %j %j with a RangeError naming the option", (bad, options, message) => {
    expect(() => avoidableContactCost(bad as never, SOCITM_2012_UNIT_COSTS, options as never)).toThrow(message);
  });

  it("leaves its inputs unchanged", () => {
    const frozen = deepFreeze(rows.map((row) => ({ ...row })));
    expect(avoidableContactCost(frozen, SOCITM_2012_UNIT_COSTS).total).toBe("60910.00");
  });

  const rowArb = fc.record({
    reason: fc.constantFrom(...AVOIDABLE_REASON_CODES),
    channel,
    serviceId: fc.option(fc.constantFrom("a", "b", "c"), { nil: undefined }),
    count: fc.integer({ min: 0, max: 100_000 }),
  });
  test.prop([fc.array(rowArb, { maxLength: 30 }), unitCostTableArb, fc.double({ min: 0, max: 1, noNaN: true })])(
    "reconciles by reason, service and channel, and never saves more than the total",
    (rowsIn, costs, share) => {
      const rowsClean = rowsIn.map(({ serviceId, ...row }) => (serviceId === undefined ? row : { ...row, serviceId }));
      const out = avoidableContactCost(rowsClean, costs, { removeShare: share });
      for (const lines of [out.byReason, out.byService, out.byChannel])
        expect(sum(lines.map((line) => line.cost))).toBe(out.total);
      expect(sum(out.removal.byReason.map((line) => line.saving))).toBe(out.removal.saving);
      expect(toPence(out.removal.saving) <= toPence(out.total)).toBe(true);
    },
  );
});
