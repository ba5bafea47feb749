import { type AvoidableResult, NI14_NONE } from "../avoidable/index.js";
import type { Aggregate, BreakdownRow } from "./Aggregate.js";
import { bump, type Counts, countOf, keysOf, mergeCounts, noCounts, rate } from "./counts.js";
import { londonMonthKey } from "./dimension.js";

/**
 * The breakdowns of {@link avoidableContact}.
 *
 * @example
 * ```ts
 * import { AVOIDABLE_BREAKDOWNS } from "council-contact/metrics";
 * AVOIDABLE_BREAKDOWNS //=> ["service", "channel", "reason", "month"]
 * ```
 */
export const AVOIDABLE_BREAKDOWNS = ["service", "channel", "reason", "month"] as const;

/**
 * One of {@link AVOIDABLE_BREAKDOWNS}.
 *
 * @example
 * ```ts
 * import type { AvoidableBreakdown } from "council-contact/metrics";
 * const by: AvoidableBreakdown = "reason";
 * by //=> "reason"
 * ```
 */
export type AvoidableBreakdown = (typeof AVOIDABLE_BREAKDOWNS)[number];
type By = AvoidableBreakdown;

/**
 * The state of {@link avoidableContact}: customer contacts and avoidable ones, by each breakdown key.
 *
 * @example
 * ```ts
 * import { avoidableContact, type AvoidableState } from "council-contact/metrics";
 * const state: AvoidableState = avoidableContact().empty();
 * state.total //=> 0
 * ```
 */
export interface AvoidableState {
  /** Customer contacts (value or avoidable; outbound left out). */
  total: number;
  /** Avoidable contacts. */
  avoidable: number;
  /** For each breakdown, customer contacts by key (for `reason`, avoidable contacts by reason). */
  contacts: Record<AvoidableBreakdown, Record<string, number>>;
  /** For each breakdown, avoidable contacts by key. */
  avoidableBy: Record<AvoidableBreakdown, Record<string, number>>;
}

/**
 * A row of an NI 14 breakdown.
 *
 * @example
 * ```ts
 * import type { AvoidableRow } from "council-contact/metrics";
 * const row: AvoidableRow = { key: "telephone", count: 287, avoidable: 96, rate: 96 / 287 };
 * row.avoidable //=> 96
 * ```
 */
export interface AvoidableRow extends BreakdownRow {
  /** Avoidable contacts under the key. */
  readonly avoidable: number;
  /** avoidable ÷ count. For the `reason` breakdown, where every contact is avoidable, avoidable ÷ all customer contacts: that reason's part of NI 14. */
  readonly rate: number;
}

/**
 * NI 14 and its breakdowns.
 *
 * @example
 * ```ts
 * import type { AvoidableSummary } from "council-contact/metrics";
 * const none: AvoidableSummary = { total: 0, avoidable: 0, rate: null, by: { service: [], channel: [], reason: [], month: [] } };
 * none.rate //=> null
 * ```
 */
export interface AvoidableSummary {
  /** Customer contacts. */
  readonly total: number;
  /** Avoidable contacts. */
  readonly avoidable: number;
  /** NI 14: avoidable ÷ total; `null` with no customer contacts. */
  readonly rate: number | null;
  /** Each breakdown's rows, in key order. */
  readonly by: Readonly<Record<AvoidableBreakdown, readonly AvoidableRow[]>>;
}

const keysOfResult = (r: AvoidableResult): Record<By, string> => ({
  service: r.serviceId ?? NI14_NONE,
  channel: r.channel,
  reason: r.reason ?? NI14_NONE,
  month: londonMonthKey(r.at),
});
const noneBy = (): Record<By, Counts> => ({
  service: noCounts(),
  channel: noCounts(),
  reason: noCounts(),
  month: noCounts(),
});

/**
 * NI 14 (avoidable contact as a share of customer contact) from the avoidable-contact classifier's results, as an
 * aggregate, with breakdowns by service, channel, reason and London month in the same row shape as every other
 * metric. Outbound contacts (`demand: "none"`) are not customer demand and are left out.
 *
 * @returns the aggregate.
 * @example
 * ```ts
 * import type { AvoidableResult } from "council-contact/avoidable";
 * import { avoidableContact, summarize } from "council-contact/metrics";
 * const result = (demand: "value" | "avoidable", channel: "telephone" | "email"): AvoidableResult =>
 *   ({ contactId: "c", demand, rule: "no-rule", evidence: [], explanation: "", at: 1714554000000, channel,
 *      ...(demand === "avoidable" ? { reason: "progress-chasing" } : {}) }) as unknown as AvoidableResult;
 * const ni14 = summarize([result("value", "email"), result("avoidable", "telephone"), result("value", "telephone")], avoidableContact());
 * [ni14.total, ni14.avoidable, ni14.rate] //=> [3, 1, 1 / 3]
 * ni14.by.channel //=> [{ key: "email", count: 1, avoidable: 0, rate: 0 }, { key: "telephone", count: 2, avoidable: 1, rate: 0.5 }]
 * ni14.by.reason //=> [{ key: "progress-chasing", count: 1, avoidable: 1, rate: 1 / 3 }]
 * ```
 */
export function avoidableContact(): Aggregate<AvoidableResult, AvoidableState, AvoidableSummary> {
  return {
    empty: () => ({ total: 0, avoidable: 0, contacts: noneBy(), avoidableBy: noneBy() }),
    add(state, r) {
      if (r.demand !== "value" && r.demand !== "avoidable") return state;
      const keys = keysOfResult(r);
      const avoidable = r.demand === "avoidable";
      state.total += 1;
      if (avoidable) state.avoidable += 1;
      for (const by of AVOIDABLE_BREAKDOWNS) {
        if (by === "reason" && !avoidable) continue;
        bump(state.contacts[by], keys[by], 1);
        if (avoidable) bump(state.avoidableBy[by], keys[by], 1);
      }
      return state;
    },
    merge: (a, b) => {
      const contacts = noneBy();
      const avoidableBy = noneBy();
      for (const by of AVOIDABLE_BREAKDOWNS) {
        contacts[by] = mergeCounts(a.contacts[by], b.contacts[by]);
        avoidableBy[by] = mergeCounts(a.avoidableBy[by], b.avoidableBy[by]);
      }
      return { total: a.total + b.total, avoidable: a.avoidable + b.avoidable, contacts, avoidableBy };
    },
    result(state) {
      const rows = (by: By): AvoidableRow[] =>
        keysOf(state.contacts[by]).map((key) => {
          const count = countOf(state.contacts[by], key);
          const avoidable = countOf(state.avoidableBy[by], key);
          return { key, count, avoidable, rate: avoidable / (by === "reason" ? state.total : count) };
        });
      return {
        total: state.total,
        avoidable: state.avoidable,
        rate: rate(state.avoidable, state.total),
        by: { service: rows("service"), channel: rows("channel"), reason: rows("reason"), month: rows("month") },
      };
    },
  };
}
