import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import { documentedExports } from "./extractExamples.js";
import { runExample } from "./runExample.js";

const sources = import.meta.glob<Record<string, unknown>>("../../src/*/index.ts", { eager: true });
const modules: Record<string, unknown> = { "council-contact": root };
for (const [path, namespace] of Object.entries(sources)) {
  const name = /src\/([^/]+)\/index\.ts$/.exec(path)![1]!;
  modules[`council-contact/${name}`] = namespace;
}

const exported = documentedExports();

describe("TSDoc", () => {
  it("finds the public exports of every module", () => {
    expect(exported.length).toBeGreaterThan(0);
  });

  it.each(exported.map((e) => [`${e.module}.${e.name}`, e] as const))("%s has a summary and an @example", (_, e) => {
    expect(e.hasSummary, `${e.file}:${e.line} ${e.name} has no TSDoc summary`).toBe(true);
    expect(e.examples.length, `${e.file}:${e.line} ${e.name} has no @example`).toBeGreaterThan(0);
  });
});

describe("@example", () => {
  const cases = exported.flatMap((e) =>
    e.examples.map((code, i) => [`${e.module}.${e.name} #${i + 1}`, code] as const),
  );
  it.each(cases)("%s runs and its results hold", async (_, code) => {
    const checks = await runExample(code, modules);
    expect(checks, "an @example should show at least one result with //=>").toBeGreaterThan(0);
  });
});
