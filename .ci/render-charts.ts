// Renders every chart of the guide to docs/images/<name>.svg: `npm run charts`. A test checks the files are current.
import { writeFileSync } from "node:fs";
import { gallery } from "../test/charts/gallery.js";
import { renderSvg } from "../test/charts/renderSvg.js";

for (const [name, spec] of Object.entries(gallery())) {
  const { svg, warnings } = await renderSvg(spec);
  if (warnings.length > 0) console.warn(`${name}: ${warnings.join("; ")}`);
  writeFileSync(`docs/images/${name}.svg`, `${svg}\n`);
  console.log(`docs/images/${name}.svg`);
}
