import { readdirSync, statSync } from "node:fs";
import { defineConfig } from "tsup";

/**
 * The CommonJS build: one bundle per module folder under src/ (each is a subpath export), plus the
 * root, each with its `.d.cts`. The ES module build is `tsc -p .ci/tsconfig.build.json`: one file per
 * source file, so a bundler given `"sideEffects": false` keeps only the files an import reaches
 * (a single `formatMoney` does not drag in decimal.js).
 */
const modules = readdirSync("src").filter((name) => statSync(`src/${name}`).isDirectory());

export default defineConfig({
  entry: {
    index: "src/index.ts",
    ...Object.fromEntries(modules.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
  },
  format: ["cjs"],
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  target: "es2022",
  outDir: "dist",
});
