import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs tooling script, with no type declarations
import { exportsMap } from "../.ci/exports-map.mjs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as Record<string, unknown>;

describe("package.json", () => {
  it("exports the root and one subpath per module folder, types first in each condition", () => {
    expect(pkg.exports).toEqual(exportsMap(new URL("../src", import.meta.url).pathname));
  });

  it("is an ES module package without side effects that ships only dist and runs on Node 20", () => {
    expect(pkg.type).toBe("module");
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.files).toEqual(["dist"]);
    expect(pkg.engines).toEqual({ node: ">=20" });
  });

  it("keeps TypeScript below 7, whose missing compiler API breaks typedoc and declaration builds", () => {
    const dev = pkg.devDependencies as Record<string, string>;
    expect(dev.typescript).toMatch(/^[~^]?5\./);
  });
});
