// The test run Stryker repeats for every mutant: only the mutated module's tests, no type tests,
// one worker process reused across files (isolate: false) because a run starts thousands of times.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = fileURLToPath(new URL("../src", import.meta.url));
const module = process.env.MUTATE_MODULE ?? "money";
const file = process.env.MUTATE_FILE;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^council-contact$/, replacement: `${src}/index.ts` },
      { find: /^council-contact\/(.*)$/, replacement: `${src}/$1/index.ts` },
    ],
  },
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: [file ? `test/${module}/${file}.test.ts` : `test/${module}/**/*.test.ts`],
    isolate: false,
    typecheck: { enabled: false },
  },
});
