import { serviceRequest, startEnquiry, transition, replay } from "./src/enquiry/index.js";
const HOUR = 3_600_000;
const cycle = ["reopen", "investigate", "schedule", "start-work", "fix"] as const;
const N = 1_000_000;
const t0 = Date.UTC(2025, 0, 1);
const events: any[] = [{ type: "submit", at: t0, id: "R" }, { type: "log", at: t0 + 1 }, { type: "fix", at: t0 + 2 }];
for (let i = 0; events.length < N; i++) events.push({ type: cycle[i % 5], at: t0 + 3 + i * HOUR / 10 });
const start = startEnquiry(serviceRequest, events[0]);
if (!start.ok) throw 1;
function run() {
  let s = start.ok ? start.state : null!;
  for (let i = 1; i < N; i++) { const r = transition(serviceRequest, s, events[i]); if (!r.ok) throw new Error(i + r.error.message); s = r.state; }
  return s;
}
for (let k = 0; k < 7; k++) { const a = performance.now(); run(); const ms = performance.now() - a; console.log("transitions/s (M)", (N / ms / 1000).toFixed(1)); }
for (let k = 0; k < 5; k++) { const a = performance.now(); const r = replay(serviceRequest, events); const ms = performance.now() - a; console.log("replay ms", ms.toFixed(1), r.ok); }
