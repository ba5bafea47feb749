// The layer rules of docs/architecture.md, enforced: `npm run layers` (also in `npm test` and CI).
// A module imports only from modules on lower rows, only through their index.ts, and no file
// imports another in a cycle (type-only imports count: they are checked before compilation).

/** Each module folder under src/ and its row: a module may import only from lower rows. */
const ROWS = {
  core: 0,
  money: 1,
  calendar: 1,
  taxonomy: 1,
  schema: 2,
  clocks: 3,
  contact: 3,
  staffing: 3,
  enquiry: 4,
  avoidable: 4,
  cost: 4,
  cluster: 4,
  metrics: 5,
  open311: 5,
  ingest: 5,
  charts: 5,
  synth: 5,
  report: 6,
};

const modules = Object.keys(ROWS);

const layerRules = modules.map((module) => {
  const sameOrHigher = modules.filter((other) => other !== module && ROWS[other] >= ROWS[module]);
  return {
    name: `layer-${module}`,
    comment: `${module} (row ${ROWS[module]}) imports only from modules on lower rows`,
    severity: "error",
    from: { path: `^src/${module}/` },
    to: { path: sameOrHigher.length > 0 ? `^src/(${sameOrHigher.join("|")})/` : "^$" },
  };
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: "known-module",
      comment: "every folder under src/ has a row in .dependency-cruiser.cjs and docs/architecture.md",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^src/[^/]+/", pathNot: `^src/(${modules.join("|")})/` },
    },
    {
      name: "through-index",
      comment: "another module is imported only through its index.ts",
      severity: "error",
      from: { path: "^src/([^/]+)/" },
      to: { path: "^src/[^/]+/", pathNot: ["^src/$1/", "^src/[^/]+/index\\.ts$"] },
    },
    {
      name: "no-synth-in-library",
      comment: "synth generates data for examples, tests and benchmarks; nothing in the library depends on it",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/synth/", "^src/index\\.ts$"] },
      to: { path: "^src/synth/" },
    },
    {
      name: "no-cycle",
      comment: "no file imports itself through others, type-only imports included",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-node-builtins",
      comment: "src/ does no I/O: no Node built-in modules",
      severity: "error",
      from: { path: "^src/" },
      to: { dependencyTypes: ["core"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^(node_modules|dist)" },
  },
};
