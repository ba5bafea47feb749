// The guide's worked tables are checked against the library, so they cannot drift.
import { describe, expect, it } from "vitest";
import { dueDate, extendClock, parseClock, startClock } from "../../src/clocks/index.js";
import { readRepoFile } from "../docs/extractExamples.js";

const guide = readRepoFile("docs/clocks.md");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY = /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{1,2}) (\w{3}) (\d{4})/;

/** `Mon 3 Mar 2025` as `2025-03-03`. */
function iso(text: string): string {
  const [, day, month, year] = DAY.exec(text)!;
  return `${year}-${String(MONTHS.indexOf(month!) + 1).padStart(2, "0")}-${day!.padStart(2, "0")}`;
}

/** The rows of the table whose header starts with `header`, as cells. */
function table(header: string): string[][] {
  const lines = guide.split("\n");
  const start = lines.findIndex((line) => line.startsWith(header));
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith("|"); i++)
    rows.push(
      lines[i]!.split("|")
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  return rows;
}

describe("docs/clocks.md", () => {
  it("starts with typedoc front matter", () => {
    expect(guide.startsWith("---\ntitle: Response clocks\n---\n")).toBe(true);
  });

  it("gives the FOI due dates the library computes", () => {
    const rows = table("| received | counting | due |");
    expect(rows).toHaveLength(4);
    for (const [received, , due] of rows) expect(dueDate(startClock("foi", iso(received!)))).toBe(iso(due!));
  });

  it("gives the SAR due dates the library computes", () => {
    const rows = table("| received | the same date next month | due |");
    expect(rows).toHaveLength(7);
    for (const [received, , due] of rows) {
      const clock = startClock("sar", iso(received!));
      const clocked = received!.endsWith("extended") ? extendClock(clock, iso(received!)) : clock;
      expect(dueDate(clocked)).toBe(iso(due!));
    }
  });

  it("shows a clock's JSON that parseClock accepts", () => {
    const json = /```json\n([\s\S]*?)```/.exec(guide)![1]!;
    const clock = parseClock(JSON.parse(json));
    expect(clock.received).toBe("2025-12-09");
    expect(dueDate(clock)).toBe("2026-02-13");
  });
});
