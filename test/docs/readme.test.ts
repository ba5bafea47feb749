import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import { readRepoFile } from "./extractExamples.js";
import { runExample } from "./runExample.js";

const sources = import.meta.glob<Record<string, unknown>>("../../src/*/index.ts", { eager: true });
const modules: Record<string, unknown> = { "council-contact": root };
for (const [path, namespace] of Object.entries(sources)) {
  modules[`council-contact/${/src\/([^/]+)\/index\.ts$/.exec(path)![1]!}`] = namespace;
}

/** The README's TypeScript blocks are the first code a user reads: each must run and its results hold. */
describe("README", () => {
  const blocks = [...readRepoFile("README.md").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

  it("has a worked example", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });

  it.each(blocks.map((code, i) => [i + 1, code] as const))(
    "TypeScript block %i runs and its results hold",
    async (_, code) => {
      expect(await runExample(code, modules)).toBeGreaterThan(0);
    },
  );
});
