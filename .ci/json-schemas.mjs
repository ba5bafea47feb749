// Writes the boundary records' JSON Schemas into dist/schemas/<name>.json, from the built package
// (zod's own toJSONSchema, through the functions the modules export). Run by `npm run build` after
// the ES build; published as `council-contact/schemas/<name>.json`.
import { mkdirSync, writeFileSync } from "node:fs";

const schema = await import("../dist/schema/index.js");
const open311 = await import("../dist/open311/index.js");

const schemas = {
  contact: schema.contactJsonSchema(),
  customer: schema.customerJsonSchema(),
  service: schema.serviceJsonSchema(),
  ...Object.fromEntries(Object.entries(open311.open311JsonSchemas()).map(([kind, json]) => [`open311-${kind}`, json])),
};

mkdirSync("dist/schemas", { recursive: true });
for (const [name, json] of Object.entries(schemas)) {
  writeFileSync(`dist/schemas/${name}.json`, `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`schemas: ${Object.keys(schemas).join(", ")}`);
