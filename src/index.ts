/**
 * council-contact: model how a UK council handles customer contact, and do the calculations
 * councils buy consultants for.
 *
 * The root holds one namespace per module, and nothing else, so the whole library can be scanned
 * in one line and no two modules' names can collide:
 *
 * - row 0: `core` (days, instants, London time, `ValidationError`);
 * - row 1: `money`, `calendar`, `taxonomy`;
 * - row 2: `schema`;
 * - row 3: `clocks`, `contact`, `staffing`;
 * - row 4: `enquiry`, `avoidable`, `cost`, `cluster`;
 * - row 5: `metrics`, `charts`, `open311`, `ingest`, and `synth` (seeded synthetic data).
 *
 * Each namespace is also a subpath export with the same names (`council-contact/staffing`). Apps
 * should import from the subpaths, which a bundler trims to what is used; the root namespaces suit
 * notebooks and scripts, where one import reaching everything is worth more than bundle size.
 *
 * @example
 * ```ts
 * import { money, staffing } from "council-contact";
 * money.formatMoney(money.money("1234.5")) //=> "£1,234.50"
 * staffing.erlangC(10, 12) //=> ≈ 0.4494
 * ```
 *
 * @module council-contact
 */
export * as avoidable from "./avoidable/index.js";
export * as calendar from "./calendar/index.js";
export * as charts from "./charts/index.js";
export * as clocks from "./clocks/index.js";
export * as cluster from "./cluster/index.js";
export * as contact from "./contact/index.js";
export * as core from "./core/index.js";
export * as cost from "./cost/index.js";
export * as enquiry from "./enquiry/index.js";
export * as ingest from "./ingest/index.js";
export * as metrics from "./metrics/index.js";
export * as money from "./money/index.js";
export * as open311 from "./open311/index.js";
export * as schema from "./schema/index.js";
export * as staffing from "./staffing/index.js";
export * as synth from "./synth/index.js";
export * as taxonomy from "./taxonomy/index.js";
