import type { ContactColumns } from "../contact/index.js";
import { formatDayNumber, londonDayNumber, messages, rangeError, show } from "../core/index.js";
import type { ServiceId } from "../schema/index.js";
import {
  AVOIDABLE_REASON_CODES,
  type AvoidableReason,
  type Catalogue,
  CHANNEL_CODES,
  type Channel,
  STARTER_CATALOGUE,
} from "../taxonomy/index.js";
import type { AvoidableDemand, AvoidableResult } from "./AvoidableResult.js";
import type { CompactClassification, CompactDecisions } from "./CompactClassification.js";
import type { ColumnClassification } from "./classifyColumns.js";
import { COMPACT_SOURCE } from "./lazyResults.js";
import { demandOf } from "./toResult.js";
import { type ProportionInterval, wilsonInterval } from "./wilsonInterval.js";

/**
 * The breakdowns {@link ni14} can give: by service, channel, cluster (of the service, from the catalogue), reason
 * (of avoidable contacts) and London month (`YYYY-MM`).
 *
 * @example
 * ```ts
 * import { NI14_BREAKDOWNS } from "council-contact/avoidable";
 * NI14_BREAKDOWNS //=> ["service", "channel", "cluster", "reason", "month"]
 * ```
 */
export const NI14_BREAKDOWNS = ["service", "channel", "cluster", "reason", "month"] as const;

/**
 * One of {@link NI14_BREAKDOWNS}.
 *
 * @example
 * ```ts
 * import type { Ni14Breakdown } from "council-contact/avoidable";
 * const by: Ni14Breakdown = "month";
 * by //=> "month"
 * ```
 */
export type Ni14Breakdown = (typeof NI14_BREAKDOWNS)[number];

/**
 * The key under which contacts without a service (or whose service is not in the catalogue, for clusters) are counted.
 *
 * @example
 * ```ts
 * import { NI14_NONE } from "council-contact/avoidable";
 * NI14_NONE //=> "(none)"
 * ```
 */
export const NI14_NONE = "(none)";

/**
 * Options for {@link ni14}.
 *
 * @example
 * ```ts
 * import type { Ni14Options } from "council-contact/avoidable";
 * const options: Ni14Options = { by: ["service", "month"], sample: true };
 * options.by //=> ["service", "month"]
 * ```
 */
export interface Ni14Options {
  /** Which breakdowns to give. Default all of {@link NI14_BREAKDOWNS}. */
  readonly by?: readonly Ni14Breakdown[];
  /** The catalogue that maps services to clusters. Default the taxonomy's `STARTER_CATALOGUE`. */
  readonly catalogue?: Catalogue;
  /** The results are a sample of the council's contact: add a Wilson 95% interval for the rate. Default false (a census). */
  readonly sample?: boolean;
}

/**
 * Avoidable contacts among all customer contacts, and their proportion.
 *
 * @example
 * ```ts
 * import type { Ni14Count } from "council-contact/avoidable";
 * const count: Ni14Count = { avoidable: 1, total: 4, rate: 0.25 };
 * count.rate //=> 0.25
 * ```
 */
export interface Ni14Count {
  /** Contacts classified avoidable. */
  readonly avoidable: number;
  /** All customer contacts (value and avoidable; outbound contact is not counted). */
  readonly total: number;
  /** avoidable ÷ total, in [0, 1]; 0 when there is no contact. */
  readonly rate: number;
}

/**
 * NI 14 over a set of results, with the breakdowns asked for.
 *
 * @example
 * ```ts
 * import type { Ni14Result } from "council-contact/avoidable";
 * const result: Ni14Result = { avoidable: 0, total: 0, rate: 0, outbound: 0 };
 * result.total //=> 0
 * ```
 */
export interface Ni14Result extends Ni14Count {
  /** Outbound contacts (demand `none`) seen and left out. */
  readonly outbound: number;
  /** By service id ({@link NI14_NONE} for none); the totals sum to `total`. */
  readonly byService?: Readonly<Record<string, Ni14Count>>;
  /** By channel; the totals sum to `total`. */
  readonly byChannel?: Readonly<Record<string, Ni14Count>>;
  /** By cluster id ({@link NI14_NONE} for none); the totals sum to `total`. */
  readonly byCluster?: Readonly<Record<string, Ni14Count>>;
  /** Avoidable contacts by reason, every reason present; they sum to `avoidable`. */
  readonly byReason?: Readonly<Record<AvoidableReason, number>>;
  /** By London month `YYYY-MM`, in order; the totals sum to `total`. */
  readonly byMonth?: Readonly<Record<string, Ni14Count>>;
  /** With `sample: true`: the Wilson 95% interval for the rate. */
  readonly interval?: ProportionInterval;
}

/**
 * NI 14, "the proportion of customer contact that is of low or no value to the customer" (National Indicators
 * Handbook of Definitions, CLG, Feb 2008): avoidable contacts ÷ all customer contacts, over classified results, with
 * breakdowns by service, channel, cluster, reason and London month. Councils submitted it as a single aggregated
 * percentage; multiply `rate` by 100. Outbound contact is not customer contact and is left out. For a sample, the
 * Wilson score interval gives the uncertainty of the rate.
 *
 * @param results - results from `classifyContacts` or `createClassifier`, or a classification from `classifyContactsCompact` or `classifyColumns`.
 * @param options - breakdowns, catalogue, and whether the results are a sample.
 * @returns the counts, the rate and the breakdowns asked for.
 * @throws {RangeError} for an unknown breakdown, naming it.
 * @example
 * ```ts
 * import { classifyContacts, ni14 } from "council-contact/avoidable";
 * import { parseContacts } from "council-contact/schema";
 * const contacts = parseContacts([
 *   { id: "a", at: "2024-05-01T09:00:00Z", channel: "telephone", serviceId: "council-tax", interaction: "payment" },
 *   { id: "b", at: "2024-05-02T09:00:00Z", channel: "telephone", serviceId: "council-tax", interaction: "clarification" },
 *   { id: "c", at: "2024-06-03T09:00:00Z", channel: "email", serviceId: "potholes", outcome: "transferred" },
 *   { id: "d", at: "2024-06-04T09:00:00Z", channel: "web-form", serviceId: "missed-bin", interaction: "report" },
 * ]);
 * const measure = ni14(classifyContacts(contacts), { by: ["channel", "month"] });
 * [measure.avoidable, measure.total, measure.rate] //=> [2, 4, 0.5]
 * measure.byMonth //=> { "2024-05": { avoidable: 1, total: 2, rate: 0.5 }, "2024-06": { avoidable: 1, total: 2, rate: 0.5 } }
 * ```
 */
export function ni14(
  results: readonly AvoidableResult[] | CompactClassification | ColumnClassification,
  options: Ni14Options = {},
): Ni14Result {
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  if (options.by !== undefined && !Array.isArray(options.by))
    throw rangeError("by", `a list of breakdowns from ${NI14_BREAKDOWNS.join(", ")}`, options.by);
  const compact = compactOf(results);
  const by = new Set<Ni14Breakdown>(options.by ?? NI14_BREAKDOWNS);
  for (const breakdown of by)
    if (!NI14_BREAKDOWNS.includes(breakdown))
      throw new RangeError(`by must list breakdowns from ${NI14_BREAKDOWNS.join(", ")}, got ${show(breakdown)}`);
  const clusterOf = new Map(
    (options.catalogue ?? STARTER_CATALOGUE).services.map((service) => [service.id, service.cluster]),
  );
  const tallies = {
    service: new Map<string, Tally>(),
    channel: new Map<string, Tally>(),
    cluster: new Map<string, Tally>(),
    month: new Map<string, Tally>(),
  };
  const byReason = Object.fromEntries(AVOIDABLE_REASON_CODES.map((reason) => [reason, 0])) as Record<
    AvoidableReason,
    number
  >;
  const monthOfDay = new Map<number, string>();
  let avoidable = 0;
  let total = 0;
  let outbound = 0;
  const count = (
    demand: AvoidableDemand,
    reason: AvoidableReason | undefined,
    row: { readonly at: number; readonly channel: Channel; readonly serviceId?: ServiceId | undefined },
  ): void => {
    if (demand === "none") {
      outbound++;
      return;
    }
    const isAvoidable = demand === "avoidable" ? 1 : 0;
    total++;
    avoidable += isAvoidable;
    if (reason !== undefined) byReason[reason]++;
    const service = row.serviceId ?? NI14_NONE;
    if (by.has("service")) tally(tallies.service, service, isAvoidable);
    if (by.has("channel")) tally(tallies.channel, row.channel, isAvoidable);
    if (by.has("cluster")) tally(tallies.cluster, clusterOf.get(service) ?? NI14_NONE, isAvoidable);
    if (by.has("month")) {
      const day = londonDayNumber(row.at);
      let month = monthOfDay.get(day);
      if (month === undefined) monthOfDay.set(day, (month = formatDayNumber(day).slice(0, 7)));
      tally(tallies.month, month, isAvoidable);
    }
  };
  if (compact === undefined)
    for (const result of results as readonly AvoidableResult[]) {
      if (typeof result !== "object" || result === null) throw rangeError("results[i]", "a result", result);
      count(result.demand, result.reason, result);
    }
  else {
    const { rules, reasons } = compact as CompactDecisions;
    const rowOf = "contacts" in compact ? (i: number) => compact.contacts[i]! : columnRow(compact.columns);
    for (let i = 0; i < rules.length; i++)
      count(
        demandOf(rules[i]!, reasons[i]!),
        reasons[i]! > 0 ? AVOIDABLE_REASON_CODES[reasons[i]! - 1] : undefined,
        rowOf(i),
      );
  }
  const out: { -readonly [K in keyof Ni14Result]: Ni14Result[K] } = { ...counted(avoidable, total), outbound };
  if (by.has("service")) out.byService = counts(tallies.service);
  if (by.has("channel")) out.byChannel = counts(tallies.channel);
  if (by.has("cluster")) out.byCluster = counts(tallies.cluster);
  if (by.has("reason")) out.byReason = byReason;
  if (by.has("month")) out.byMonth = counts(tallies.month);
  if (options.sample === true) out.interval = wilsonInterval(avoidable, total);
  return out;
}

/** What NI 14 reads of a row of contact columns. */
function columnRow(
  columns: ContactColumns,
): (i: number) => { readonly at: number; readonly channel: Channel; readonly serviceId?: ServiceId | undefined } {
  const { at, channel, service } = columns;
  return (i) => ({
    at: at[i]!,
    channel: CHANNEL_CODES[channel[i]!]!,
    serviceId: service.values[service.codes[i]!] as ServiceId | undefined,
  });
}

interface Tally {
  avoidable: number;
  total: number;
}

function tally(map: Map<string, Tally>, key: string, isAvoidable: number): void {
  const entry = map.get(key);
  if (entry === undefined) map.set(key, { avoidable: isAvoidable, total: 1 });
  else {
    entry.avoidable += isAvoidable;
    entry.total++;
  }
}

function counted(avoidable: number, total: number): Ni14Count {
  return { avoidable, total, rate: total === 0 ? 0 : avoidable / total };
}

/** The tallies as counts, keys in sorted order (months come out in time order). */
function counts(map: Map<string, Tally>): Record<string, Ni14Count> {
  const keys = [...map.keys()].sort();
  return Object.fromEntries(keys.map((key) => [key, counted(map.get(key)!.avoidable, map.get(key)!.total)]));
}

/** The compact classification to count: given, or behind a result list `classifyContacts` built; undefined for a list of results. */
function compactOf(
  results: readonly AvoidableResult[] | CompactClassification | ColumnClassification,
): CompactClassification | ColumnClassification | undefined {
  if (Array.isArray(results))
    return (results as unknown as { [COMPACT_SOURCE]?: CompactClassification })[COMPACT_SOURCE];
  const given = results as Partial<CompactDecisions> | null;
  if (
    typeof given !== "object" ||
    given === null ||
    !(given.rules instanceof Uint8Array) ||
    !(given.reasons instanceof Uint8Array) ||
    !("contacts" in given || "columns" in given)
  )
    throw rangeError("results", "results, or a classification from classifyContacts or classifyColumns", results);
  return results as CompactClassification | ColumnClassification;
}
