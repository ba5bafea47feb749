import { startClock, pauseClock } from "../src/clocks/index.ts";
const tries: [string, () => unknown][] = [
  ["feb29", () => startClock("foi", "2025-02-29")],
  ["1999", () => startClock("foi", "1999-12-31")],
  ["nooffset", () => startClock("foi", "2025-03-03T09:00:00")],
  ["nan", () => startClock("foi", Number.NaN)],
  ["baddate", () => startClock("foi", new Date(Number.NaN))],
  ["obj", () => startClock("foi", {} as string)],
  ["pause13", () => pauseClock(startClock("foi", "2025-03-03"), "2025-13-01")],
  ["2101inst", () => startClock("foi", "2101-01-01T00:00Z")],
];
for (const [n, f] of tries) { try { f(); console.log(n, "no throw"); } catch (e) { console.log(n, (e as Error).message); } }
