import { londonDayStart, parseDay, readInstant, refuse, SUPPORTED_RANGE, SUPPORTED_YEARS } from "../core/index.js";
import { type Catalogue, CHANNEL_CODES, type Channel, STARTER_CATALOGUE } from "../taxonomy/index.js";
import {
  DEFAULT_CHANNEL_MIX,
  DEFAULT_DEMAND_MIX,
  DEFAULT_SERVICE_WEIGHTS,
  DEFAULT_WARDS,
  type DemandMix,
  OUTBOUND_SERVICE_WEIGHTS,
} from "./profiles.js";

/**
 * Options for {@link generateContacts} and {@link contactStream}. Every default is named after its source in
 * `profiles.ts` and documented in the schema guide.
 *
 * @example
 * ```ts
 * import type { GenerateContactsOptions } from "council-contact/synth";
 * const options: GenerateContactsOptions = { seed: 1, count: 1000, from: "2024-04-01", to: "2025-03-31" };
 * options.count //=> 1000
 * ```
 */
export interface GenerateContactsOptions {
  /** Any safe integer; the same seed and options always give the same contacts. */
  readonly seed: number;
  /** How many contacts to make (inbound and outbound), a whole number ≥ 0. */
  readonly count: number;
  /** Start of the period: a London calendar day `YYYY-MM-DD` (its first instant), an ISO 8601 instant with an offset, or epoch ms. */
  readonly from: string | number;
  /** End of the period: a London calendar day (included: up to its last instant), or an instant (excluded). Years 2000–2100, the years whose London days are known. */
  readonly to: string | number;
  /** The services to draw from. Default: the taxonomy's `STARTER_CATALOGUE`. */
  readonly catalogue?: Catalogue;
  /** Share of inbound contact by channel, as weights; channels left out get none. Default {@link DEFAULT_CHANNEL_MIX}. */
  readonly channelMix?: Readonly<Partial<Record<Channel, number>>>;
  /** Relative yearly growth of self-service web and app contact at the expense of assisted channels, ≥ 0. Default 0.1 (10% a year). */
  readonly digitalGrowthPerYear?: number;
  /** Shares of chases, repeats, re-reports, clarifications, misdirected and outbound contact; each given replaces its default in {@link DEFAULT_DEMAND_MIX}. */
  readonly demandMix?: Readonly<Partial<DemandMix>>;
  /** Relative volume by service id, over {@link DEFAULT_SERVICE_WEIGHTS}; 0 leaves a service out. */
  readonly serviceWeights?: Readonly<Record<string, number>>;
  /** Relative volume of a catalogue service with no weight of its own. Default 1. */
  readonly otherServiceWeight?: number;
  /** How many distinct customers make the contacts. Default `count / 5`, at least 1. */
  readonly customers?: number;
  /** Ward names to place addresses in. Default 20 fictional wards. */
  readonly wards?: readonly string[];
}

/** The options checked and filled in. */
export interface ResolvedOptions {
  readonly seed: number;
  readonly count: number;
  readonly from: number;
  readonly to: number;
  readonly catalogue: Catalogue;
  /** Inbound channel weights in CHANNEL_CODES order. */
  readonly channelMix: Float64Array;
  readonly digitalGrowthPerYear: number;
  readonly demandMix: DemandMix;
  /** Inbound weight of each catalogue service, in catalogue order. */
  readonly serviceWeights: Float64Array;
  /** Outbound letter weight of each catalogue service, in catalogue order (all zero if none sends letters). */
  readonly outboundWeights: Float64Array;
  readonly customers: number;
  readonly wards: readonly string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function weight(option: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) refuse(option, "a finite number ≥ 0", value);
  return value;
}

function instant(option: "from" | "to", value: unknown): number {
  const years = `${SUPPORTED_YEARS.from}–${SUPPORTED_YEARS.to}`;
  const rule = `a London day YYYY-MM-DD, an ISO 8601 instant with an offset, or epoch milliseconds, in ${years}`;
  let ms: number;
  if (typeof value === "string" && DAY.test(value)) {
    const day = parseDay(value);
    if (Number.isNaN(day) || day < SUPPORTED_RANGE.firstDay || day > SUPPORTED_RANGE.lastDay)
      refuse(option, rule, value);
    // A London day ends where the next begins (23, 24 or 25 hours later); the last supported day ends in GMT.
    ms =
      option === "from"
        ? londonDayStart(day)
        : day === SUPPORTED_RANGE.lastDay
          ? SUPPORTED_RANGE.endMs
          : londonDayStart(day + 1);
  } else if (typeof value === "string" || typeof value === "number") {
    const read = readInstant(value, option);
    if (typeof read !== "number") refuse(option, rule, value);
    ms = read;
  } else {
    return refuse(option, rule, value);
  }
  if (ms < SUPPORTED_RANGE.firstMs || ms > SUPPORTED_RANGE.endMs) refuse(option, rule, value);
  return ms;
}

/** Checks every option, throwing a `RangeError` that names the option and its value, and fills in the defaults. */
export function resolveOptions(options: GenerateContactsOptions): ResolvedOptions {
  const { seed, count } = options;
  if (!Number.isSafeInteger(seed)) refuse("seed", "a safe integer", seed);
  if (!Number.isSafeInteger(count) || count < 0) refuse("count", "a whole number ≥ 0", count);
  const from = instant("from", options.from);
  const to = instant("to", options.to);
  if (to <= from) refuse("to", `after from (${String(options.from)})`, options.to);

  const givenMix = options.channelMix ?? DEFAULT_CHANNEL_MIX;
  const channelMix = Float64Array.from(CHANNEL_CODES, (code) => weight(`channelMix.${code}`, givenMix[code] ?? 0));
  if (channelMix.every((share) => share === 0))
    refuse("channelMix", "a weight > 0 for at least one channel", "all zero");

  const digitalGrowthPerYear = weight("digitalGrowthPerYear", options.digitalGrowthPerYear ?? 0.1);
  const demandMix = { ...DEFAULT_DEMAND_MIX, ...options.demandMix };
  for (const [key, share] of Object.entries(demandMix)) {
    if (weight(`demandMix.${key}`, share) > 1) refuse(`demandMix.${key}`, "a share between 0 and 1", share);
  }
  const inboundShares =
    demandMix.chase + demandMix.repeat + demandMix.failureToDeliver + demandMix.clarification + demandMix.misdirected;
  if (inboundShares > 1) refuse("demandMix", "inbound shares (all but outbound) summing to at most 1", inboundShares);
  if (demandMix.outbound === 1) refuse("demandMix.outbound", "less than 1", 1);

  const catalogue = options.catalogue ?? STARTER_CATALOGUE;
  const weights = { ...DEFAULT_SERVICE_WEIGHTS, ...options.serviceWeights };
  const other = weight("otherServiceWeight", options.otherServiceWeight ?? 1);
  const serviceWeights = Float64Array.from(catalogue.services, (service) =>
    weight(`serviceWeights.${service.id}`, Object.hasOwn(weights, service.id) ? weights[service.id] : other),
  );
  if (serviceWeights.every((w) => w === 0))
    refuse("catalogue", "a catalogue with at least one service of weight > 0", catalogue.services.length);
  const outboundWeights = Float64Array.from(catalogue.services, (service) => OUTBOUND_SERVICE_WEIGHTS[service.id] ?? 0);

  const customers = options.customers ?? Math.max(1, Math.round(count / 5));
  if (!Number.isSafeInteger(customers) || customers < 1) refuse("customers", "a whole number ≥ 1", customers);
  const wards = options.wards ?? DEFAULT_WARDS;
  if (wards.length === 0 || !wards.every((ward) => typeof ward === "string" && ward.length > 0))
    refuse("wards", "a non-empty list of names", wards.length);

  return {
    seed,
    count,
    from,
    to,
    catalogue,
    channelMix,
    digitalGrowthPerYear,
    demandMix,
    serviceWeights,
    outboundWeights,
    customers,
    wards,
  };
}
