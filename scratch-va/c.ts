import fc from "fast-check";
import { readInstant } from "../src/core/index.ts";
const samples = fc.sample(fc.string({ unit: "binary" }), 150);
let t = performance.now();
for (const s of samples) readInstant(s);
console.log("read", performance.now() - t);
t = performance.now();
fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => { readInstant(s); }), { numRuns: 150 });
console.log("assert", performance.now() - t);
