// Runs every script in examples/ in turn with tsx (node --import tsx), stopping at the first failure.
// Used by `npm run demo` and by .ci/run.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const only = process.argv.slice(2);
const scripts = readdirSync("examples")
  .filter((name) => /\.(ts|mts)$/.test(name))
  .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
  .sort();

for (const script of scripts) {
  console.log(`\n=== examples/${script} ===`);
  const run = spawnSync(process.execPath, ["--import", "tsx", `examples/${script}`], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`examples/${script} failed with exit code ${run.status}`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\n${scripts.length} example(s) ran.`);
