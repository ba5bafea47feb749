/**
 * The tiers of English local government that provide a service, as GOV.UK's local services list records them.
 *
 * @example
 * ```ts
 * import { PROVIDING_TIERS } from "council-contact/taxonomy";
 * PROVIDING_TIERS //=> ["all", "district/unitary", "county/unitary"]
 * ```
 */
export const PROVIDING_TIERS = ["all", "district/unitary", "county/unitary"] as const;

/**
 * Which tier provides a service: every council (`all`), district and unitary councils, or county and unitary councils.
 *
 * @example
 * ```ts
 * import type { ProvidingTier } from "council-contact/taxonomy";
 * const tier: ProvidingTier = "county/unitary";
 * tier //=> "county/unitary"
 * ```
 */
export type ProvidingTier = (typeof PROVIDING_TIERS)[number];

/**
 * A service in a catalogue: what customers contact the council about.
 *
 * @example
 * ```ts
 * import type { CatalogueService } from "council-contact/taxonomy";
 * const service: CatalogueService = { id: "potholes", label: "Potholes", cluster: "street-scene", lgsl: 557, tier: "county/unitary", source: "GOV.UK local_services.csv" };
 * service.lgsl //=> 557
 * ```
 */
export interface CatalogueService {
  /** A kebab-case id, unique within a catalogue. */
  readonly id: string;
  /** A short label for people. */
  readonly label: string;
  /** The id of the cluster the service belongs to. */
  readonly cluster: string;
  /** The Local Government Service List id, where the service has one. */
  readonly lgsl?: number;
  /** The tier of council that provides it. */
  readonly tier: ProvidingTier;
  /** Where the id, LGSL and tier come from (and, without an LGSL, why). */
  readonly source: string;
}

const GOVUK =
  "LGSL id and tier from GOV.UK's local_services.csv (alphagov/publisher data/local_services.csv, commit 02c3523)";
const REGISTRATION =
  "no LGSL id in GOV.UK's local_services.csv (alphagov/publisher, commit 02c3523); registration authorities are county and unitary councils (Registration Service Act 1953; not checked against a source here)";

// The services with their literal ids; exported below as plain CatalogueServices.
const STARTER_SERVICES = [
  { id: "council-tax", label: "Council tax", cluster: "revenues", lgsl: 57, tier: "district/unitary", source: GOVUK },
  {
    id: "council-tax-discounts",
    label: "Council tax discounts",
    cluster: "revenues",
    lgsl: 59,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "business-rates-relief",
    label: "Business rates relief",
    cluster: "revenues",
    lgsl: 55,
    tier: "district/unitary",
    source: GOVUK,
  },
  { id: "parking-fines", label: "Parking fines", cluster: "revenues", lgsl: 471, tier: "all", source: GOVUK },
  {
    id: "housing-benefit",
    label: "Housing benefit",
    cluster: "benefits",
    lgsl: 69,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "council-tax-support",
    label: "Council tax support",
    cluster: "benefits",
    lgsl: 63,
    tier: "district/unitary",
    source:
      'LGSL id and tier from GOV.UK\'s local_services.csv (alphagov/publisher data/local_services.csv, commit 02c3523) (listed as "council tax benefit", its name before April 2013)',
  },
  {
    id: "older-persons-bus-pass",
    label: "Older person's bus pass",
    cluster: "benefits",
    lgsl: 273,
    tier: "county/unitary",
    source: GOVUK,
  },
  {
    id: "refuse-collection",
    label: "Refuse collection",
    cluster: "street-scene",
    lgsl: 524,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "missed-bin",
    label: "Missed bin",
    cluster: "street-scene",
    tier: "district/unitary",
    source:
      "no LGSL id in GOV.UK's local_services.csv (alphagov/publisher, commit 02c3523) and no dedicated code found; the nearest is refuse collection, LGSL 524",
  },
  {
    id: "recycling-collections",
    label: "Recycling collections",
    cluster: "street-scene",
    lgsl: 533,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "bulky-waste",
    label: "Bulky waste collection",
    cluster: "street-scene",
    lgsl: 528,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "garden-waste",
    label: "Garden waste",
    cluster: "street-scene",
    lgsl: 530,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "street-cleaning",
    label: "Street cleaning",
    cluster: "street-scene",
    lgsl: 580,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "fly-tipping",
    label: "Fly-tipping",
    cluster: "street-scene",
    lgsl: 587,
    tier: "district/unitary",
    source: GOVUK,
  },
  { id: "graffiti", label: "Graffiti", cluster: "street-scene", lgsl: 584, tier: "district/unitary", source: GOVUK },
  { id: "potholes", label: "Potholes", cluster: "street-scene", lgsl: 557, tier: "county/unitary", source: GOVUK },
  {
    id: "street-lights",
    label: "Street lights",
    cluster: "street-scene",
    lgsl: 564,
    tier: "county/unitary",
    source: GOVUK,
  },
  {
    id: "abandoned-vehicles",
    label: "Abandoned vehicles",
    cluster: "street-scene",
    lgsl: 372,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "council-housing-applications",
    label: "Applying for a council home",
    cluster: "housing",
    lgsl: 92,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "homelessness-advice",
    label: "Homelessness advice",
    cluster: "housing",
    lgsl: 112,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "council-home-repairs",
    label: "Repairs to council homes",
    cluster: "housing",
    lgsl: 141,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "school-admissions",
    label: "Primary school places",
    cluster: "children",
    lgsl: 13,
    tier: "county/unitary",
    source: GOVUK,
  },
  {
    id: "free-school-meals",
    label: "Free school meals",
    cluster: "children",
    lgsl: 4,
    tier: "county/unitary",
    source: GOVUK,
  },
  {
    id: "school-transport",
    label: "Home to school travel",
    cluster: "children",
    lgsl: 3,
    tier: "county/unitary",
    source: GOVUK,
  },
  {
    id: "free-early-education",
    label: "Free early education",
    cluster: "children",
    lgsl: 1741,
    tier: "county/unitary",
    source: GOVUK,
  },
  { id: "fostering", label: "Fostering", cluster: "children", lgsl: 159, tier: "county/unitary", source: GOVUK },
  {
    id: "care-needs-assessment",
    label: "Care needs assessment",
    cluster: "adult-social-care",
    lgsl: 209,
    tier: "county/unitary",
    source: GOVUK,
  },
  {
    id: "equipment-and-adaptations",
    label: "Equipment and home adaptations",
    cluster: "adult-social-care",
    lgsl: 178,
    tier: "county/unitary",
    source: GOVUK,
  },
  {
    id: "blue-badge",
    label: "Blue Badge",
    cluster: "adult-social-care",
    lgsl: 279,
    tier: "county/unitary",
    source: GOVUK,
  },
  {
    id: "community-alarms",
    label: "Community alarms",
    cluster: "adult-social-care",
    lgsl: 313,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "planning-decisions",
    label: "Planning applications and decisions",
    cluster: "planning-and-regulation",
    lgsl: 516,
    tier: "district/unitary",
    source:
      'LGSL id and tier from GOV.UK\'s local_services.csv (alphagov/publisher data/local_services.csv, commit 02c3523) (listed as "search the register of planning decisions")',
  },
  {
    id: "building-regulations",
    label: "Building regulations",
    cluster: "planning-and-regulation",
    lgsl: 499,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "noise-nuisance",
    label: "Noise nuisance",
    cluster: "planning-and-regulation",
    lgsl: 412,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "pest-control",
    label: "Pest control",
    cluster: "planning-and-regulation",
    lgsl: 431,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "alcohol-licences",
    label: "Alcohol licences",
    cluster: "planning-and-regulation",
    lgsl: 860,
    tier: "district/unitary",
    source:
      'LGSL id and tier from GOV.UK\'s local_services.csv (alphagov/publisher data/local_services.csv, commit 02c3523) (listed as "liquor licences")',
  },
  {
    id: "parking-permits",
    label: "Parking permits",
    cluster: "planning-and-regulation",
    lgsl: 474,
    tier: "all",
    source: GOVUK,
  },
  { id: "complaints", label: "Complaints", cluster: "corporate", lgsl: 353, tier: "all", source: GOVUK },
  { id: "councillors", label: "Your councillors", cluster: "corporate", lgsl: 358, tier: "all", source: GOVUK },
  {
    id: "electoral-register",
    label: "Electoral register",
    cluster: "corporate",
    lgsl: 364,
    tier: "district/unitary",
    source: GOVUK,
  },
  {
    id: "register-a-birth",
    label: "Register a birth",
    cluster: "corporate",
    tier: "county/unitary",
    source: REGISTRATION,
  },
  {
    id: "register-a-death",
    label: "Register a death",
    cluster: "corporate",
    tier: "county/unitary",
    source: REGISTRATION,
  },
  {
    id: "bereavement-services",
    label: "Burials and cremations",
    cluster: "corporate",
    lgsl: 328,
    tier: "district/unitary",
    source:
      'LGSL id and tier from GOV.UK\'s local_services.csv (alphagov/publisher data/local_services.csv, commit 02c3523) (listed as "the bereavement service")',
  },
  { id: "libraries", label: "Libraries", cluster: "corporate", lgsl: 437, tier: "county/unitary", source: GOVUK },
] as const satisfies readonly CatalogueService[];

/**
 * The starter service catalogue: common council services with their LGSL ids where GOV.UK's list has one,
 * each in a built-in cluster. A council extends it with {@link extendCatalogue}.
 *
 * @example
 * ```ts
 * import { SERVICES } from "council-contact/taxonomy";
 * SERVICES.find((service) => service.id === "council-tax")?.lgsl //=> 57
 * SERVICES.find((service) => service.id === "missed-bin")?.lgsl //=> undefined
 * ```
 */
export const SERVICES: readonly CatalogueService[] = STARTER_SERVICES;

/**
 * The id of a service in the starter catalogue.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * import type { StarterServiceId } from "council-contact/taxonomy";
 * const id: StarterServiceId = "missed-bin";
 * id //=> "missed-bin"
 * ```
 */
export type StarterServiceId = (typeof STARTER_SERVICES)[number]["id"];
