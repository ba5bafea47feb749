import { startClock, pauseClock, dueDate, extendClock, clockStatus, safeParseClock } from "../src/clocks/index.ts";
const foi = startClock("foi", "2025-03-03");
const tries: [string, () => unknown][] = [
  ["bigint division", () => startClock("sar", "2025-03-03", { division: 10n as never })],
  ["bigint closures", () => startClock("complaint-stage-1", "2025-03-03", { closures: [10n as never] })],
  ["bigint awaiting", () => startClock("sar", "2025-03-03", { awaiting: 10n as never })],
  ["bigint closures whole", () => startClock("complaint-stage-1", "2025-03-03", { closures: 10n as never })],
  ["events {}", () => dueDate({ ...foi, events: {} } as never)],
  ["extend events {}", () => extendClock({ ...foi, events: {} } as never, "2025-03-05")],
  ["no closures", () => { const { closures, ...rest } = foi; return dueDate(rest as never); }],
  ["extend no closures", () => { const { closures, ...rest } = foi; return extendClock(rest as never, "2025-03-05"); }],
  ["status null", () => clockStatus(foi, "2025-03-10", null as never)],
  ["pause garbage", () => pauseClock({ ...foi, junk: 1, received: "2025-03-03" } as never, "2025-03-05")],
  ["pause division garbage", () => pauseClock({ ...foi, division: "mars" } as never, "2025-03-05")],
  ["safeParse sparse", () => safeParseClock({ ...foi, events: new Array(1) })],
  ["sar 2100", () => dueDate(startClock("sar", "2100-12-20"))],
  ["foi 2100", () => dueDate(startClock("foi", "2100-12-20"))],
  ["hours 2100", () => dueDate(startClock({ name: "r", unit: "hours", limit: 40 }, "2100-12-31T20:00Z"))],
  ["status 2100", () => clockStatus(startClock("foi", "2100-12-20"), "2100-12-21")],
];
for (const [n, f] of tries) { try { const r = f(); console.log(n, "=>", JSON.stringify(r, (k, v) => typeof v === "bigint" ? `${v}n` : v)); } catch (e) { console.log(n, "THROWS", (e as Error).name, (e as Error).message); } }
