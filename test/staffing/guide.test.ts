import { afterEach, describe, expect, it, vi } from "vitest";
import { erlangC, serviceLevel } from "../../src/staffing/index.js";
import { readRepoFile } from "../docs/extractExamples.js";

const guide = readRepoFile("docs/staffing.md");
const ROW = /^\|\s+(\d+) \|\s+(\d\.\d{4}) \|\s+(\d\.\d{4}) \| ([█·]{20}) \|$/;
const guideRows = guide.split("\n").filter((line) => ROW.test(line));
const expected = (agents: number): { wait: string; sl: string; bar: string } => {
  const sl = serviceLevel({ trafficErlangs: 10, agents, ahtSeconds: 180, targetSeconds: 20 });
  return {
    wait: erlangC(10, agents).toFixed(4),
    sl: sl.toFixed(4),
    bar: "█".repeat(Math.round(sl * 20)).padEnd(20, "·"),
  };
};

describe("docs/staffing.md", () => {
  afterEach(() => vi.restoreAllMocks());

  it("starts with typedoc front matter", () => {
    expect(guide.startsWith("---\ntitle: Staffing\n---\n")).toBe(true);
  });

  it("tabulates the service level the library computes for 10 to 18 agents (100 calls, AHT 180 s, 20 s)", () => {
    expect(guideRows).toHaveLength(9);
    guideRows.forEach((line, i) => {
      const [, agents, wait, sl, bar] = ROW.exec(line)!;
      expect(Number(agents)).toBe(10 + i);
      expect({ wait, sl, bar }).toEqual(expected(10 + i));
    });
  });

  it("charts the same data in its Vega-Lite spec", () => {
    const json = /```json\n([\s\S]*?)```/.exec(guide)![1]!;
    const spec = JSON.parse(json) as { $schema: string; data: { values: { agents: number; serviceLevel: number }[] } };
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    expect(spec.data.values.map((v) => v.agents)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18]);
    for (const { agents, serviceLevel: value } of spec.data.values) expect(value.toFixed(4)).toBe(expected(agents).sl);
  });

  it("shows exactly the table examples/staffing.ts prints", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      lines.push(...args.map(String).join(" ").split("\n"));
    });
    await import("../../examples/staffing.js");
    expect(lines.filter((line) => ROW.test(line))).toEqual(guideRows);
    expect(lines.some((line) => line.includes("38.6 FTE"))).toBe(true);
  });
});
