import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import { moduleNames, rootExamples } from "./extractExamples.js";
import { runExample } from "./runExample.js";

const sources = import.meta.glob<Record<string, unknown>>("../../src/*/index.ts", { eager: true });
const subpaths = new Map(Object.entries(sources).map(([path, ns]) => [/src\/([^/]+)\/index\.ts$/.exec(path)![1]!, ns]));

describe("the package root", () => {
  it("exports one namespace per module folder, and nothing else", () => {
    expect(Object.keys(root).sort()).toEqual(moduleNames());
  });

  it.each(moduleNames())("its %s namespace holds exactly the names of the subpath export", (name) => {
    const namespace = (root as Record<string, Record<string, unknown>>)[name]!;
    const subpath = subpaths.get(name)!;
    expect(Object.keys(namespace).sort()).toEqual(Object.keys(subpath).sort());
    for (const key of Object.keys(subpath)) expect(namespace[key]).toBe(subpath[key]);
  });

  it("has a @module comment whose examples run and whose results hold", async () => {
    const examples = rootExamples();
    expect(examples.length).toBeGreaterThan(0);
    for (const code of examples) {
      expect(await runExample(code, { "council-contact": root })).toBeGreaterThan(0);
    }
  });
});
