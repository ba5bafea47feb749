import { rangeError } from "../core/index.js";
import { type CompiledMapping, compileMapping } from "./compileMapping.js";
import type { IngestMapping } from "./IngestMapping.js";
import { INGEST_PRESETS, type IngestPreset } from "./presets.js";

/**
 * Options for `ingestCsv` and `ingestRows`: a built-in `preset`, or a `mapping` of your own (give exactly one).
 *
 * @example
 * ```ts
 * import type { IngestOptions } from "council-contact/ingest";
 * const options: IngestOptions = { preset: "nyc311" };
 * options.preset //=> "nyc311"
 * ```
 */
export interface IngestOptions {
  /** A built-in mapping: `nyc311`, `boston311` or `chicago-open311`. */
  readonly preset?: IngestPreset;
  /** Your own mapping of columns to fields. */
  readonly mapping?: IngestMapping;
}

/**
 * The mapping the options name, compiled.
 *
 * @param options - the caller's options.
 * @returns the compiled mapping.
 * @throws RangeError when the options name no mapping, both, an unknown preset, or a wrong mapping.
 */
export function mappingOf(options: unknown): CompiledMapping {
  if (typeof options !== "object" || options === null)
    throw rangeError("options", "{ preset } or { mapping }", options);
  const { preset, mapping } = options as IngestOptions;
  if ((preset === undefined) === (mapping === undefined)) {
    throw rangeError("options", "exactly one of preset and mapping", options);
  }
  if (preset !== undefined) {
    if (typeof preset !== "string" || !Object.hasOwn(INGEST_PRESETS, preset)) {
      throw rangeError("options.preset", `one of ${Object.keys(INGEST_PRESETS).join(", ")}`, preset);
    }
    return compileMapping(INGEST_PRESETS[preset]);
  }
  return compileMapping(mapping);
}
