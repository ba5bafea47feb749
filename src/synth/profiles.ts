import type { Channel, Interaction } from "../taxonomy/index.js";

/**
 * The default share of inbound contacts by channel (weights; they need not sum to 1). An assumption, not a
 * published figure: telephone is the largest recorded channel (Liverpool Direct took about 50,000 calls a week,
 * Transformational Government commentary, commentonthis.com), and Socitm's 66% online share (Socitm, 2012) counts web visits, most of them never recorded as
 * contacts, so recorded digital contact is set lower, at about 40%.
 *
 * @example
 * ```ts
 * import { DEFAULT_CHANNEL_MIX } from "council-contact/synth";
 * DEFAULT_CHANNEL_MIX.telephone //=> 0.47
 * ```
 */
export const DEFAULT_CHANNEL_MIX: Readonly<Record<Channel, number>> = {
  "face-to-face": 0.04,
  "one-stop-shop": 0.02,
  telephone: 0.47,
  email: 0.09,
  "web-form": 0.14,
  "web-self-service": 0.12,
  webchat: 0.03,
  sms: 0.01,
  "social-media": 0.01,
  letter: 0.02,
  kiosk: 0.005,
  "mobile-app": 0.02,
  partner: 0.01,
  councillor: 0.005,
  unknown: 0,
};

/**
 * The kinds of demand the generator makes besides first-time requests, and how often. `outbound` is the share of
 * all contacts that are letters, bills and notices the council sends; the others are shares of inbound contacts.
 *
 * @example
 * ```ts
 * import type { DemandMix } from "council-contact/synth";
 * const none: DemandMix = { chase: 0, repeat: 0, failureToDeliver: 0, clarification: 0, misdirected: 0, outbound: 0 };
 * none.chase //=> 0
 * ```
 */
export interface DemandMix {
  /** Progress chases on an open enquiry (same customer, service and enquiry id). */
  readonly chase: number;
  /** Repeat reports of an open enquiry's problem at the same UPRN, by the same or another customer. */
  readonly repeat: number;
  /** Re-reports after an enquiry was closed without the problem being fixed (failure to deliver). */
  readonly failureToDeliver: number;
  /** Calls asking what a recent letter or bill means (same customer and service as the letter). */
  readonly clarification: number;
  /** Contacts that reached the wrong place and were transferred (assisted channels only). */
  readonly misdirected: number;
  /** Outbound letters, bills and notices, as a share of all contacts. */
  readonly outbound: number;
}

/**
 * The default demand mix. About a quarter of inbound contact is made failure demand here; Seddon reports
 * 40–60% in command-and-control service organisations and up to 80% in local-government call centres
 * (Seddon, Freedom from Command and Control, 2003; beyondcommandandcontrol.com), so these defaults are deliberately modest. Information requests come on top, from the
 * interaction mix of each cluster.
 *
 * @example
 * ```ts
 * import { DEFAULT_DEMAND_MIX } from "council-contact/synth";
 * DEFAULT_DEMAND_MIX.chase //=> 0.08
 * ```
 */
export const DEFAULT_DEMAND_MIX: DemandMix = {
  chase: 0.08,
  repeat: 0.04,
  failureToDeliver: 0.03,
  clarification: 0.05,
  misdirected: 0.04,
  outbound: 0.06,
};

/**
 * The default relative volume of contact by starter service. An assumption (no published split was found):
 * refuse and recycling, council tax and benefits dominate council contact. A catalogue service missing here
 * gets the `otherServiceWeight` option (default 1).
 *
 * @example
 * ```ts
 * import { DEFAULT_SERVICE_WEIGHTS } from "council-contact/synth";
 * DEFAULT_SERVICE_WEIGHTS["council-tax"] //=> 18
 * ```
 */
export const DEFAULT_SERVICE_WEIGHTS: Readonly<Record<string, number>> = {
  "council-tax": 18,
  "council-tax-discounts": 3,
  "business-rates-relief": 1,
  "parking-fines": 3,
  "housing-benefit": 10,
  "council-tax-support": 6,
  "older-persons-bus-pass": 1,
  "refuse-collection": 8,
  "missed-bin": 7,
  "recycling-collections": 4,
  "bulky-waste": 3,
  "garden-waste": 2,
  "street-cleaning": 1.5,
  "fly-tipping": 2,
  graffiti: 0.5,
  potholes: 3,
  "street-lights": 1.5,
  "abandoned-vehicles": 0.5,
  "council-housing-applications": 3,
  "homelessness-advice": 1.5,
  "council-home-repairs": 4,
  "school-admissions": 2,
  "free-school-meals": 1,
  "school-transport": 1,
  "free-early-education": 0.5,
  fostering: 0.2,
  "care-needs-assessment": 2,
  "equipment-and-adaptations": 1,
  "blue-badge": 1.5,
  "community-alarms": 0.5,
  "planning-decisions": 1.5,
  "building-regulations": 0.5,
  "noise-nuisance": 1,
  "pest-control": 1,
  "alcohol-licences": 0.3,
  "parking-permits": 2,
  complaints: 1.5,
  councillors: 0.5,
  "electoral-register": 1.5,
  "register-a-birth": 0.7,
  "register-a-death": 0.7,
  "bereavement-services": 0.3,
  libraries: 1,
};

/** Which services send letters, bills and notices, and how many (relative): annual bills, reminders, decisions, penalty notices. */
export const OUTBOUND_SERVICE_WEIGHTS: Readonly<Record<string, number>> = {
  "council-tax": 50,
  "housing-benefit": 20,
  "council-tax-support": 15,
  "parking-fines": 10,
  "business-rates-relief": 5,
};

/** When a channel takes contact (London time): days of the week from Monday, opening and closing hour, and its curve. */
export interface ChannelHours {
  readonly days: number;
  readonly open: number;
  readonly close: number;
  readonly curve: "office" | "digital" | "post";
}

/**
 * Opening hours (assumptions: typical council opening hours; web channels 24/7). The last entry is the outbound
 * letter run, dispatched in office hours.
 */
export const CHANNEL_HOURS: Readonly<Record<Channel | "outbound-letter", ChannelHours>> = {
  "face-to-face": { days: 5, open: 9, close: 17, curve: "office" },
  "one-stop-shop": { days: 5, open: 9, close: 17, curve: "office" },
  telephone: { days: 5, open: 8, close: 18, curve: "office" },
  email: { days: 7, open: 0, close: 24, curve: "digital" },
  "web-form": { days: 7, open: 0, close: 24, curve: "digital" },
  "web-self-service": { days: 7, open: 0, close: 24, curve: "digital" },
  webchat: { days: 5, open: 9, close: 17, curve: "office" },
  sms: { days: 7, open: 0, close: 24, curve: "digital" },
  "social-media": { days: 7, open: 0, close: 24, curve: "digital" },
  letter: { days: 5, open: 9, close: 12, curve: "post" },
  kiosk: { days: 5, open: 8, close: 18, curve: "office" },
  "mobile-app": { days: 7, open: 0, close: 24, curve: "digital" },
  partner: { days: 5, open: 9, close: 17, curve: "office" },
  councillor: { days: 7, open: 8, close: 22, curve: "digital" },
  unknown: { days: 5, open: 9, close: 17, curve: "office" },
  "outbound-letter": { days: 5, open: 9, close: 17, curve: "post" },
};

/** Relative volume by weekday (Monday first): Monday busiest, weekends quiet (assumption, the usual contact-centre pattern). */
export const WEEKDAY_FACTOR: Readonly<Record<ChannelHours["curve"], readonly number[]>> = {
  office: [1.3, 1.1, 1, 1, 0.85, 0.4, 0.3],
  digital: [1.2, 1.1, 1, 1, 0.9, 0.7, 0.75],
  post: [1, 1, 1, 1, 1, 0, 0],
};

/** Relative volume by hour of the day (assumption): a mid-morning peak in offices; online, a quiet night and an evening peak. */
export const HOUR_FACTOR: Readonly<Record<ChannelHours["curve"], readonly number[]>> = {
  office: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1.5, 1.6, 1.4, 1.2, 1.2, 1.2, 1, 0.8, 0.5, 0.3, 0.2, 0.2, 0.2, 0, 0],
  digital: [
    0.3, 0.15, 0.1, 0.1, 0.1, 0.15, 0.3, 0.6, 0.9, 1.1, 1.2, 1.2, 1.2, 1.1, 1.1, 1, 1, 1, 1.1, 1.3, 1.4, 1.2, 0.9, 0.6,
  ],
  post: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1.5, 1.2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0],
};

/** Median staff handling time by channel, in seconds; absent for self-service (assumption; telephone AHT 240–420 s is typical). */
export const HANDLE_MEDIAN_SECONDS: Readonly<Partial<Record<Channel, number>>> = {
  "face-to-face": 540,
  "one-stop-shop": 600,
  telephone: 300,
  email: 240,
  "web-form": 180,
  webchat: 420,
  sms: 90,
  "social-media": 180,
  letter: 420,
  partner: 420,
  councillor: 900,
};

/** What first-time contacts about a service in each cluster are for (relative weights; assumption). */
export const CLUSTER_INTERACTIONS: Readonly<Record<string, Readonly<Partial<Record<Interaction, number>>>>> = {
  "street-scene": { report: 0.55, request: 0.25, information: 0.15, complaint: 0.03, compliment: 0.02 },
  revenues: {
    payment: 0.35,
    information: 0.25,
    "change-of-circumstances": 0.2,
    application: 0.1,
    complaint: 0.05,
    other: 0.05,
  },
  benefits: { application: 0.3, "change-of-circumstances": 0.3, information: 0.3, complaint: 0.05, other: 0.05 },
  housing: { application: 0.35, report: 0.3, information: 0.25, complaint: 0.1 },
  children: { application: 0.5, information: 0.45, complaint: 0.05 },
  "adult-social-care": { request: 0.4, application: 0.2, information: 0.35, complaint: 0.05 },
  "planning-and-regulation": { application: 0.35, report: 0.25, information: 0.35, complaint: 0.05 },
  corporate: { information: 0.45, booking: 0.2, complaint: 0.2, compliment: 0.05, other: 0.1 },
  "": { request: 0.3, information: 0.4, report: 0.2, complaint: 0.1 },
};

/** Services whose contacts are nearly all of one kind, overriding their cluster's mix. */
export const SERVICE_INTERACTIONS: Readonly<Record<string, Readonly<Partial<Record<Interaction, number>>>>> = {
  "missed-bin": { report: 0.9, complaint: 0.1 },
  potholes: { report: 0.85, information: 0.1, complaint: 0.05 },
  "bulky-waste": { booking: 0.6, payment: 0.2, information: 0.2 },
  complaints: { complaint: 0.9, other: 0.1 },
  "register-a-birth": { booking: 0.7, information: 0.3 },
  "register-a-death": { booking: 0.7, information: 0.3 },
};

/** Mean days an enquiry stays open, by cluster (assumption); `missed-bin` closes faster (next collection round). */
export const ENQUIRY_MEAN_DAYS: Readonly<Record<string, number>> = {
  "street-scene": 5,
  revenues: 10,
  benefits: 14,
  housing: 21,
  children: 20,
  "adult-social-care": 28,
  "planning-and-regulation": 30,
  corporate: 15,
  "": 10,
  "missed-bin": 2,
};

/** Default ward names: generic, fictional. */
export const DEFAULT_WARDS: readonly string[] = [
  "Abbey",
  "Bridge",
  "Castle",
  "Central",
  "Eastfield",
  "Fairfield",
  "Greenbank",
  "Highfield",
  "Hillside",
  "Kingsway",
  "Meadows",
  "Northfield",
  "Oakwood",
  "Park",
  "Riverside",
  "Southgate",
  "Station",
  "Victoria",
  "Westbrook",
  "Woodlands",
];
