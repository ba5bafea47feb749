import { CHANNEL_CODES, CHANNELS, INTERACTION_CODES, type Interaction } from "../taxonomy/index.js";
import type { ResolvedOptions } from "./options.js";
import {
  CHANNEL_HOURS,
  type ChannelHours,
  CLUSTER_INTERACTIONS,
  ENQUIRY_MEAN_DAYS,
  HOUR_FACTOR,
  SERVICE_INTERACTIONS,
  WEEKDAY_FACTOR,
} from "./profiles.js";

/** Channel slots: the 14 channels in CHANNEL_CODES order, then the outbound letter run. */
export const OUTBOUND_SLOT = CHANNEL_CODES.length;
const SLOTS = CHANNEL_CODES.length + 1;

/** Interactions that open an enquiry for the back office to fulfil. */
export const OPENS_ENQUIRY: ReadonlySet<Interaction> = new Set([
  "request",
  "report",
  "application",
  "complaint",
  "change-of-circumstances",
]);

/** Everything the generator precomputes from the options; read-only while it runs. */
export interface Tables {
  /** Contact volume by London hour of the week. */
  readonly hourWeight: Float64Array;
  /** Cumulative channel-slot weights for each hour of the week (168 × SLOTS). */
  readonly channelCumulative: Float64Array;
  /** Telephone load by hour of the week, relative to its average over open hours (1 = average). */
  readonly phoneLoad: Float64Array;
  /** Cumulative weights of the self-service channels contact shifts to, in CHANNEL_CODES order. */
  readonly shiftCumulative: Float64Array;
  /** Cumulative inbound and outbound service weights, in catalogue order. */
  readonly serviceCumulative: Float64Array;
  readonly outboundCumulative: Float64Array;
  /** For each service: cumulative interaction weights (INTERACTION_CODES order), mean enquiry days, and whether it is reported at a place. */
  readonly interactionCumulative: readonly Float64Array[];
  readonly enquiryMeanDays: Float64Array;
  readonly atPlace: Uint8Array;
}

function cumulate(weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) out[i] = sum += weights[i]!;
  return out;
}

/** Weight of a channel's contact in each hour of the week, summing to 1 over the week. */
function weeklyProfile(hours: ChannelHours): Float64Array {
  const profile = new Float64Array(168);
  let total = 0;
  for (let how = 0; how < 168; how++) {
    const day = Math.floor(how / 24);
    const hour = how % 24;
    const open = day < hours.days && hour >= hours.open && hour < hours.close;
    profile[how] = open ? WEEKDAY_FACTOR[hours.curve][day]! * HOUR_FACTOR[hours.curve][hour]! : 0;
    total += profile[how]!;
  }
  return profile.map((weight) => weight / total);
}

/** Builds the tables for a set of resolved options. */
export function buildTables(options: ResolvedOptions): Tables {
  const inboundTotal = options.channelMix.reduce((sum, share) => sum + share, 0);
  const outbound = options.outboundWeights.some((w) => w > 0) ? options.demandMix.outbound : 0;
  const slotShare = [...Array.from(options.channelMix, (share) => ((1 - outbound) * share) / inboundTotal), outbound];
  const profiles = [...CHANNEL_CODES, "outbound-letter" as const].map((slot) => weeklyProfile(CHANNEL_HOURS[slot]));

  const hourWeight = new Float64Array(168);
  const channelCumulative = new Float64Array(168 * SLOTS);
  for (let how = 0; how < 168; how++) {
    let sum = 0;
    for (let slot = 0; slot < SLOTS; slot++)
      channelCumulative[how * SLOTS + slot] = sum += slotShare[slot]! * profiles[slot]![how]!;
    hourWeight[how] = sum;
  }
  const phone = profiles[CHANNEL_CODES.indexOf("telephone")]!;
  const openHours = phone.filter((w) => w > 0).length;
  const phoneLoad = phone.map((w) => w * openHours);
  const shiftCumulative = cumulate(
    CHANNEL_CODES.map((code, i) =>
      CHANNELS[code].mode === "self-service" && code !== "kiosk" ? Math.max(options.channelMix[i]!, 1e-9) : 0,
    ),
  );

  const services = options.catalogue.services;
  const interactionCumulative = services.map((service) => {
    const mix = SERVICE_INTERACTIONS[service.id] ?? CLUSTER_INTERACTIONS[service.cluster] ?? CLUSTER_INTERACTIONS[""]!;
    return cumulate(INTERACTION_CODES.map((code) => mix[code] ?? 0));
  });
  const enquiryMeanDays = Float64Array.from(
    services,
    (s) => ENQUIRY_MEAN_DAYS[s.id] ?? ENQUIRY_MEAN_DAYS[s.cluster] ?? ENQUIRY_MEAN_DAYS[""]!,
  );
  const atPlace = Uint8Array.from(services, (s) => (s.cluster === "street-scene" ? 1 : 0));
  return {
    hourWeight,
    channelCumulative,
    phoneLoad,
    shiftCumulative,
    serviceCumulative: cumulate(options.serviceWeights),
    outboundCumulative: cumulate(options.outboundWeights),
    interactionCumulative,
    enquiryMeanDays,
    atPlace,
  };
}

/** The index of the first cumulative weight above `u × total` in `cumulative[offset, offset + length)`: a weighted draw. */
export function draw(cumulative: Float64Array, u: number, offset = 0, length = cumulative.length - offset): number {
  const target = u * cumulative[offset + length - 1]!;
  let low = 0;
  let high = length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (cumulative[offset + mid]! > target) high = mid;
    else low = mid + 1;
  }
  return low;
}
