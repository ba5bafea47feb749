import { messages } from "../core/index.js";
import { chiSquareQuantile, gammaP, gammaQ } from "./chiSquare.js";
import { funnelLimits, readLevel } from "./funnelLimits.js";

/**
 * One area's count and exposure: missed-bin reports and the households collected from, say.
 *
 * @example
 * ```ts
 * import type { AreaCount } from "council-contact/metrics";
 * const abbey: AreaCount = { observed: 48, exposure: 5200 };
 * abbey.observed //=> 48
 * ```
 */
export interface AreaCount {
  /** Events counted in the area: a whole number ≥ 0. */
  readonly observed: number;
  /** What the events are counted against (households, collections, contacts): > 0. */
  readonly exposure: number;
}

/**
 * Options for {@link hotspots}.
 *
 * @example
 * ```ts
 * import type { HotspotOptions } from "council-contact/metrics";
 * const options: HotspotOptions = { level: 0.95, overdispersion: true };
 * options.overdispersion //=> true
 * ```
 */
export interface HotspotOptions {
  /** The funnel's level. Default 0.998 (about three standard deviations: few false alarms). */
  readonly level?: number;
  /** Allow for overdispersion: widen the limits by a multiplicative factor estimated from winsorised z-scores when the areas vary more than Poisson chance. Default false. */
  readonly overdispersion?: boolean;
}

/**
 * An area outside the funnel.
 *
 * @example
 * ```ts
 * import type { Hotspot } from "council-contact/metrics";
 * const spot: Hotspot = { area: "Abbey", observed: 48, expected: 26, ratio: 48 / 26, pValue: 0.0001, limit: "upper", lower: 0.5, upper: 1.7 };
 * spot.limit //=> "upper"
 * ```
 */
export interface Hotspot {
  /** The area. */
  readonly area: string;
  /** Its count. */
  readonly observed: number;
  /** Its expected count: exposure × baseline rate. */
  readonly expected: number;
  /** observed ÷ expected. */
  readonly ratio: number;
  /** Two-sided p-value: exact Poisson, or normal with the overdispersion factor when it applies. */
  readonly pValue: number;
  /** Which limit it is beyond. */
  readonly limit: "upper" | "lower";
  /** Its funnel's lower limit on the ratio scale. */
  readonly lower: number;
  /** Its funnel's upper limit on the ratio scale. */
  readonly upper: number;
}

/**
 * The result of {@link hotspots}.
 *
 * @example
 * ```ts
 * import type { Hotspots } from "council-contact/metrics";
 * const none: Hotspots = { rate: 0.005, overdispersion: 1, hotspots: [] };
 * none.overdispersion //=> 1
 * ```
 */
export interface Hotspots {
  /** The baseline rate used: events per unit of exposure. */
  readonly rate: number;
  /** The overdispersion factor φ applied (1 when none: Poisson limits). */
  readonly overdispersion: number;
  /** The areas outside the limits, most extreme (smallest p-value) first. */
  readonly hotspots: readonly Hotspot[];
}

/** Two-sided exact Poisson p-value of `observed` when `expected` are expected. */
function poissonPValue(observed: number, expected: number): number {
  const oneSided =
    observed >= expected ? (observed === 0 ? 1 : gammaP(observed, expected)) : gammaQ(observed + 1, expected);
  return Math.min(1, 2 * oneSided);
}

/** φ from z-scores winsorised at the 10th and 90th percentiles (Spiegelhalter 2005, §4.3). */
function overdispersionFactor(z: readonly number[]): number {
  const sorted = [...z].sort((a, b) => a - b);
  const k = Math.floor(0.1 * sorted.length);
  const low = sorted[k]!;
  const high = sorted[sorted.length - 1 - k]!;
  const sum = z.reduce((s, v) => s + Math.min(high, Math.max(low, v)) ** 2, 0);
  return sum / z.length;
}

/**
 * Hotspots: the areas whose count is outside the funnel for their expected count, against a baseline rate (a
 * number, or `"pooled"`: all areas' events ÷ all their exposure). Exact Poisson limits by default; with
 * `overdispersion`, when the areas vary more than Poisson chance (φ > 1 from z-scores winsorised at 10%), limits
 * at 1 ± z × √(φ ÷ E) as Spiegelhalter's multiplicative model. The seed question: missed bins by ward against the
 * borough rate.
 *
 * @param countsByArea - each area's count and exposure.
 * @param baseline - the rate per unit of exposure (≥ 0, finite), or `"pooled"`.
 * @param options - the level (default 0.998) and overdispersion (default false).
 * @returns the rate used, the overdispersion factor, and the areas outside the limits.
 * @throws RangeError for a count that is not a whole number ≥ 0, an exposure that is not > 0, a bad baseline, an area
 *   whose expected count is 0, or a bad option.
 * @example
 * ```ts
 * import { hotspots } from "council-contact/metrics";
 * const wards = { Abbey: { observed: 60, exposure: 5000 }, Castle: { observed: 24, exposure: 5000 }, Mill: { observed: 26, exposure: 5000 } };
 * const result = hotspots(wards, "pooled");
 * result.rate //=> 0.007333333333333333
 * result.hotspots.map((h) => [h.area, h.limit]) //=> [["Abbey", "upper"]]
 * hotspots(wards, -1) //=> throws RangeError
 * ```
 */
export function hotspots(
  countsByArea: Readonly<Record<string, AreaCount>>,
  baseline: number | "pooled",
  options: HotspotOptions = {},
): Hotspots {
  if (typeof countsByArea !== "object" || countsByArea === null || Array.isArray(countsByArea))
    throw new RangeError(messages.mustBe("countsByArea", "an object of { observed, exposure } by area", countsByArea));
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  const level = readLevel(options.level ?? 0.998, "options.level");
  const { overdispersion = false } = options;
  if (typeof overdispersion !== "boolean")
    throw new RangeError(messages.mustBe("options.overdispersion", "a boolean", overdispersion));
  const areas = Object.keys(countsByArea).sort();
  for (const area of areas) {
    const c = countsByArea[area] as Partial<AreaCount> | null;
    const name = `countsByArea[${JSON.stringify(area)}]`;
    if (typeof c !== "object" || c === null) throw new RangeError(messages.mustBe(name, "{ observed, exposure }", c));
    if (!Number.isSafeInteger(c.observed) || (c.observed as number) < 0)
      throw new RangeError(messages.mustBe(`${name}.observed`, "a whole number ≥ 0", c.observed));
    if (typeof c.exposure !== "number" || !(c.exposure > 0) || !Number.isFinite(c.exposure))
      throw new RangeError(messages.mustBe(`${name}.exposure`, "a finite number > 0", c.exposure));
  }
  const rate =
    baseline === "pooled"
      ? areas.reduce((s, a) => s + countsByArea[a]!.observed, 0) /
        areas.reduce((s, a) => s + countsByArea[a]!.exposure, 0)
      : baseline;
  if (typeof rate !== "number" || !(rate > 0) || !Number.isFinite(rate))
    throw new RangeError(messages.mustBe("baseline", 'a finite rate > 0 or "pooled" (with events)', baseline));
  const rows = areas.map((area) => {
    const { observed, exposure } = countsByArea[area]!;
    const expected = exposure * rate;
    if (!(expected > 0)) throw new RangeError(messages.mustBe(`expected count of ${area}`, "> 0", expected));
    return { area, observed, expected, ratio: observed / expected };
  });
  const z = rows.map((r) => (r.ratio - 1) * Math.sqrt(r.expected));
  const phi = overdispersion && rows.length > 0 ? Math.max(1, overdispersionFactor(z)) : 1;
  const zLevel = Math.sqrt(chiSquareQuantile(level, 1));
  const found: Hotspot[] = [];
  rows.forEach((r, i) => {
    const band =
      phi > 1
        ? { lower: 1 - zLevel * Math.sqrt(phi / r.expected), upper: 1 + zLevel * Math.sqrt(phi / r.expected) }
        : funnelLimits(r.expected, { level });
    const limit = r.ratio > band.upper ? "upper" : r.ratio < band.lower ? "lower" : null;
    if (limit === null) return;
    const pValue = phi > 1 ? gammaQ(0.5, z[i]! ** 2 / phi / 2) : poissonPValue(r.observed, r.expected);
    found.push({ ...r, pValue, limit, ...band });
  });
  found.sort((a, b) => a.pValue - b.pValue || (a.area < b.area ? -1 : 1));
  return { rate, overdispersion: phi, hotspots: found };
}
