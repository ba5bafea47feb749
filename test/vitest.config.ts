import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = fileURLToPath(new URL("../src", import.meta.url));

/**
 * The test run. What makes it fast (measured, and written up in docs/contributing.md, "The test suite"):
 * - `isolate: false`: each worker imports the library once and every test file reuses it, instead of every file
 *   re-importing its own copy of src/ (most of the run's CPU time went on those imports). No test relies on module
 *   state: mocks are restored in `finally` or `afterEach`, and nothing in src/ keeps mutable state.
 * - `pool: "threads"`: worker threads start and exchange results more cheaply than child processes (about a fifth
 *   less CPU time over the whole run here).
 * - `maxWorkers: 2`: Vitest's default on a 2-core machine is one worker; the type-check pass and coverage run beside.
 * `testTimeout` is a guard against hangs, not a performance check (those live in bench/): on a machine shared with
 * other work, a property test that takes 1 s alone can take 20 s, and Vitest's default of 5 s failed it.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^council-contact$/, replacement: `${src}/index.ts` },
      { find: /^council-contact\/(.*)$/, replacement: `${src}/$1/index.ts` },
    ],
  },
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["test/**/*.test.ts"],
    pool: "threads",
    isolate: false,
    maxWorkers: 2,
    testTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "tsconfig.json",
    },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reporter: ["text-summary", "json-summary", "html"],
      thresholds: { lines: 90, functions: 90, branches: 85, statements: 90 },
    },
  },
});
