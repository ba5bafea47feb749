import { afterEach, describe, expect, it, vi } from "vitest";
import { UNIT_COST_PRESETS } from "../../src/cost/index.js";
import { readRepoFile } from "../docs/extractExamples.js";

const guide = readRepoFile("docs/cost.md");
const tableLines = (pattern: RegExp): string[] => guide.split("\n").filter((line) => pattern.test(line));

describe("docs/cost.md", () => {
  afterEach(() => vi.restoreAllMocks());

  it("starts with typedoc front matter", () => {
    expect(guide.startsWith("---\ntitle: Cost to serve and channel shift\n---\n")).toBe(true);
  });

  it("tabulates every preset with the figures and confidence it carries", () => {
    const rows = tableLines(/^\| `[A-Z0-9_]+_UNIT_COSTS` \|/);
    expect(rows).toHaveLength(UNIT_COST_PRESETS.length);
    const pounds = (cost: string | number | undefined) => (cost === undefined ? "" : `£${cost}`);
    for (const preset of UNIT_COST_PRESETS) {
      const row = rows.find(
        (line) =>
          line.includes(preset.year) && line.includes(pounds(preset.costs.telephone ?? preset.costs["web-form"])),
      );
      expect(row, preset.id).toBeDefined();
      const cells = row!.split("|").map((cell) => cell.trim());
      expect(cells.slice(2, 8)).toEqual([
        preset.year,
        pounds(preset.costs["face-to-face"]),
        pounds(preset.costs.telephone),
        pounds(preset.costs.letter),
        pounds(preset.costs["web-form"]),
        `${preset.confidence === "confirmed" ? "✅" : "⚠️"} ${preset.confidence}`,
      ]);
    }
  });

  it("shows exactly the tables examples/channel-shift.ts prints (the Surrey-like story and the sensitivity)", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      lines.push(...args.map(String).join(" ").split("\n"));
    });
    await import("../../examples/channel-shift.js");
    const story = tableLines(/^\| (baseline|year \d) +\| +\d+% \|/);
    const tornado = tableLines(/^\| .+ \| +[-+]20% \|/).concat(tableLines(/^\| discount rate +\|/));
    expect(story).toHaveLength(6);
    expect(tornado).toHaveLength(7);
    for (const line of [...story, ...tornado]) expect(lines).toContain(line);
    for (const figure of ["£7,569.71", "7,500 calls", "52p"]) expect(lines.join("\n")).toContain(figure);
  });
});
