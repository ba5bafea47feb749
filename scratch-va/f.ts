import { startClock, pauseClock, resumeClock, dueDate, extendClock } from "../src/clocks/index.ts";
const foi = startClock("foi", "2025-03-03");
const paused = pauseClock(foi, "2025-03-05");
const ext = extendClock(paused, "2025-04-10", { by: 20 });
console.log(JSON.stringify(ext.events), dueDate(resumeClock(ext, "2025-04-14")), dueDate(resumeClock(paused, "2025-04-14")));
for (const by of [0, -1, 2.5, "5", Number.NaN, null]) { try { extendClock(foi, "2025-03-05", { by: by as number }); } catch (e) { console.log(by, (e as Error).message); } }
console.log(JSON.stringify(startClock("foi", "2025-03-03", { division: "united-kingdom" })));
