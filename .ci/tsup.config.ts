import { readdirSync, statSync } from "node:fs";
import { defineConfig } from "tsup";

/** One entry per module folder under src/ (each is a subpath export), plus the root. */
const modules = readdirSync("src").filter((name) => statSync(`src/${name}`).isDirectory());

export default defineConfig({
  entry: {
    index: "src/index.ts",
    ...Object.fromEntries(modules.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  target: "es2022",
  outDir: "dist",
});
