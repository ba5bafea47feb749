import { resolveIdentities } from "council-contact/cluster";
import { describe, expect, it } from "vitest";
import { readRepoFile } from "../docs/extractExamples.js";

const guide = readRepoFile("docs/clusters.md");

describe("docs/clusters.md", () => {
  it("starts with typedoc front matter", () => {
    expect(guide.startsWith("---\ntitle: Customer clusters and identity\n---\n")).toBe(true);
  });

  it("shows the waterfall the library computes for William and Bill", () => {
    const result = resolveIdentities([
      {
        id: "ct-1001",
        cluster: "revenues",
        givenName: "William",
        familyName: "Okafor",
        dateOfBirth: "1980-03-04",
        phone: "07700 900123",
      },
      {
        id: "ct-2040",
        cluster: "revenues",
        givenName: "Bill",
        familyName: "Okafor",
        dateOfBirth: "1980-04-03",
        phone: "+44 7700 900123",
      },
    ]);
    const signed = (w: number) => (w < 0 ? `−${Math.abs(w).toFixed(2)}` : `+${w.toFixed(2)}`);
    const rows = guide
      .split("\n")
      .filter((line) => /^\| (prior|givenName|familyName|dateOfBirth|phone|total)\b/.test(line));
    const steps = result.links[0]!.evidence;
    expect(rows).toHaveLength(steps.length);
    rows.forEach((row, i) => {
      const cells = row.split("|").map((cell) => cell.trim());
      expect(cells[3]).toBe(signed(steps[i]!.matchWeight));
      expect(cells[4]).toBe(signed(steps[i]!.cumulativeWeight));
    });
    expect(result.identities).toEqual([{ id: "ct-1001", recordIds: ["ct-1001", "ct-2040"] }]);
  });
});
