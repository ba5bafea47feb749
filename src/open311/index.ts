/**
 * Open311 GeoReport v2 in and out: read a vendor's JSON or XML responses (services, service definitions,
 * requests, POST answers, token lookups, errors, mySociety's service request updates) into one typed
 * document whichever format they came in, and write them back in either.
 *
 * @module open311
 */

export { formatOpen311Json, formatOpen311Xml } from "./formatOpen311.js";
export type { FromOpen311Options, Open311Case, Open311HistoryEntry } from "./fromOpen311.js";
export { fromOpen311 } from "./fromOpen311.js";
export { open311JsonSchemas } from "./jsonSchemas.js";
export type {
  Open311Attribute,
  Open311AttributeValue,
  Open311Document,
  Open311Error,
  Open311Kind,
  Open311Note,
  Open311Request,
  Open311Service,
  Open311ServiceDefinition,
  Open311Update,
} from "./Open311Document.js";
export { parseOpen311Json, safeParseOpen311Json } from "./parseOpen311Json.js";
export { parseOpen311Xml, safeParseOpen311Xml } from "./parseOpen311Xml.js";
export { OPEN311_STATUS_TABLE } from "./statusTable.js";
export type { Open311ParseOptions } from "./toDocument.js";
export { toOpen311 } from "./toOpen311.js";
