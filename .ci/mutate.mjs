// `npm run mutate -- <module> [file]`: mutation-tests one module (src/<module>) against its own tests
// (test/<module>) and writes reports/mutation/<module>.html and .json (gitignored). With a file name
// (`npm run mutate -- money allocate`) only src/<module>/<file>.ts is mutated, against
// test/<module>/<file>.test.ts: minutes instead of hours on a busy machine.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const module = process.argv[2];
const file = process.argv[3];
if (!module || !existsSync(`src/${module}/index.ts`) || !existsSync(`test/${module}`)) {
  console.error("usage: npm run mutate -- <module> [file]   (a folder with both src/<module> and test/<module>)");
  process.exit(2);
}
if (file && !existsSync(`src/${module}/${file}.ts`)) {
  console.error(`no src/${module}/${file}.ts`);
  process.exit(2);
}
const started = Date.now();
const result = spawnSync("npx", ["stryker", "run", "stryker.config.mjs"], {
  stdio: "inherit",
  env: { ...process.env, MUTATE_MODULE: module, ...(file ? { MUTATE_FILE: file } : {}) },
});
console.log(`mutate ${module}${file ? `/${file}` : ""}: ${((Date.now() - started) / 60_000).toFixed(1)} min`);
process.exit(result.status ?? 1);
