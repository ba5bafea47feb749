import { messages } from "../core/index.js";
import { type Catalogue, checkCatalogue } from "./catalogue.js";
import type { CatalogueService } from "./services.js";

/**
 * Every life-event code, in a fixed order.
 *
 * @example
 * ```ts
 * import { LIFE_EVENT_CODES } from "council-contact/taxonomy";
 * LIFE_EVENT_CODES //=> ["moving-home", "bereavement", "birth", "starting-a-business", "starting-school", "getting-older"]
 * ```
 */
export const LIFE_EVENT_CODES = [
  "moving-home",
  "bereavement",
  "birth",
  "starting-a-business",
  "starting-school",
  "getting-older",
] as const;

/**
 * A life event: something that happens to a person and touches several council services at once.
 *
 * @example
 * ```ts
 * import type { LifeEvent } from "council-contact/taxonomy";
 * const event: LifeEvent = "bereavement";
 * event //=> "bereavement"
 * ```
 */
export type LifeEvent = (typeof LIFE_EVENT_CODES)[number];

/**
 * A life event and the starter-catalogue services it touches.
 *
 * @example
 * ```ts
 * import { LIFE_EVENTS, type LifeEventInfo } from "council-contact/taxonomy";
 * const info: LifeEventInfo = LIFE_EVENTS.birth;
 * info.services[0] //=> "register-a-birth"
 * ```
 */
export interface LifeEventInfo {
  /** A short label for people. */
  readonly label: string;
  /** The ids of the services the event touches, most urgent first. */
  readonly services: readonly string[];
  /** Where the mapping comes from. */
  readonly source: string;
}

const JUDGEMENT = "the project's judgement of which council services a person must tell or use; not a published list";

/**
 * The life events and the services each touches. `bereavement` and `birth` are the events GOV.UK's
 * Tell Us Once service (LGIL 33, esd standards LGIL v1.00) was built around; the service lists are the project's judgement.
 *
 * @example
 * ```ts
 * import { LIFE_EVENTS } from "council-contact/taxonomy";
 * LIFE_EVENTS["moving-home"].services.includes("council-tax") //=> true
 * ```
 */
export const LIFE_EVENTS: Readonly<Record<LifeEvent, LifeEventInfo>> = {
  "moving-home": {
    label: "Moving home",
    services: [
      "council-tax",
      "electoral-register",
      "refuse-collection",
      "recycling-collections",
      "parking-permits",
      "school-admissions",
      "housing-benefit",
      "council-tax-support",
    ],
    source: JUDGEMENT,
  },
  bereavement: {
    label: "Bereavement",
    services: [
      "register-a-death",
      "bereavement-services",
      "council-tax",
      "council-tax-discounts",
      "housing-benefit",
      "council-tax-support",
      "blue-badge",
      "older-persons-bus-pass",
      "electoral-register",
      "libraries",
    ],
    source:
      "Tell Us Once (LGIL 33, esd standards LGIL v1.00); the project's judgement of which council services a person must tell or use; not a published list",
  },
  birth: {
    label: "Birth of a child",
    services: ["register-a-birth", "council-tax-support", "housing-benefit", "free-early-education", "libraries"],
    source:
      "Tell Us Once (LGIL 33, esd standards LGIL v1.00); the project's judgement of which council services a person must tell or use; not a published list",
  },
  "starting-a-business": {
    label: "Starting a business",
    services: ["business-rates-relief", "planning-decisions", "building-regulations", "alcohol-licences"],
    source: JUDGEMENT,
  },
  "starting-school": {
    label: "Starting school",
    services: ["school-admissions", "school-transport", "free-school-meals"],
    source: JUDGEMENT,
  },
  "getting-older": {
    label: "Getting older",
    services: [
      "care-needs-assessment",
      "equipment-and-adaptations",
      "community-alarms",
      "older-persons-bus-pass",
      "blue-badge",
      "council-tax-discounts",
    ],
    source: JUDGEMENT,
  },
} as const satisfies Record<LifeEvent, LifeEventInfo>;

/**
 * The services a life event touches that a catalogue has, in the event's order. Services the catalogue
 * lacks are left out, so a council whose catalogue drops one still gets a usable list.
 *
 * @param event - the life event.
 * @param catalogue - the catalogue to take the services from.
 * @returns the catalogue's services for the event.
 * @throws RangeError if `event` is not a life event code.
 * @throws {ValidationError} if `catalogue` is not a catalogue.
 * @example
 * ```ts
 * import { STARTER_CATALOGUE, servicesForLifeEvent } from "council-contact/taxonomy";
 * servicesForLifeEvent("starting-school", STARTER_CATALOGUE).map((service) => service.label) //=> ["Primary school places", "Home to school travel", "Free school meals"]
 * ```
 */
export function servicesForLifeEvent(event: LifeEvent, catalogue: Catalogue): CatalogueService[] {
  if (typeof event !== "string" || !Object.hasOwn(LIFE_EVENTS, event)) {
    throw new RangeError(messages.oneOf("life event", LIFE_EVENT_CODES, event));
  }
  checkCatalogue(catalogue);
  const byId = new Map(catalogue.services.map((service) => [service.id, service]));
  return LIFE_EVENTS[event].services.flatMap((id) => byId.get(id) ?? []);
}
