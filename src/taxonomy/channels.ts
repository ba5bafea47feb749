import { messages } from "../core/index.js";
/**
 * Every channel code, in a fixed order. The codes are the library's public contract: the same
 * everywhere (contacts, cost tables, metrics).
 *
 * @example
 * ```ts
 * import { CHANNEL_CODES } from "council-contact/taxonomy";
 * CHANNEL_CODES.length //=> 15
 * CHANNEL_CODES[2] //=> "telephone"
 * ```
 */
export const CHANNEL_CODES = [
  "face-to-face",
  "one-stop-shop",
  "telephone",
  "email",
  "web-form",
  "web-self-service",
  "webchat",
  "sms",
  "social-media",
  "letter",
  "kiosk",
  "mobile-app",
  "partner",
  "councillor",
  "unknown",
] as const;

/**
 * A channel code: how a contact reached the council (or, for outbound contact, how the council reached the customer).
 *
 * @example
 * ```ts
 * import type { Channel } from "council-contact/taxonomy";
 * const channel: Channel = "webchat";
 * channel //=> "webchat"
 * ```
 */
export type Channel = (typeof CHANNEL_CODES)[number];

/**
 * What a channel is: who does the work at the point of contact, whether it happens in real time, and whether it is digital.
 *
 * @example
 * ```ts
 * import { CHANNELS, type ChannelInfo } from "council-contact/taxonomy";
 * const info: ChannelInfo = CHANNELS.email;
 * info.synchronous //=> false
 * ```
 */
export interface ChannelInfo {
  /** A short label for people. */
  readonly label: string;
  /** `assisted`: a person (adviser, councillor, partner) takes the contact; `self-service`: the customer keys it into a council system. */
  readonly mode: "assisted" | "self-service";
  /** True when customer and council are in the same exchange at the same time (a conversation, or an online session that completes while they wait). */
  readonly synchronous: boolean;
  /** True when the contact arrives as data over the internet or a mobile network. */
  readonly digital: boolean;
  /** Where the code and its attributes come from. */
  readonly source: string;
}

/**
 * The channels with their attributes. The esd Local Government Channel List (LGChL) existed but its codes
 * could not be found, so the codes are the library's own; each entry names the
 * published lists it lines up with. The attributes follow the definitions of {@link ChannelInfo}.
 *
 * @example
 * ```ts
 * import { CHANNELS } from "council-contact/taxonomy";
 * CHANNELS.telephone.mode //=> "assisted"
 * CHANNELS["web-self-service"].digital //=> true
 * ```
 */
export const CHANNELS: Readonly<Record<Channel, ChannelInfo>> = {
  "face-to-face": {
    label: "Face to face",
    mode: "assisted",
    synchronous: true,
    digital: false,
    source:
      'National Careers Service channel 1 "Face to face" (National Careers Service, NCS.DSS.Interaction.ReferenceData); Socitm 2012 cost per contact (Computer Weekly, “Socitm: two-thirds of council enquiries are now digital”)',
  },
  "one-stop-shop": {
    label: "One-stop shop",
    mode: "assisted",
    synchronous: true,
    digital: false,
    source: "a council customer service centre, a kind of face to face (National Careers Service channel 1)",
  },
  telephone: {
    label: "Telephone",
    mode: "assisted",
    synchronous: true,
    digital: false,
    source:
      'National Careers Service channel 2 "Telephone" (National Careers Service, NCS.DSS.Interaction.ReferenceData); Socitm 2012 cost per contact (Computer Weekly, “Socitm: two-thirds of council enquiries are now digital”)',
  },
  email: {
    label: "Email",
    mode: "assisted",
    synchronous: false,
    digital: true,
    source: 'National Careers Service channel 5 "Email" (National Careers Service, NCS.DSS.Interaction.ReferenceData)',
  },
  "web-form": {
    label: "Web form",
    mode: "self-service",
    synchronous: false,
    digital: true,
    source:
      "esd-toolkit access channel 1, the website (ldghowto.org.uk, “access channels”); Socitm 2012 cost per web visit (Computer Weekly, “Socitm: two-thirds of council enquiries are now digital”)",
  },
  "web-self-service": {
    label: "Web self-service",
    mode: "self-service",
    synchronous: true,
    digital: true,
    source:
      "esd-toolkit access channel 1, the website (ldghowto.org.uk, “access channels”); Socitm 2012 cost per web visit (Computer Weekly, “Socitm: two-thirds of council enquiries are now digital”)",
  },
  webchat: {
    label: "Webchat",
    mode: "assisted",
    synchronous: true,
    digital: true,
    source:
      'National Careers Service channel 3 "Webchat" (National Careers Service, NCS.DSS.Interaction.ReferenceData)',
  },
  sms: {
    label: "SMS",
    mode: "assisted",
    synchronous: false,
    digital: true,
    source: 'National Careers Service channel 7 "SMS" (National Careers Service, NCS.DSS.Interaction.ReferenceData)',
  },
  "social-media": {
    label: "Social media",
    mode: "assisted",
    synchronous: false,
    digital: true,
    source:
      'National Careers Service channel 6 "Social media" (National Careers Service, NCS.DSS.Interaction.ReferenceData)',
  },
  letter: {
    label: "Letter",
    mode: "assisted",
    synchronous: false,
    digital: false,
    source: 'National Careers Service channel 8 "Post" (National Careers Service, NCS.DSS.Interaction.ReferenceData)',
  },
  kiosk: {
    label: "Kiosk",
    mode: "self-service",
    synchronous: true,
    digital: true,
    source: "kiosks were a first-point-of-contact channel of Liverpool Direct (publicnet.co.uk, 27 March 2001)",
  },
  "mobile-app": {
    label: "Mobile app",
    mode: "self-service",
    synchronous: false,
    digital: true,
    source:
      'National Careers Service channel 10 "Messaging application" (National Careers Service, NCS.DSS.Interaction.ReferenceData) is the nearest',
  },
  partner: {
    label: "Partner organisation",
    mode: "assisted",
    synchronous: false,
    digital: false,
    source:
      "the library's own code for contact made for the customer by another body (an advice agency, a housing association); no published channel list has it",
  },
  councillor: {
    label: "Councillor",
    mode: "assisted",
    synchronous: false,
    digital: false,
    source: 'councillor casework raised for a resident (LGSL 358 "your local councillors", GOV.UK local_services.csv)',
  },
  unknown: {
    label: "Unknown",
    mode: "assisted",
    synchronous: false,
    digital: false,
    source:
      "the library's own code for a contact whose channel the source did not record or that no mapping names (an export's UNKNOWN, a blank cell), so the row is kept and counted; its attributes are the cautious reading: staff work, not real time, not digital",
  },
} as const satisfies Record<Channel, ChannelInfo>;

/**
 * Whether a value is one of the channel codes.
 *
 * @param value - anything.
 * @returns true when `value` is a channel code, narrowing its type.
 * @example
 * ```ts
 * import { isChannel } from "council-contact/taxonomy";
 * isChannel("telephone") //=> true
 * isChannel("pigeon") //=> false
 * ```
 */
export function isChannel(value: unknown): value is Channel {
  return typeof value === "string" && Object.hasOwn(CHANNELS, value);
}

/**
 * The attributes {@link channelsWhere} can filter on; each one left out matches every channel.
 *
 * @example
 * ```ts
 * import type { ChannelFilter } from "council-contact/taxonomy";
 * const filter: ChannelFilter = { digital: true, mode: "assisted" };
 * filter.mode //=> "assisted"
 * ```
 */
export interface ChannelFilter {
  /** Only channels of this mode. */
  readonly mode?: ChannelInfo["mode"];
  /** Only synchronous (true) or asynchronous (false) channels. */
  readonly synchronous?: boolean;
  /** Only digital (true) or non-digital (false) channels. */
  readonly digital?: boolean;
}

/**
 * The channel codes whose attributes match a filter, in {@link CHANNEL_CODES} order.
 *
 * @param filter - the attributes to match; an empty filter returns every channel.
 * @returns the matching channel codes.
 * @throws RangeError if `filter` is not an object.
 * @example
 * ```ts
 * import { channelsWhere } from "council-contact/taxonomy";
 * channelsWhere({ mode: "self-service" }) //=> ["web-form", "web-self-service", "kiosk", "mobile-app"]
 * channelsWhere({ digital: false, synchronous: true }) //=> ["face-to-face", "one-stop-shop", "telephone"]
 * ```
 */
export function channelsWhere(filter: ChannelFilter): Channel[] {
  if (typeof filter !== "object" || filter === null) throw new RangeError(messages.options("filter", filter));
  return CHANNEL_CODES.filter((code) => {
    const info: ChannelInfo = CHANNELS[code];
    return (
      (filter.mode === undefined || info.mode === filter.mode) &&
      (filter.synchronous === undefined || info.synchronous === filter.synchronous) &&
      (filter.digital === undefined || info.digital === filter.digital)
    );
  });
}
