import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type ChannelVolumes, costToServe, SOCITM_2012_UNIT_COSTS, type UnitCostTable } from "../../src/cost/index.js";
import { add, halfEven, money, sum, toPence } from "../../src/money/index.js";
import { channel, deepFreeze, pounds, unitCostTableArb } from "./helpers.js";

describe("costToServe", () => {
  it("costs Liverpool Direct's published 50,000 calls a week at Socitm 2012: 2,600,000 × £2.83 = £7,358,000.00", () => {
    // 50,000 × 52 weeks = 2,600,000 calls; 2,600,000 × 2.83 = 7,358,000.
    const result = costToServe({ telephone: 50_000 * 52 }, SOCITM_2012_UNIT_COSTS);
    expect(result.total).toBe("7358000.00");
    expect(result.costPerContact).toBe("2.83");
  });

  it("costs English councils' 388m web visits of 2011/12 (Socitm Insight) at £0.15: £58,200,000.00", () => {
    // 388,000,000 × 0.15 = 58,200,000.
    expect(costToServe({ "web-self-service": 388_000_000 }, SOCITM_2012_UNIT_COSTS).total).toBe("58200000.00");
  });

  it("reproduces a Surrey-like fall in cost per enquiry from 79p to 49p (670,000 enquiries, calls from 160,000 to 85,000)", () => {
    // Before: 160,000 × 2.83 = 452,800 and 510,000 × 0.15 = 76,500; 529,300 ÷ 670,000 = 0.79.
    // After: 85,000 × 2.83 = 240,550 and 585,000 × 0.15 = 87,750; 328,300 ÷ 670,000 = 0.49.
    const before = costToServe({ telephone: 160_000, "web-form": 510_000 }, SOCITM_2012_UNIT_COSTS);
    const after = costToServe({ telephone: 85_000, "web-form": 585_000 }, SOCITM_2012_UNIT_COSTS);
    expect([before.total, before.costPerContact]).toEqual(["529300.00", "0.79"]);
    expect([after.total, after.costPerContact]).toEqual(["328300.00", "0.49"]);
  });

  it("lists each costed channel with its volume, exact unit cost and cost, in channel-code order", () => {
    const result = costToServe({ "web-form": 10, telephone: 3, "face-to-face": 1 }, SOCITM_2012_UNIT_COSTS);
    expect(result.byChannel).toEqual([
      { channel: "face-to-face", volume: 1, unitCost: "8.62", cost: "8.62" },
      { channel: "telephone", volume: 3, unitCost: "2.83", cost: "8.49" },
      { channel: "web-form", volume: 10, unitCost: "0.15", cost: "1.50" },
    ]);
    expect(result.total).toBe("18.61");
  });

  it("reports a channel with no unit cost as uncosted with its volume, never as £0", () => {
    const result = costToServe({ telephone: 1, email: 40, sms: 0 }, SOCITM_2012_UNIT_COSTS);
    expect(result.uncosted).toEqual([{ channel: "email", volume: 40 }]);
    expect(result.byChannel.map((line) => line.channel)).toEqual(["telephone"]);
    expect(result.volume).toBe(1);
    expect(result.total).toBe("2.83");
  });

  it("costs a channel given £0 at £0 (a real zero is not uncosted)", () => {
    expect(costToServe({ kiosk: 5 }, { kiosk: "0" })).toMatchObject({ total: "0.00", uncosted: [] });
  });

  it("keeps sub-penny and fractional unit costs exact until the one rounding: 3 × ⅓p is 1p, 1,000 × £0.0437 is £43.70", () => {
    expect(costToServe({ telephone: 3 }, { telephone: "1/300" }).total).toBe("0.01");
    expect(costToServe({ email: 1000 }, { email: "0.0437" }).total).toBe("43.70");
    // three channels at a third of a penny: 1p in all, the spare penny to the first channel
    const thirds = costToServe(
      { "face-to-face": 1, telephone: 1, email: 1 },
      { "face-to-face": "1/300", telephone: "1/300", email: "1/300" },
    );
    expect(thirds.byChannel.map((line) => line.cost)).toEqual(["0.01", "0.00", "0.00"]);
  });

  it("rounds with the mode given: 1 × £0.025 is 3p half-up and 2p half-even", () => {
    expect(costToServe({ letter: 1 }, { letter: "0.025" }).total).toBe("0.03");
    expect(costToServe({ letter: 1 }, { letter: "0.025" }, { rounding: halfEven }).total).toBe("0.02");
  });

  it("reads fractional volumes exactly: 12.5% of 1,001 calls is 125.125 calls, £354.10 at £2.83", () => {
    // 125.125 × 2.83 = 354.10375 → £354.10
    expect(costToServe({ telephone: 125.125 }, SOCITM_2012_UNIT_COSTS).total).toBe("354.10");
  });

  it("gives cost per contact null when nothing is costed", () => {
    expect(costToServe({ email: 4 }, SOCITM_2012_UNIT_COSTS).costPerContact).toBeNull();
    expect(costToServe({}, SOCITM_2012_UNIT_COSTS)).toEqual({
      total: "0.00",
      volume: 0,
      costPerContact: null,
      byChannel: [],
      uncosted: [],
    });
  });

  it.each([
    [{ telephone: -1 }, SOCITM_2012_UNIT_COSTS, /volumesByChannel\.telephone must be a finite number ≥ 0, got -1/],
    [{ telephone: Number.NaN }, SOCITM_2012_UNIT_COSTS, /volumesByChannel\.telephone .* got NaN/],
    [{ telephone: Number.POSITIVE_INFINITY }, SOCITM_2012_UNIT_COSTS, /got Infinity/],
    [{ telephone: "5" }, SOCITM_2012_UNIT_COSTS, /volumesByChannel\.telephone .* got "5"/],
    [
      { pigeon: 1 },
      SOCITM_2012_UNIT_COSTS,
      /volumesByChannel key must be a channel code such as "telephone", got "pigeon"/,
    ],
    [{ telephone: 1 }, { telephone: "-2.83" }, /unitCosts\.telephone must be a unit cost in pounds ≥ 0/],
    [{ telephone: 1 }, { owl: "1" }, /unitCosts key must be a channel code/],
    [{ telephone: 1 }, null, /unitCosts must be a unit-cost table or preset/],
  ])("refuses %j at %j with a RangeError naming the option and value", (volumes, costs, message) => {
    expect(() => costToServe(volumes as ChannelVolumes, costs as UnitCostTable)).toThrow(RangeError);
    expect(() => costToServe(volumes as ChannelVolumes, costs as UnitCostTable)).toThrow(message);
  });

  it("leaves its inputs unchanged", () => {
    const volumes = deepFreeze({ telephone: 10, email: 3 });
    const costs = deepFreeze({ telephone: "2.83" });
    expect(() => costToServe(volumes, costs)).not.toThrow();
    expect(volumes).toEqual({ telephone: 10, email: 3 });
  });

  const volumesArb = fc.dictionary(channel, fc.integer({ min: 0, max: 10_000_000 }), { maxKeys: 14 });

  test.prop([volumesArb, unitCostTableArb])("adds up: the channels sum to the total to the penny", (volumes, costs) => {
    const result = costToServe(volumes, costs);
    expect(sum(result.byChannel.map((line) => line.cost))).toBe(result.total);
  });

  test.prop([volumesArb, unitCostTableArb, channel, fc.integer({ min: 1, max: 1000 })])(
    "is monotone in volume: more contacts never cost less",
    (volumes, costs, extra, more) => {
      const bigger = { ...volumes, [extra]: (volumes[extra] ?? 0) + more };
      expect(toPence(costToServe(bigger, costs).total) >= toPence(costToServe(volumes, costs).total)).toBe(true);
    },
  );

  test.prop([volumesArb, unitCostTableArb])(
    "costs nothing at zero volume (and reports nothing uncosted)",
    (volumes, costs) => {
      const zero = Object.fromEntries(Object.keys(volumes).map((key) => [key, 0]));
      expect(costToServe(zero, costs)).toMatchObject({ total: "0.00", uncosted: [] });
    },
  );

  const pennyCosts = fc.dictionary(channel, fc.integer({ min: 0, max: 2000 }).map(pounds), { maxKeys: 14 });

  test.prop([volumesArb, pennyCosts, pennyCosts])(
    "is linear in unit cost: with whole pence, cost at (a + b) = cost at a + cost at b",
    (volumes, a, b) => {
      const both = Object.fromEntries(
        Object.keys({ ...a, ...b }).map((key) => [
          key,
          add(money(a[key as keyof typeof a] ?? "0"), money(b[key as keyof typeof b] ?? "0")),
        ]),
      );
      // channels missing from one table are costed at £0 in both, so that only linearity is tested
      const fill = (t: Record<string, string>) =>
        Object.fromEntries(Object.keys(both).map((key) => [key, t[key] ?? "0"]));
      expect(costToServe(volumes, both).total).toBe(
        add(costToServe(volumes, fill(a)).total, costToServe(volumes, fill(b)).total),
      );
    },
  );

  test.prop([volumesArb, pennyCosts, fc.integer({ min: 0, max: 50 })])(
    "scales with unit cost: k × the unit costs costs k × as much",
    (volumes, costs, k) => {
      const scaled = Object.fromEntries(
        Object.entries(costs).map(([key, cost]) => [key, pounds(toPence(money(cost)) * BigInt(k))]),
      );
      expect(toPence(costToServe(volumes, scaled).total)).toBe(toPence(costToServe(volumes, costs).total) * BigInt(k));
    },
  );
});

describe("costToServe refuses options that are not options", () => {
  it("refuses a rounding given by name with a RangeError naming the option (not 'mode is not a function')", () => {
    expect(() => costToServe({ telephone: 10 }, SOCITM_2012_UNIT_COSTS, { rounding: "halfUp" as never })).toThrow(
      'rounding must be a rounding mode such as halfUp or halfEven from council-contact/money (the function, not its name), got "halfUp"',
    );
  });

  it("refuses a rounding function that returns no bigint with a RangeError", () => {
    expect(() => costToServe({ telephone: 1 }, SOCITM_2012_UNIT_COSTS, { rounding: (() => 1) as never })).toThrow(
      "rounding result must be a bigint, got 1",
    );
  });
});
