import { CHANNELS, type Channel } from "../taxonomy/index.js";
import type { ContactAggregate } from "./Aggregate.js";
import { rate } from "./counts.js";
import { type VolumeOptions, type VolumeRow, type VolumeState, volumes } from "./volumes.js";

/**
 * A row of the channel mix: a channel's contacts, share, and whether it is digital.
 *
 * @example
 * ```ts
 * import type { ChannelMixRow } from "council-contact/metrics";
 * const row: ChannelMixRow = { key: "web-form", count: 3, share: 0.75, digital: true };
 * row.digital //=> true
 * ```
 */
export interface ChannelMixRow extends VolumeRow {
  /** Whether the taxonomy counts the channel as digital. */
  readonly digital: boolean;
}

/**
 * Contacts by channel and digital take-up.
 *
 * @example
 * ```ts
 * import type { ChannelMix } from "council-contact/metrics";
 * const mix: ChannelMix = { total: 4, digital: 3, digitalTakeUp: 0.75, rows: [] };
 * mix.digitalTakeUp //=> 0.75
 * ```
 */
export interface ChannelMix {
  /** Contacts counted. */
  readonly total: number;
  /** Contacts on digital channels. */
  readonly digital: number;
  /** Digital take-up as GOV.UK defines it: transactions completed on digital channels ÷ transactions on all channels; `null` with no contacts. */
  readonly digitalTakeUp: number | null;
  /** One row per channel with contacts, in key order. */
  readonly rows: readonly ChannelMixRow[];
}

/**
 * The channel mix and digital take-up, as an aggregate: each channel's contacts and share, and the share on digital
 * channels (the taxonomy's `digital` flag: web forms, web self-service, social media and the app).
 *
 * @param options - the contacts counted (outbound or not).
 * @returns the aggregate.
 * @throws RangeError for a bad option.
 * @example
 * ```ts
 * import { channelMix, summarize } from "council-contact/metrics";
 * import { parseContacts } from "council-contact/schema";
 * const contacts = parseContacts([
 *   { id: "a", at: "2024-05-01T09:00:00Z", channel: "telephone" },
 *   { id: "b", at: "2024-05-01T10:00:00Z", channel: "web-form" },
 *   { id: "c", at: "2024-05-01T11:00:00Z", channel: "web-form" },
 *   { id: "d", at: "2024-05-01T12:00:00Z", channel: "web-self-service" },
 * ]);
 * const mix = summarize(contacts, channelMix());
 * [mix.digital, mix.digitalTakeUp] //=> [3, 0.75]
 * mix.rows[0] //=> { key: "telephone", count: 1, share: 0.25, digital: false }
 * ```
 */
export function channelMix(options: VolumeOptions = {}): ContactAggregate<VolumeState, ChannelMix> {
  const byChannel = volumes("channel", options);
  return {
    ...byChannel,
    result(state) {
      const rows = byChannel
        .result(state)
        .rows.map((row) => ({ ...row, digital: CHANNELS[row.key as Channel]?.digital ?? false }));
      const digital = rows.reduce((sum, row) => sum + (row.digital ? row.count : 0), 0);
      return { total: state.total, digital, digitalTakeUp: rate(digital, state.total), rows };
    },
  };
}
