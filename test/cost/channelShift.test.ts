import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  businessCase,
  type ChannelShift,
  type ChannelShiftOptions,
  channelShiftBenefits,
  channelShiftScenario,
  type ServiceChannelVolumes,
  SOCITM_2012_UNIT_COSTS,
} from "../../src/cost/index.js";
import { money, subtract, sum } from "../../src/money/index.js";
import { annualStaffing } from "../../src/staffing/index.js";
import { channel, deepFreeze, unitCostTableArb } from "./helpers.js";

const socitm: ChannelShiftOptions = { unitCosts: SOCITM_2012_UNIT_COSTS, years: 3 };

describe("channelShiftScenario", () => {
  it("takes a Surrey-like council from 79p to 49p an enquiry by moving 46.875% of its calls to the web", () => {
    // 670,000 enquiries: 160,000 calls (£2.83) and 510,000 web (£0.15) cost £529,300, 79p each.
    // Moving 0.46875 × 160,000 = 75,000 calls to the web: 85,000 × 2.83 + 585,000 × 0.15 = £328,300, 49p each.
    const scenario = channelShiftScenario(
      { enquiries: { telephone: 160_000, "web-form": 510_000 } },
      [{ from: "telephone", to: "web-form", share: 0.46875 }],
      { ...socitm, years: 1 },
    );
    expect([scenario.baseline.cost.total, scenario.baseline.cost.costPerContact]).toEqual(["529300.00", "0.79"]);
    expect([scenario.years[0]?.cost.total, scenario.years[0]?.cost.costPerContact]).toEqual(["328300.00", "0.49"]);
    expect(scenario.years[0]?.saving).toBe("201000.00"); // 75,000 × (2.83 − 0.15)
  });

  it("follows the take-up curve and adds failure demand back on the phone (worked by hand)", () => {
    // 120,000 calls, half to move over two years, 10% of movers phone anyway.
    // Year 1: 30,000 move, 3,000 phone back: 93,000 calls, 70,000 web; 93,000 × 2.83 + 70,000 × 0.15 = 273,690.
    // Year 2: 60,000 move, 6,000 back: 66,000 calls, 100,000 web; 186,780 + 15,000 = 201,780.
    // Baseline 339,600 + 6,000 = 345,600, so savings 71,910 and 143,820.
    const scenario = channelShiftScenario(
      { "council-tax": { telephone: 120_000, "web-form": 40_000 } },
      [
        {
          from: "telephone",
          to: "web-form",
          share: 0.5,
          takeUp: { kind: "linear", years: 2 },
          failureDemand: { share: 0.1 },
        },
      ],
      socitm,
    );
    expect(
      scenario.years.map((year) => [
        year.takeUp,
        year.shifted,
        year.failureDemand,
        year.volumes,
        year.cost.total,
        year.saving,
      ]),
    ).toEqual([
      [[0.5], 30_000, 3_000, { telephone: 93_000, "web-form": 70_000 }, "273690.00", "71910.00"],
      [[1], 60_000, 6_000, { telephone: 66_000, "web-form": 100_000 }, "201780.00", "143820.00"],
      [[1], 60_000, 6_000, { telephone: 66_000, "web-form": 100_000 }, "201780.00", "143820.00"],
    ]);
    expect(scenario.totals).toEqual({ saving: "359550.00", cashable: "0.00", nonCashable: "359550.00" });
  });

  it("applies a shift only to the services named, and costs each service", () => {
    const scenario = channelShiftScenario(
      { "council-tax": { telephone: 1000 }, "missed-bin": { telephone: 1000 } },
      [{ from: "telephone", to: "web-form", share: 1, services: ["missed-bin"] }],
      { ...socitm, years: 1 },
    );
    expect(scenario.years[0]?.byService).toEqual([
      { serviceId: "council-tax", cost: "2830.00" },
      { serviceId: "missed-bin", cost: "150.00" },
    ]);
    expect(sum(scenario.years[0]!.byService.map((line) => line.cost))).toBe(scenario.years[0]?.cost.total);
  });

  it("counts as cashable only whole FTEs released, plus variable costs no longer spent", () => {
    // 33,000 letters × 9 minutes = 4,950 hours = 3 FTE at 1,650 hours. Half move to email:
    // 16,500 letters = 1.5 FTE, so 1 whole FTE (£32,500) is released, not 1.5.
    // Saving at unit costs: 16,500 × (£5.00 − £1.20) = £62,700; postage 16,500 × £0.85 = £14,025 is cashable too.
    // Cashable 32,500 + 14,025 = 46,525; non-cashable 62,700 − 46,525 = 16,175.
    const scenario = channelShiftScenario(
      { benefits: { letter: 33_000 } },
      [{ from: "letter", to: "email", share: 0.5 }],
      {
        unitCosts: { letter: "5.00", email: "1.20" },
        years: 1,
        variableCosts: { letter: "0.85" },
        staffing: {
          letter: { kind: "workload", handleMinutes: 9, productiveHoursPerFte: 1650, costPerFte: money("32500") },
        },
      },
    );
    const [year] = scenario.years;
    expect([scenario.baseline.fte, year?.fte, year?.fteReleased]).toEqual([
      { letter: 3 },
      { letter: 1.5 },
      { letter: 1 },
    ]);
    expect([year?.saving, year?.cashable, year?.nonCashable]).toEqual(["62700.00", "46525.00", "16175.00"]);
  });

  it("staffs a phone team with Erlang C through annualStaffing and releases whole FTEs", () => {
    const weekday = { open: "09:00", close: "17:00" };
    const staffing = {
      openingHours: { monday: weekday, tuesday: weekday, wednesday: weekday, thursday: weekday, friday: weekday },
      ahtSeconds: 240,
      targets: { serviceLevel: 0.8, targetSeconds: 20 },
      shrinkage: 0.3,
      paidHoursPerFte: 37,
    };
    const scenario = channelShiftScenario(
      { all: { telephone: 400_000 } },
      [{ from: "telephone", to: "web-self-service", share: 0.4 }],
      {
        ...socitm,
        years: 1,
        staffing: { telephone: { kind: "erlang", staffing, costPerFte: money("30000") } },
      },
    );
    const before = annualStaffing({ ...staffing, callsPerYear: 400_000 }).fte;
    const after = annualStaffing({ ...staffing, callsPerYear: 240_000 }).fte;
    const released = Math.floor(before - after);
    expect(scenario.years[0]?.fte.telephone).toBe(after);
    expect(scenario.years[0]?.fteReleased.telephone).toBe(released);
    expect(scenario.years[0]?.cashable).toBe(money(String(released * 30_000)));
  });

  it("makes cashable savings negative when a team needs more posts", () => {
    // moving 1,650 hours of visits onto the phone adds exactly 1 FTE of calls: −1 released, −£30,000
    const scenario = channelShiftScenario(
      { x: { "face-to-face": 16_500, telephone: 0 } },
      [{ from: "face-to-face", to: "telephone", share: 1 }],
      {
        ...socitm,
        years: 1,
        staffing: {
          telephone: { kind: "workload", handleMinutes: 6, productiveHoursPerFte: 1650, costPerFte: money("30000") },
        },
      },
    );
    expect(scenario.years[0]?.fteReleased).toEqual({ telephone: -1 });
    expect(scenario.years[0]?.cashable).toBe("-30000.00");
  });

  it("turns a scenario into the benefit lines of a business case", () => {
    const scenario = channelShiftScenario(
      { x: { telephone: 10_000 } },
      [{ from: "telephone", to: "web-form", share: 0.5 }],
      { ...socitm, years: 2 },
    );
    const benefits = channelShiftBenefits(scenario, "phones to web");
    expect(benefits).toEqual({
      cashableBenefits: [{ name: "phones to web (cashable)", amounts: ["0.00", "0.00", "0.00"] }],
      nonCashableBenefits: [{ name: "phones to web (non-cashable)", amounts: ["0.00", "13400.00", "13400.00"] }],
    });
    expect(
      businessCase(
        { ...benefits, oneOffCosts: [{ name: "web forms", amounts: [money("26800")] }] },
        { discountRate: 0 },
      ).npv,
    ).toBe("0.00");
  });

  it("makes benefit lines without changing the scenario", () => {
    const scenario = deepFreeze(
      channelShiftScenario({ x: { telephone: 10 } }, [{ from: "telephone", to: "web-form", share: 1 }], {
        ...socitm,
        years: 1,
      }),
    );
    expect(channelShiftBenefits(scenario).nonCashableBenefits[0]?.amounts).toEqual(["0.00", "26.80"]);
  });

  it.each<[string, ServiceChannelVolumes, ChannelShift[], Partial<ChannelShiftOptions>, RegExp]>([
    [
      "shares over 1 from one channel",
      { a: { telephone: 10 } },
      [
        { from: "telephone", to: "web-form", share: 0.6 },
        { from: "telephone", to: "email", share: 0.5 },
      ],
      {},
      /shifts \(a, from telephone\) must be shares adding up to at most 1, got 1\.1/,
    ],
    [
      "a share outside [0, 1]",
      { a: { telephone: 10 } },
      [{ from: "telephone", to: "web-form", share: -0.1 }],
      {},
      /shifts\[0\]\.share must be a share in \[0, 1\], got -0\.1/,
    ],
    [
      "a failure share outside [0, 1]",
      { a: { telephone: 10 } },
      [{ from: "telephone", to: "web-form", share: 0.1, failureDemand: { share: 2 } }],
      {},
      /shifts\[0\]\.failureDemand\.share must be a share in \[0, 1\], got 2/,
    ],
    [
      "an unknown channel",
      { a: { telephone: 10 } },
      [{ from: "telephone", to: "pigeon" as never, share: 0.1 }],
      {},
      /shifts\[0\]\.to must be a channel code/,
    ],
    [
      "a shift to itself",
      { a: { telephone: 10 } },
      [{ from: "telephone", to: "telephone", share: 0.1 }],
      {},
      /shifts\[0\]\.to must be a channel other than from/,
    ],
    [
      "an unknown service",
      { a: { telephone: 10 } },
      [{ from: "telephone", to: "email", share: 0.1, services: ["b"] }],
      {},
      /shifts\[0\]\.services must be service ids in the baseline, got "b"/,
    ],
    [
      "a negative volume",
      { a: { telephone: -10 } },
      [],
      {},
      /baseline\.a\.telephone must be a finite number ≥ 0, got -10/,
    ],
    ["no years", { a: { telephone: 10 } }, [], { years: 0 }, /years must be a whole number ≥ 1, got 0/],
    [
      "a bad take-up curve",
      { a: { telephone: 10 } },
      [{ from: "telephone", to: "email", share: 0.1, takeUp: { kind: "linear", years: -1 } }],
      {},
      /shifts\[0\]\.takeUp\.years must be a whole number ≥ 1/,
    ],
    [
      "a bad staffing kind",
      { a: { telephone: 10 } },
      [],
      { staffing: { telephone: { kind: "guess", costPerFte: money("1") } as never } },
      /staffing\.telephone\.kind must be "workload" or "erlang"/,
    ],
    [
      "staffing without a cost per FTE",
      { a: { telephone: 10 } },
      [],
      { staffing: { telephone: { kind: "workload", handleMinutes: 5, productiveHoursPerFte: 1600 } as never } },
      /staffing\.telephone\.costPerFte must be Money/,
    ],
  ])("refuses %s with a RangeError naming the option", (_, baseline, shifts, options, message) => {
    expect(() => channelShiftScenario(baseline, shifts, { ...socitm, ...options })).toThrow(RangeError);
    expect(() => channelShiftScenario(baseline, shifts, { ...socitm, ...options })).toThrow(message);
  });

  it("leaves its inputs unchanged", () => {
    const baseline = deepFreeze({ a: { telephone: 100, letter: 5 } });
    const shifts = deepFreeze([
      {
        from: "telephone" as const,
        to: "web-form" as const,
        share: 0.5,
        takeUp: { kind: "series" as const, values: [0.2, 0.6] },
      },
    ]);
    expect(channelShiftScenario(baseline, shifts, socitm).years[1]?.volumes).toEqual({
      telephone: 70,
      "web-form": 30,
      letter: 5,
    });
  });

  const baselineArb = fc.dictionary(
    fc.constantFrom("a", "b", "c"),
    fc.dictionary(channel, fc.integer({ min: 0, max: 1_000_000 }), { minKeys: 1 }),
    { minKeys: 1 },
  );
  const shiftArb = (share: fc.Arbitrary<number>, failure: fc.Arbitrary<number>) =>
    fc
      .record({ from: channel, to: channel, share, failureDemand: fc.record({ share: failure, channel }) })
      .filter((shift) => shift.from !== shift.to);

  test.prop([
    baselineArb,
    fc.array(shiftArb(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 4 }),
    unitCostTableArb,
  ])(
    "reproduces the baseline exactly with a 0% shift: same volumes, same costs, no saving",
    (baseline, shifts, unitCosts) => {
      const scenario = channelShiftScenario(baseline, shifts, { unitCosts, years: 3 });
      for (const year of scenario.years) {
        expect(year.volumes).toEqual(scenario.baseline.volumes);
        expect(year.cost).toEqual(scenario.baseline.cost);
        expect(year.byService).toEqual(scenario.baseline.byService);
        expect([year.saving, year.cashable, year.nonCashable, year.shifted, year.failureDemand]).toEqual([
          "0.00",
          "0.00",
          "0.00",
          0,
          0,
        ]);
      }
    },
  );

  test.prop([
    baselineArb,
    fc.array(shiftArb(fc.double({ min: 0, max: 0.25, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true })), {
      maxLength: 4,
    }),
    unitCostTableArb,
  ])(
    "conserves contacts (after = before + failure demand) and reconciles every year's costs",
    (baseline, shifts, unitCosts) => {
      const scenario = channelShiftScenario(baseline, shifts, { unitCosts, years: 2 });
      const total = (volumes: Readonly<Partial<Record<string, number>>>): number =>
        Object.values(volumes).reduce<number>((a, b) => a + (b ?? 0), 0);
      for (const year of scenario.years) {
        expect(total(year.volumes)).toBeCloseTo(total(scenario.baseline.volumes) + year.failureDemand, 6);
        expect(sum(year.byService.map((line) => line.cost))).toBe(year.cost.total);
        expect(sum(year.cost.byChannel.map((line) => line.cost))).toBe(year.cost.total);
        expect(subtract(scenario.baseline.cost.total, year.cost.total)).toBe(year.saving);
      }
    },
  );
});
