// `npm run mutate -- <module>`: mutation-tests one module (src/<module>) against its own tests
// (test/<module>) and writes reports/mutation/<module>.html and .json (gitignored).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const module = process.argv[2];
if (!module || !existsSync(`src/${module}/index.ts`) || !existsSync(`test/${module}`)) {
  console.error("usage: npm run mutate -- <module>   (a folder with both src/<module> and test/<module>)");
  process.exit(2);
}
const started = Date.now();
const result = spawnSync("npx", ["stryker", "run", "stryker.config.mjs"], {
  stdio: "inherit",
  env: { ...process.env, MUTATE_MODULE: module },
});
console.log(`mutate ${module}: ${((Date.now() - started) / 60_000).toFixed(1)} min`);
process.exit(result.status ?? 1);
