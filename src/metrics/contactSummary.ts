import type { UnitCostPreset, UnitCostTable } from "../cost/index.js";
import type { RoundingMode } from "../money/index.js";
import type { ContactAggregate } from "./Aggregate.js";
import { type CallHandling, callHandling } from "./callHandling.js";
import { type ChannelMix, channelMix } from "./channelMix.js";
import { combine } from "./combine.js";
import { complaintsAndCompliments, type Feedback } from "./complaintsAndCompliments.js";
import { type ContactCost, contactCost } from "./contactCost.js";
import { VOLUME_BREAKDOWNS, type VolumeBreakdown } from "./dimension.js";
import { type VolumeOptions, type Volumes, volumes } from "./volumes.js";

/**
 * Options for {@link contactSummary}.
 *
 * @example
 * ```ts
 * import { SOCITM_2012_UNIT_COSTS } from "council-contact/cost";
 * import type { ContactSummaryOptions } from "council-contact/metrics";
 * const options: ContactSummaryOptions = { unitCosts: SOCITM_2012_UNIT_COSTS, answerWithinSeconds: 30 };
 * options.answerWithinSeconds //=> 30
 * ```
 */
export interface ContactSummaryOptions extends VolumeOptions {
  /** Unit costs for cost to serve; without them `cost` is `null`. */
  readonly unitCosts?: UnitCostTable | UnitCostPreset;
  /** How the cost total is rounded. Default `halfUp`. */
  readonly rounding?: RoundingMode;
  /** The answering standard for calls, in seconds. Default 20. */
  readonly answerWithinSeconds?: number;
}

/**
 * Everything {@link contactSummary} computes in its one pass.
 *
 * @example
 * ```ts
 * import { contactSummary, summarize, type ContactSummary } from "council-contact/metrics";
 * const summary: ContactSummary = summarize([], contactSummary());
 * [summary.volumes.month.total, summary.cost] //=> [0, null]
 * ```
 */
export interface ContactSummary {
  /** Volumes by every breakdown. */
  readonly volumes: Readonly<Record<VolumeBreakdown, Volumes>>;
  /** Channel mix and digital take-up. */
  readonly channelMix: ChannelMix;
  /** Call handling. */
  readonly calls: CallHandling;
  /** Complaints and compliments. */
  readonly feedback: Feedback;
  /** Cost to serve, or `null` without unit costs. */
  readonly cost: ContactCost | null;
}

/**
 * The state of {@link contactSummary}: each part's state under its name, plain JSON, to send and `merge`.
 *
 * @example
 * ```ts
 * import { contactSummary, type ContactSummaryState } from "council-contact/metrics";
 * const state: ContactSummaryState = contactSummary().empty();
 * Object.keys(state) //=> ["volumes", "channelMix", "calls", "feedback", "cost"]
 * ```
 */
export type ContactSummaryState = Readonly<Record<string, unknown>>;

const noCost: ContactAggregate<null, null> = {
  empty: () => null,
  add: () => null,
  addColumns: () => null,
  merge: () => null,
  result: () => null,
};

/**
 * The management-information summary of contacts in one pass: volumes by service, channel, cluster, ward, London
 * hour, weekday, day, week and month; channel mix and digital take-up; call handling (answer rate, abandonment,
 * service level, ASA, AHT); complaints and compliments per 1,000 contacts; and, given unit costs, cost to serve
 * and cost per transaction. An aggregate like every other metric: run it with `summarize` over an array, stream or
 * contact columns, or split the contacts, `accumulate` each part anywhere and `merge` the states.
 *
 * @param options - the catalogue, whether to count outbound contacts, unit costs, rounding and the answering standard.
 * @returns the aggregate.
 * @throws RangeError for a bad option.
 * @example
 * ```ts
 * import { SOCITM_2012_UNIT_COSTS } from "council-contact/cost";
 * import { contactSummary, summarize } from "council-contact/metrics";
 * import { parseContacts } from "council-contact/schema";
 * const contacts = parseContacts([
 *   { id: "a", at: "2024-05-01T09:00:00Z", channel: "telephone", serviceId: "missed-bin", answered: true, waitSeconds: 12 },
 *   { id: "b", at: "2024-05-01T10:00:00Z", channel: "web-form", serviceId: "missed-bin", ward: "Abbey" },
 * ]);
 * const summary = summarize(contacts, contactSummary({ unitCosts: SOCITM_2012_UNIT_COSTS }));
 * summary.volumes.service.rows //=> [{ key: "missed-bin", count: 2, share: 1 }]
 * [summary.channelMix.digitalTakeUp, summary.calls.serviceLevel, summary.cost?.total] //=> [0.5, 1, "2.98"]
 * contactSummary({ answerWithinSeconds: Number.NaN }) //=> throws RangeError
 * ```
 */
export function contactSummary(
  options: ContactSummaryOptions = {},
): ContactAggregate<ContactSummaryState, ContactSummary> {
  const { unitCosts, rounding, answerWithinSeconds, ...volumeOptions } = options ?? {};
  const parts = {
    volumes: combine(Object.fromEntries(VOLUME_BREAKDOWNS.map((by) => [by, volumes(by, volumeOptions)]))),
    channelMix: channelMix(volumeOptions),
    calls: callHandling(answerWithinSeconds === undefined ? {} : { answerWithinSeconds }),
    feedback: complaintsAndCompliments(volumeOptions),
    cost:
      unitCosts === undefined
        ? noCost
        : contactCost(unitCosts, rounding === undefined ? volumeOptions : { ...volumeOptions, rounding }),
  };
  return combine(parts) as unknown as ContactAggregate<ContactSummaryState, ContactSummary>;
}
