import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type ActivityBasedCostOptions, activityBasedCosts, costToServe } from "../../src/cost/index.js";
import { add, money, sum } from "../../src/money/index.js";
import { channel, deepFreeze, pounds } from "./helpers.js";

const adviser = { annualSalary: money("25000"), onCostRate: 0.3, productiveHoursPerYear: 1650 };

describe("activityBasedCosts", () => {
  // Worked by hand. Loaded hourly cost = 25,000 × 1.3 ÷ 1,650 = 32,500 ÷ 1,650 = £650/33 (£19.6970);
  // per minute £65/198 (£0.3283). Staff: calls 100,000 × 6 min = 600,000 min; visits 20,000 × 12 =
  // 240,000 min; web 0. 840,000 min × 65/198 = £275,757.5757… → £275,757.58.
  // Accommodation £90,000 by time (600 : 240 : 0): 64,285.714… and 25,714.285… → floors 64,285.71 and
  // 25,714.28, the spare penny to the larger remainder (.57 > .43): visits 25,714.29.
  // Systems £40,000 by volume (100 : 20 : 80): 20,000, 4,000, 16,000.
  const volumes = { telephone: 100_000, "face-to-face": 20_000, "web-form": 80_000 };
  const abc = activityBasedCosts({
    staff: adviser,
    handleMinutes: { telephone: 6, "face-to-face": 12, "web-form": 0 },
    volumes,
    overheads: [
      { name: "accommodation", annualCost: money("90000"), allocateBy: "time" },
      { name: "systems", annualCost: money("40000"), allocateBy: "volume" },
    ],
  });

  it("works out the loaded hourly cost and cost per minute exactly: £650/33 and £65/198", () => {
    expect([abc.loadedHourlyCost, abc.costPerMinute]).toEqual(["650/33", "65/198"]);
  });

  it("allocates each overhead to the penny by largest remainder, in channel-code order", () => {
    expect(abc.overheads).toEqual([
      {
        name: "accommodation",
        allocateBy: "time",
        byChannel: [
          { channel: "face-to-face", amount: "25714.29" },
          { channel: "telephone", amount: "64285.71" },
          { channel: "web-form", amount: "0.00" },
        ],
      },
      {
        name: "systems",
        allocateBy: "volume",
        byChannel: [
          { channel: "face-to-face", amount: "4000.00" },
          { channel: "telephone", amount: "20000.00" },
          { channel: "web-form", amount: "16000.00" },
        ],
      },
    ]);
  });

  it("gives each channel's unit cost exactly: a call £65/33 of staff time plus £84,285.71 ÷ 100,000 of overheads", () => {
    const calls = abc.channels.find((line) => line.channel === "telephone")!;
    expect(calls.staffCostPerContact).toBe("65/33"); // 6 × 65/198
    expect(calls.overheadPerContact).toBe("0.8428571");
    // 65/33 + 0.8428571 = (6,500,000,000 + 278,142,843) / 3,300,000,000 = 928,142,843 / 330,000,000
    expect(calls.unitCost).toBe("928142843/330000000");
    expect(calls.staffCost).toBe("196969.70"); // 600,000 × 65/198 = 196,969.6969…
    expect(calls.totalCost).toBe("281255.41");
    expect(abc.unitCosts["web-form"]).toBe("0.20"); // 16,000 ÷ 80,000, no staff time
  });

  it("totals staff (rounded once) and overheads: £275,757.58 + £130,000 = £405,757.58", () => {
    expect(abc.total).toBe("405757.58");
    expect(sum(abc.channels.map((line) => line.staffCost))).toBe("275757.58");
  });

  it("gives back the same total when the volumes are costed at its unit costs", () => {
    expect(costToServe(volumes, abc.unitCosts).total).toBe(abc.total);
  });

  it("shares an overhead only among the channels named", () => {
    const phones = activityBasedCosts({
      staff: adviser,
      handleMinutes: { telephone: 5, email: 8 },
      volumes: { telephone: 3, email: 1 },
      overheads: [{ name: "telephony", annualCost: money("10"), allocateBy: "volume", channels: ["telephone"] }],
    });
    expect(phones.overheads[0]?.byChannel).toEqual([{ channel: "telephone", amount: "10.00" }]);
    expect(phones.channels.map((line) => line.overheadCost)).toEqual(["10.00", "0.00"]);
  });

  it("costs a channel with no contacts at its staff cost per contact", () => {
    const idle = activityBasedCosts({ staff: adviser, handleMinutes: { webchat: 3 }, volumes: { webchat: 0 } });
    expect(idle.unitCosts.webchat).toBe("65/66"); // 3 × 65/198
    expect(idle.total).toBe("0.00");
  });

  it.each<[string, Partial<ActivityBasedCostOptions>, RegExp]>([
    [
      "a salary that is not Money",
      { staff: { ...adviser, annualSalary: 25000 as never } },
      /staff\.annualSalary must be Money/,
    ],
    [
      "negative on-costs",
      { staff: { ...adviser, onCostRate: -0.1 } },
      /staff\.onCostRate must be a finite number ≥ 0, got -0\.1/,
    ],
    [
      "no productive hours",
      { staff: { ...adviser, productiveHoursPerYear: 0 } },
      /staff\.productiveHoursPerYear must be a finite number > 0, got 0/,
    ],
    ["a volume without minutes", { handleMinutes: {} }, /handleMinutes\.telephone must be staff minutes per contact/],
    ["minutes without a volume", { handleMinutes: { telephone: 6, email: 4 } }, /volumes\.email must be a volume/],
    ["an unknown channel", { volumes: { owl: 1 } as never }, /volumes key must be a channel code/],
    [
      "an overhead on a channel with no volume",
      { overheads: [{ name: "x", annualCost: money("1"), allocateBy: "volume", channels: ["email"] }] },
      /overheads\[0\]\.channels must be channels that have a volume, got "email"/,
    ],
    [
      "an overhead over no time",
      { handleMinutes: { telephone: 0 }, overheads: [{ name: "rent", annualCost: money("1"), allocateBy: "time" }] },
      /overheads\[0\] must be spread over channels with some staff time, got "rent"/,
    ],
    [
      "an unknown allocation",
      { overheads: [{ name: "x", annualCost: money("1"), allocateBy: "weight" as never }] },
      /overheads\[0\]\.allocateBy must be "volume" or "time"/,
    ],
    [
      "repeated channels",
      {
        overheads: [{ name: "x", annualCost: money("1"), allocateBy: "volume", channels: ["telephone", "telephone"] }],
      },
      /must be a list without repeats/,
    ],
  ])("refuses %s with a RangeError naming the option", (_, change, message) => {
    const options = {
      staff: adviser,
      handleMinutes: { telephone: 6 },
      volumes: { telephone: 10 },
      ...change,
    } as ActivityBasedCostOptions;
    expect(() => activityBasedCosts(options)).toThrow(RangeError);
    expect(() => activityBasedCosts(options)).toThrow(message);
  });

  it("leaves its options unchanged", () => {
    const options = deepFreeze({
      staff: adviser,
      handleMinutes: { telephone: 6 },
      volumes: { telephone: 10 },
      overheads: [{ name: "x", annualCost: money("3"), allocateBy: "volume" as const }],
    });
    expect(activityBasedCosts(options).total).toBe("22.70"); // 10 × 65/33 = 19.6969… → 19.70, + 3.00
  });

  const lines = fc.uniqueArray(
    fc.tuple(channel, fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: 0, max: 30 })),
    { selector: ([c]) => c, minLength: 1 },
  );
  test.prop([
    lines,
    fc.integer({ min: 1, max: 10_000_000 }).map(pounds),
    fc.integer({ min: 0, max: 10_000_000 }).map(pounds),
    fc.constantFrom("volume" as const, "time" as const),
  ])(
    "reconciles: costing the volumes at the unit costs gives staff (rounded once) + overheads, and each overhead is spread whole",
    (channels, salary, overhead, allocateBy) => {
      const volumes = Object.fromEntries(channels.map(([c, v]) => [c, v]));
      const handleMinutes = Object.fromEntries(channels.map(([c, , m]) => [c, m]));
      const weight = channels.some(([, v, m]) => (allocateBy === "time" ? v * m : v) > 0);
      const result = activityBasedCosts({
        staff: { annualSalary: money(salary), onCostRate: 0.28, productiveHoursPerYear: 1628.5 },
        handleMinutes,
        volumes,
        overheads: weight ? [{ name: "overhead", annualCost: money(overhead), allocateBy }] : [],
      });
      expect(costToServe(volumes, result.unitCosts).total).toBe(result.total);
      if (weight) expect(sum(result.overheads[0]!.byChannel.map((share) => share.amount))).toBe(money(overhead));
      expect(result.total).toBe(
        add(sum(result.channels.map((line) => line.staffCost)), weight ? money(overhead) : money("0")),
      );
    },
  );
});
