import { messages, show } from "../core/index.js";

/**
 * A Vega-Lite specification: plain JSON, to render with `vega-embed` in a page, the Vega-Lite editor, Observable,
 * Jupyter, or `vega` and `vega-lite` in Node. The library has no runtime dependency on either.
 *
 * @example
 * ```ts
 * import type { VegaLiteSpec } from "council-contact/charts";
 * const spec: VegaLiteSpec = { $schema: "https://vega.github.io/schema/vega-lite/v6.json", mark: "bar" };
 * spec.mark //=> "bar"
 * ```
 */
export type VegaLiteSpec = Readonly<Record<string, unknown>>;

/** The Vega-Lite schema every spec names. */
export const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/**
 * Options every chart takes.
 *
 * @example
 * ```ts
 * import { channelMixChart, type ChartOptions } from "council-contact/charts";
 * const options: ChartOptions = { title: "Contacts by channel, May 2024", width: 600 };
 * channelMixChart([], options).width //=> 600
 * ```
 */
export interface ChartOptions {
  /** The chart's title. */
  readonly title?: string;
  /** Width in pixels. Default 480. */
  readonly width?: number;
  /** Height in pixels. Default 280. */
  readonly height?: number;
}

/** The common top of a spec: schema, title, size, font, and no background padding surprises. */
export function frame(options: ChartOptions | undefined, defaultTitle: string): Record<string, unknown> {
  if (options !== undefined && (typeof options !== "object" || options === null))
    throw new RangeError(messages.options("options", options));
  const { title = defaultTitle, width = 480, height = 280 } = options ?? {};
  if (typeof title !== "string") throw new RangeError(messages.mustBe("options.title", "a string", title));
  for (const [name, v] of [
    ["options.width", width],
    ["options.height", height],
  ] as const)
    if (typeof v !== "number" || !(v >= 50 && v <= 4000))
      throw new RangeError(messages.mustBe(name, "a number of pixels from 50 to 4000", v));
  return { $schema: SCHEMA, title, width, height, config: { font: "sans-serif" } };
}

type Kind = "string" | "number" | "string|null";

/** Checks that `rows` is an array of objects whose named fields have the given kinds, and copies them. */
export function readRows<T>(rows: unknown, name: string, fields: Readonly<Record<string, Kind>>): T[] {
  if (!Array.isArray(rows)) throw new RangeError(messages.mustBe(name, "an array of rows", rows));
  return rows.map((row, i) => {
    if (typeof row !== "object" || row === null)
      throw new RangeError(messages.mustBe(`${name}[${i}]`, "an object", row));
    const copy: Record<string, unknown> = {};
    for (const [field, kind] of Object.entries(fields)) {
      const value = (row as Record<string, unknown>)[field];
      const ok =
        kind === "number"
          ? typeof value === "number" && Number.isFinite(value)
          : kind === "string"
            ? typeof value === "string"
            : typeof value === "string" || value === null || value === undefined;
      if (!ok)
        throw new RangeError(
          `${name}[${i}].${field} must be ${kind === "number" ? "a finite number" : "a string"}, got ${show(value)}`,
        );
      copy[field] = value ?? null;
    }
    return copy as T;
  });
}
