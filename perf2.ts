import { serviceRequest, startEnquiry, transition } from "./src/enquiry/index.js";
const HOUR = 3_600_000;
const cycle = ["reopen", "investigate", "schedule", "start-work", "fix"] as const;
const t0 = Date.UTC(2025, 0, 1);
// A small ring of events whose times keep growing: reuse event objects with offsets? Need increasing at.
const N = 1_000_000;
const events: any[] = [];
for (let i = 0; i < N; i++) events.push({ type: cycle[i % 5], at: t0 + 3 + i * HOUR / 10 });
const start = startEnquiry(serviceRequest, { type: "submit", at: t0, id: "R" });
let s0 = start.ok ? start.state : null!;
s0 = (transition(serviceRequest, s0, { type: "log", at: t0 + 1 }) as any).state;
s0 = (transition(serviceRequest, s0, { type: "fix", at: t0 + 2 }) as any).state;
function run(n: number) {
  let s = s0;
  for (let i = 0; i < n; i++) { const r = transition(serviceRequest, s, events[i]); if (!r.ok) throw new Error(i + r.error.message); s = r.state; }
  return s;
}
function baseline(n: number) {
  let sink = 0;
  for (let i = 0; i < n; i++) { const e = events[i]; sink += e.at + e.type.length; }
  return sink;
}
for (const n of [1000, 1_000_000]) {
  const reps = N / n;
  for (let k = 0; k < 5; k++) {
    let a = process.cpuUsage(); for (let r = 0; r < reps; r++) run(n); let u = process.cpuUsage(a); let ms = (u.user + u.system) / 1000;
    let b = performance.now(); for (let r = 0; r < reps; r++) baseline(n); let ms2 = performance.now() - b;
    console.log(n, "transitions M/s", (N / ms / 1000).toFixed(1), "read-only M/s", (N / ms2 / 1000).toFixed(1));
  }
}
