// Mutation testing, one module at a time: `npm run mutate -- <module>` (see .ci/mutate.mjs).
// Stryker changes one operator or constant in src/<module> at a time and runs only that module's
// tests (test/vitest.mutate.config.ts); a mutant no test notices is a behaviour no test pins.
const module = process.env.MUTATE_MODULE ?? "money";
const file = process.env.MUTATE_FILE;
const name = file ? `${module}-${file}` : module;

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "test/vitest.mutate.config.ts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: file ? [`src/${module}/${file}.ts`] : [`src/${module}/**/*.ts`, `!src/${module}/index.ts`],
  ignorePatterns: ["dist", "coverage", "reports", "docs", "examples", "bench", ".ci"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  concurrency: 2,
  // A busy machine adds tens of seconds of start-up to a run; timeouts count as killed, so be generous.
  timeoutMS: 60_000,
  ignoreStatic: true,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
