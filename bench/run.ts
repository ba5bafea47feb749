// `npm run bench [filter…]`: runs every bench/*.bench.ts (or those whose file or case name contains
// a filter), prints a table and writes bench/results.json as [{ name, value, unit, budget, ratio?, pass }].
// Every figure passes `checkFigure` first: a negative or non-finite one stops the run, naming it, and nothing is
// written.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Benchmark, type BenchResult, checkFigure } from "./harness.js";

const filters = process.argv.slice(2);

// Benchmarks import `council-contact/*`, which resolves (package self-reference, no tsconfig paths here) to the
// built `dist/`: the code users run, not tsx's on-the-fly transform of `src/` (which turns every imported
// constant into a getter call and would understate the library's speed).
const measured = import.meta.resolve("council-contact/money");
if (!measured.includes("/dist/"))
  throw new Error(`benchmarks must measure dist/, but council-contact resolves to ${measured}`);
console.log("measuring the built package in dist/ (npm run bench builds it first)");
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((name) => name.endsWith(".bench.ts"))
  .sort();

const results: BenchResult[] = [];
for (const file of files) {
  const { benchmarks } = (await import(join(dir, file))) as { benchmarks: Benchmark[] };
  for (const benchmark of benchmarks) {
    const label = `${file.replace(".bench.ts", "")}: ${benchmark.name}`;
    if (filters.length > 0 && !filters.some((f) => label.includes(f))) continue;
    process.stdout.write(`running ${label} … `);
    const measured = (await benchmark.run()).map(checkFigure);
    results.push(...measured);
    console.log(measured.map((r) => (r.pass ? "pass" : "FAIL")).join(", "));
  }
}

console.table(
  results.map((r) => ({
    name: r.name,
    value: `${r.value} ${r.unit}`,
    budget: r.budget,
    ratio: r.ratio ?? "",
    pass: r.pass ? "yes" : "NO",
  })),
);
// A filtered run replaces only the figures it measured, keeping the rest of the file.
const path = join(dir, "results.json");
const previous: BenchResult[] = filters.length > 0 && existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : [];
const measuredNames = new Set(results.map((r) => r.name));
const merged = [...previous.filter((r) => !measuredNames.has(r.name)), ...results];
writeFileSync(path, `${JSON.stringify(merged, null, 2)}\n`);
const failed = results.filter((r) => !r.pass);
console.log(`wrote bench/results.json (${results.length} figures measured, ${failed.length} over budget)`);
if (failed.length > 0) process.exitCode = 1;
