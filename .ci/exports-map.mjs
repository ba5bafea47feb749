import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The exports map for the package: the root, one subpath per module folder, the JSON Schemas, and package.json. */
export function exportsMap(srcDir) {
  const modules = readdirSync(srcDir)
    .filter((name) => statSync(join(srcDir, name)).isDirectory())
    .sort();
  const entry = (base) => ({
    import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
    require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
  });
  return {
    ".": entry("index"),
    ...Object.fromEntries(modules.map((name) => [`./${name}`, entry(`${name}/index`)])),
    "./schemas/*": "./dist/schemas/*",
    "./package.json": "./package.json",
  };
}
