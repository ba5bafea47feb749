import { describe, expect, it } from "vitest";
import { classifyContacts, ni14, wilsonInterval, Z_95 } from "../../src/avoidable/index.js";
import { extendCatalogue, STARTER_CATALOGUE } from "../../src/taxonomy/index.js";
import { NI14_CONTACTS, NI14_MEASURE } from "./ni14History.js";

const contacts = NI14_CONTACTS;
const results = classifyContacts(contacts);

describe("ni14", () => {
  it("counts avoidable contacts among customer contacts, leaving outbound out", () => {
    const measure = ni14(results);
    expect([measure.avoidable, measure.total, measure.rate, measure.outbound]).toEqual([3, 5, 0.6, 1]);
  });

  it("breaks the measure down by service, channel, cluster, reason and London month", () => {
    expect(ni14(results)).toEqual(NI14_MEASURE);
  });

  it("maps services to a council's own clusters, and gives only the breakdowns asked for", () => {
    const catalogue = extendCatalogue(STARTER_CATALOGUE, {
      clusters: [{ id: "own", label: "Own", description: "our own services", source: "test" }],
      services: [{ id: "my-own-service", label: "Mine", cluster: "own", tier: "all", source: "test" }],
    });
    const measure = ni14(results, { by: ["cluster"], catalogue });
    expect(measure.byCluster?.own).toEqual({ avoidable: 1, total: 1, rate: 1 });
    expect(Object.keys(measure)).toEqual(["avoidable", "total", "rate", "outbound", "byCluster"]);
  });

  it("adds a Wilson 95% interval for a sample", () => {
    expect(ni14(results, { sample: true, by: [] }).interval).toEqual(wilsonInterval(3, 5));
    expect(ni14(results).interval).toBeUndefined();
  });

  it("gives a rate of 0 and an interval of [0, 1] when there is no contact", () => {
    expect(ni14([], { sample: true })).toMatchObject({
      avoidable: 0,
      total: 0,
      rate: 0,
      interval: { lower: 0, upper: 1 },
    });
  });

  it("refuses an unknown breakdown, naming it", () => {
    expect(() => ni14(results, { by: ["ward" as never] })).toThrow(
      'by must list breakdowns from service, channel, cluster, reason, month, got "ward"',
    );
  });
});

describe("wilsonInterval", () => {
  it("matches the score interval worked by hand for 30 of 100", () => {
    // p = 0.3, z² = 3.841459, z²/n = 0.03841459; centre = (0.3 + 0.01920729) / 1.03841459 = 0.307400;
    // half = 1.959964 × √(0.0021 + 0.0000960365) / 1.03841459 = 1.959964 × 0.0468619 / 1.03841459 = 0.0884500.
    const interval = wilsonInterval(30, 100);
    expect(interval.lower).toBeCloseTo(0.21895, 5);
    expect(interval.upper).toBeCloseTo(0.39585, 5);
    expect(interval).toMatchObject({ z: Z_95, method: "wilson" });
  });

  it("stays inside [0, 1] at the extremes, with the bounds exact at 0 and n", () => {
    // 0 of 10: upper = (z²/2n + z·√(z²/4n²)) / (1 + z²/n) = (z²/n) / (1 + z²/n) = 0.384146 / 1.384146 = 0.277533.
    expect(wilsonInterval(0, 10)).toMatchObject({ lower: 0 });
    expect(wilsonInterval(0, 10).upper).toBeCloseTo(0.277533, 6);
    expect(wilsonInterval(10, 10).upper).toBe(1);
    expect(wilsonInterval(10, 10).lower).toBeCloseTo(1 - 0.277533, 6);
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1, z: Z_95, method: "wilson" });
  });

  it("narrows as the sample grows at the same proportion", () => {
    const small = wilsonInterval(3, 10);
    const large = wilsonInterval(300, 1000);
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
  });

  it.each([
    [11, 10, 1.96, "successes must be a whole number in [0, trials = 10], got 11"],
    [1.5, 10, 1.96, "successes must be a whole number in [0, trials = 10], got 1.5"],
    [1, -1, 1.96, "trials must be a whole number ≥ 0, got -1"],
    [1, 10, 0, "z must be a finite number > 0, got 0"],
  ])("refuses %d of %d with z %d with a RangeError naming the value", (x, n, z, message) => {
    expect(() => wilsonInterval(x, n, z)).toThrow(new RangeError(message));
  });
});
