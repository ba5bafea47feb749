import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  avoidableChart,
  channelMixChart,
  channelShiftChart,
  costChart,
  demandChart,
  funnelChart,
  serviceLevelChart,
  staffingChart,
} from "../../src/charts/index.js";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";
import { gallery } from "./gallery.js";
import { renderSvg } from "./renderSvg.js";

const specs = Object.entries(gallery());

describe("the guide's charts", () => {
  it("covers the eight charts", () => {
    expect(specs.map(([name]) => name)).toHaveLength(8);
  });

  it.each(specs)(
    "%s compiles with vega-lite, renders with vega without a warning, and matches docs/images",
    async (name, spec) => {
      const { svg, warnings } = await renderSvg(spec);
      expect(warnings).toEqual([]);
      expect(svg).toContain("<svg");
      const committed = readFileSync(new URL(`../../docs/images/${name}.svg`, import.meta.url), "utf8");
      expect(committed, `docs/images/${name}.svg is stale: run npm run charts`).toBe(`${svg}\n`);
    },
  );

  it("specs are plain JSON", () => {
    for (const [, spec] of specs) expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });
});

describe("chart inputs", () => {
  it("keeps an uncosted channel in the cost chart with no bar", () => {
    const spec = costChart([{ key: "email", count: 40, cost: null }]);
    expect((spec.data as { values: unknown[] }).values).toEqual([
      { key: "email", count: 40, cost: null, pounds: null },
    ]);
  });

  it("refuses rows with missing or mistyped fields, naming the field", () => {
    expect(() => channelMixChart([{ key: "telephone", count: Number.NaN }])).toThrow(/rows\[0\]\.count/);
    expect(() => costChart([{ key: "telephone", count: 1, cost: "£3" }])).toThrow(/rows\[0\]\.cost/);
    expect(() => demandChart([{ date: "2024-01-01" }] as never)).toThrow(/points\[0\]\.value/);
    expect(() => serviceLevelChart([], 80)).toThrow(/target/);
    expect(() => channelMixChart([], { width: 5 })).toThrow(/width/);
  });

  const charts: [string, (x: unknown) => unknown][] = [
    ["channelMixChart", (x) => channelMixChart(x as never)],
    ["demandChart", (x) => demandChart(x as never)],
    ["avoidableChart", (x) => avoidableChart(x as never)],
    ["costChart", (x) => costChart(x as never)],
    ["funnelChart", (x) => funnelChart(x as never, [])],
    ["channelShiftChart", (x) => channelShiftChart(x as never)],
    ["serviceLevelChart", (x) => serviceLevelChart(x as never, 0.8)],
    ["staffingChart", (x) => staffingChart(x as never)],
    ["options", (x) => channelMixChart([], x as never)],
    ["rows of hostile values", (x) => staffingChart([x] as never)],
  ];
  it.each(charts)("%s gives a typed outcome for hostile input", (_, run) => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => run(x), [x], [RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
