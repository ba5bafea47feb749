// Mutation testing, one module at a time: `npm run mutate -- <module>` (see .ci/mutate.mjs).
// Stryker changes one operator or constant in src/<module> at a time and runs only that module's
// tests (test/vitest.mutate.config.ts); a mutant no test notices is a behaviour no test pins.
const module = process.env.MUTATE_MODULE ?? "money";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "test/vitest.mutate.config.ts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [`src/${module}/**/*.ts`, `!src/${module}/index.ts`],
  ignorePatterns: ["dist", "coverage", "reports", "docs", "examples", "bench", ".ci"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${module}.html` },
  jsonReporter: { fileName: `reports/mutation/${module}.json` },
  concurrency: 2,
  timeoutMS: 20_000,
  ignoreStatic: true,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
