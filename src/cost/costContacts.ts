import { refuse } from "../core/index.js";
import { fromPence, type Money, type RoundingMode } from "../money/index.js";
import { ValidationError } from "../schema/index.js";
import { type Catalogue, CHANNEL_CODES, type Channel, STARTER_CATALOGUE } from "../taxonomy/index.js";
import type { ContactCostLine } from "./ContactCostLine.js";
import { CostGroups } from "./CostGroups.js";
import { type CostableContact, tally } from "./contactLedger.js";
import { penceByChannel } from "./costTable.js";
import { enquiryCosts, type Rates } from "./enquiryCosts.js";
import { type Fraction, fraction, lcm } from "./fraction.js";
import { checkOptions, readRounding } from "./readOptions.js";
import type { UnitCostPreset } from "./UnitCostPreset.js";
import type { UnitCostTable } from "./unitCost.js";

export type { CostableContact } from "./contactLedger.js";

/**
 * A way to break down the cost of contact records. `month` is the contact's Europe/London calendar
 * month (`YYYY-MM`); `cluster` comes from the service through the catalogue; `enquiry` totals every
 * contact an enquiry took, so avoidable contact (chasing, repeats) shows up in its cost.
 *
 * @example
 * ```ts
 * import type { ContactCostDimension } from "council-contact/cost";
 * const by: ContactCostDimension[] = ["channel", "enquiry"];
 * by.length //=> 2
 * ```
 */
export type ContactCostDimension = "channel" | "service" | "cluster" | "month" | "enquiry";

/**
 * The options of {@link costContacts}.
 *
 * @example
 * ```ts
 * import type { CostContactsOptions } from "council-contact/cost";
 * const options: CostContactsOptions = { by: ["channel", "service"], perHandleMinute: { telephone: "65/198" } };
 * options.by //=> ["channel", "service"]
 * ```
 */
export interface CostContactsOptions {
  /** Breakdowns to return. Default `["channel", "service", "cluster", "month"]`; add `"enquiry"` for cost per enquiry. */
  readonly by?: readonly ContactCostDimension[];
  /** Staff cost per minute of recorded handle time, by channel, added to the per-contact unit cost (activity-based costing). */
  readonly perHandleMinute?: UnitCostTable;
  /** Where services find their clusters. Default the taxonomy's `STARTER_CATALOGUE`. */
  readonly catalogue?: Catalogue;
  /** How the exact total is rounded to the penny. Default `DEFAULT_ROUNDING` (`halfUp`). */
  readonly rounding?: RoundingMode;
}

/**
 * Contacts on a channel with no unit cost: counted, never costed at £0.
 *
 * @example
 * ```ts
 * import { costContacts, SOCITM_2012_UNIT_COSTS, type UncostedContacts } from "council-contact/cost";
 * const uncosted: readonly UncostedContacts[] = costContacts([{ at: 0, channel: "sms" }], SOCITM_2012_UNIT_COSTS).uncosted;
 * uncosted //=> [{ channel: "sms", contacts: 1 }]
 * ```
 */
export interface UncostedContacts {
  /** The channel code. */
  readonly channel: Channel;
  /** Contacts on it, left out of every total. */
  readonly contacts: number;
}

/**
 * The cost of a set of contact records, with the breakdowns asked for.
 *
 * @example
 * ```ts
 * import { costContacts, SOCITM_2012_UNIT_COSTS, type ContactCosts } from "council-contact/cost";
 * const costs: ContactCosts = costContacts([{ at: 0, channel: "face-to-face" }], SOCITM_2012_UNIT_COSTS, { by: [] });
 * [costs.total, costs.byChannel] //=> ["8.62", undefined]
 * ```
 */
export interface ContactCosts {
  /** The exact cost of every costed contact, rounded once to the penny. */
  readonly total: Money;
  /** Contacts costed (uncosted ones excluded). */
  readonly contacts: number;
  /** Handle time of the costed contacts in seconds; present when handle time is costed (`perHandleMinute`). */
  readonly handleSeconds?: number;
  /** The exact total ÷ costed contacts, to the penny; `null` when nothing was costed. */
  readonly costPerContact: Money | null;
  /** With `by: ["enquiry"]`: the exact cost of contacts with an enquiry ÷ the number of enquiries, to the penny. */
  readonly costPerEnquiry?: Money | null;
  /** By channel, in channel-code order. */
  readonly byChannel?: readonly ContactCostLine[];
  /** By service: catalogue order, then other ids in code-unit order, then `null` (no service). */
  readonly byService?: readonly ContactCostLine[];
  /** By cluster: catalogue order, then `null` (no service, or a service not in the catalogue). */
  readonly byCluster?: readonly ContactCostLine[];
  /** By London month `YYYY-MM`, in date order. */
  readonly byMonth?: readonly ContactCostLine[];
  /** By enquiry id in code-unit order, then `null` (contacts with no enquiry). */
  readonly byEnquiry?: readonly ContactCostLine[];
  /** Channels with contacts but no unit cost, in channel-code order. */
  readonly uncosted: readonly UncostedContacts[];
}

const DEFAULT_BY: readonly ContactCostDimension[] = ["channel", "service", "cluster", "month"];
const DIMENSIONS: ReadonlySet<string> = /* @__PURE__ */ new Set(["channel", "service", "cluster", "month", "enquiry"]);

/**
 * Costs contact records: the total, and breakdowns by channel, service, cluster, London month and
 * enquiry that each **add up to the total to the penny**. A contact costs its channel's unit cost,
 * plus its handle time × the channel's `perHandleMinute` rate when one is given; both may be finer
 * than a penny. How it stays exact and fast: one pass counts contacts and seconds per (service,
 * month, channel) cell in typed arrays (no `Decimal` or `bigint` per record); the cost of each
 * group is then worked out exactly from its cells, the grand total rounded once, and each
 * breakdown's groups rounded down or up by largest remainder so that they sum to that total.
 *
 * @param contacts - the records (an array or any iterable, read once); each needs `channel` and,
 * for months, `at`. Not modified.
 * @param unitCosts - cost per contact by channel, or a preset such as {@link SOCITM_2012_UNIT_COSTS}.
 * @param options - breakdowns, per-minute rates, catalogue and rounding.
 * @returns the total, the breakdowns asked for and the uncosted contacts.
 * @throws ValidationError listing every record with an unknown channel, a handle time that is not
 * a whole number ≥ 0 or (for months) an instant outside 2000–2100.
 * @throws RangeError naming the option for a malformed unit cost, rate or breakdown name, options that are
 * not an object, or `contacts` that are not iterable.
 * @example
 * ```ts
 * import { costContacts, SOCITM_2012_UNIT_COSTS } from "council-contact/cost";
 * const at = Date.UTC(2024, 5, 30, 23, 30); // 00:30 on 1 July in London
 * const rows = [
 *   { at, channel: "telephone" as const, serviceId: "missed-bin", enquiryId: "e1" },
 *   { at, channel: "telephone" as const, serviceId: "missed-bin", enquiryId: "e1" }, // chasing
 *   { at, channel: "web-form" as const, serviceId: "council-tax", enquiryId: "e2" },
 *   { at, channel: "email" as const, serviceId: "council-tax" },
 * ];
 * const costs = costContacts(rows, SOCITM_2012_UNIT_COSTS, { by: ["channel", "month", "enquiry"] });
 * costs.total //=> "5.81"
 * costs.byMonth!.map((line) => [line.key, line.cost]) //=> [["2024-07", "5.81"]]
 * costs.byEnquiry!.map((line) => [line.key, line.cost]) //=> [["e1", "5.66"], ["e2", "0.15"]]
 * costs.uncosted //=> [{ channel: "email", contacts: 1 }]
 * costContacts([{ at, channel: "pigeon" as never }], SOCITM_2012_UNIT_COSTS) //=> throws ValidationError
 * ```
 */
export function costContacts(
  contacts: Iterable<CostableContact>,
  unitCosts: UnitCostTable | UnitCostPreset,
  options: CostContactsOptions = {},
): ContactCosts {
  checkOptions(options);
  const rounding = readRounding(options.rounding);
  if (options.by !== undefined && !Array.isArray(options.by)) refuse("by", "a list of breakdowns", options.by);
  const by = new Set<ContactCostDimension>(options.by ?? DEFAULT_BY);
  for (const dimension of by)
    if (!DIMENSIONS.has(dimension)) refuse("by", "a list of channel, service, cluster, month, enquiry", dimension);
  const rates = ratesOf(unitCosts, options.perHandleMinute);
  const { denominator, perContact, perSecond } = rates;
  const costed = CHANNEL_CODES.map((_, c) => perContact[c] !== undefined || perSecond[c] !== undefined);
  const timed = options.perHandleMinute !== undefined;
  const ledger = tally(contacts, { costed, byMonth: by.has("month"), byEnquiry: by.has("enquiry"), readHandle: timed });
  if (ledger.issues.length > 0) throw new ValidationError(ledger.issues, "Contact");

  const cost = (c: number, count: number, seconds: number): bigint =>
    BigInt(count) * (perContact[c] ?? 0n) + (seconds === 0 ? 0n : BigInt(seconds) * (perSecond[c] ?? 0n));
  const groups = {
    channel: new CostGroups(),
    service: new CostGroups(),
    cluster: new CostGroups(),
    month: new CostGroups(),
  };
  const clusterOf = clusterLookup(options.catalogue ?? STARTER_CATALOGUE);
  for (let row = 0; row < ledger.rows; row++) {
    const service = ledger.serviceKeys[ledger.rowService[row]!]!;
    const month = ledger.monthKeys[ledger.rowMonth[row]!]!;
    for (let c = 0; c < CHANNEL_CODES.length; c++) {
      const count = ledger.counts[row * CHANNEL_CODES.length + c]!;
      if (count === 0) continue;
      const seconds = ledger.seconds[row * CHANNEL_CODES.length + c]!;
      const n = cost(c, count, seconds);
      groups.channel.add(CHANNEL_CODES[c]!, n, count, seconds);
      groups.service.add(service, n, count, seconds);
      groups.cluster.add(service === null ? null : (clusterOf.get(service) ?? null), n, count, seconds);
      groups.month.add(month, n, count, seconds);
    }
  }
  const all = groups.channel.sum();
  const lines = (found: CostGroups, order: readonly (string | null)[]): ContactCostLine[] =>
    found.lines(order, denominator, rounding, timed);
  const serviceOrder = [...(options.catalogue ?? STARTER_CATALOGUE).services.map((service) => service.id)];
  const clusterOrder = (options.catalogue ?? STARTER_CATALOGUE).clusters.map((cluster) => cluster.id);
  const enquiries = ledger.enquiries && enquiryCosts(ledger.enquiries, rates, all.n, rounding, timed);
  return {
    total: fromPence(rounding(all.n, denominator)),
    contacts: all.contacts,
    ...(timed && { handleSeconds: all.seconds }),
    costPerContact: all.contacts === 0 ? null : fromPence(rounding(all.n, denominator * BigInt(all.contacts))),
    ...(enquiries && { costPerEnquiry: enquiries.costPerEnquiry }),
    ...(by.has("channel") && { byChannel: lines(groups.channel, CHANNEL_CODES) }),
    ...(by.has("service") && {
      byService: lines(groups.service, [...serviceOrder, ...groups.service.others(serviceOrder), null]),
    }),
    ...(by.has("cluster") && {
      byCluster: lines(groups.cluster, [...clusterOrder, ...groups.cluster.others(clusterOrder), null]),
    }),
    ...(by.has("month") && { byMonth: lines(groups.month, groups.month.others([])) }),
    ...(enquiries && { byEnquiry: enquiries.lines }),
    uncosted: CHANNEL_CODES.flatMap((channel, c) =>
      ledger.uncosted[c]! > 0 ? [{ channel, contacts: ledger.uncosted[c]! }] : [],
    ),
  };
}

/** The per-contact and per-second rates in pence, as integers over one common denominator. */
function ratesOf(unitCosts: UnitCostTable | UnitCostPreset, perHandleMinute: UnitCostTable | undefined): Rates {
  const unit = penceByChannel(unitCosts, "unitCosts");
  const minute =
    perHandleMinute === undefined ? new Map<Channel, Fraction>() : penceByChannel(perHandleMinute, "perHandleMinute");
  const second = new Map([...minute].map(([channel, pence]) => [channel, fraction(pence.n, pence.d * 60n)] as const));
  let denominator = 1n;
  for (const pence of [...unit.values(), ...second.values()]) denominator = lcm(denominator, pence.d);
  const over = (table: ReadonlyMap<Channel, Fraction>) =>
    CHANNEL_CODES.map((channel) => {
      const pence = table.get(channel);
      return pence && pence.n * (denominator / pence.d);
    });
  return { denominator, perContact: over(unit), perSecond: over(second) };
}

function clusterLookup(catalogue: Catalogue): ReadonlyMap<string, string> {
  return new Map(catalogue.services.map((service) => [service.id, service.cluster]));
}
