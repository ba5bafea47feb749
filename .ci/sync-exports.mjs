// Rewrites package.json's "exports" map from the module folders under src/.
// Run after adding a module: `npm run sync-exports`. A test checks the map is in sync.
import { readFileSync, writeFileSync } from "node:fs";
import { exportsMap } from "./exports-map.mjs";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
pkg.exports = exportsMap("src");
writeFileSync("package.json", `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`exports: ${Object.keys(pkg.exports).join(", ")}`);
