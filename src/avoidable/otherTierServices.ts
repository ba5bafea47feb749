import { rangeError } from "../core/index.js";
import type { Catalogue } from "../taxonomy/index.js";

/**
 * The kinds of English principal council, by the services they provide: a district (with a county above it), a
 * county (with districts below it), or a unitary council (both).
 *
 * @example
 * ```ts
 * import type { CouncilTier } from "council-contact/avoidable";
 * const tier: CouncilTier = "district";
 * tier //=> "district"
 * ```
 */
export type CouncilTier = "district" | "county" | "unitary";

/**
 * The services a council of one tier does not provide because the other tier does, from the providing tier of each
 * catalogue service (GOV.UK's local services list: alphagov/publisher `data/local_services.csv`, column `Providing Tier`): for a district, the `county/unitary` services
 * (potholes, street lights, libraries, blue badges, …); for a county, the `district/unitary` ones (bins, council
 * tax, housing, …); for a unitary council, none. Pass the result as the classifier's `otherTierServices`: a contact
 * about one of them reached the wrong council.
 *
 * @param catalogue - the council's catalogue, usually the taxonomy's `STARTER_CATALOGUE` or an extension of it.
 * @param tier - the council's tier.
 * @returns the ids of the other tier's services, in catalogue order.
 * @throws {RangeError} for an unknown tier, naming it, or a catalogue without a list of services.
 * @example
 * ```ts
 * import { otherTierServices } from "council-contact/avoidable";
 * import { STARTER_CATALOGUE } from "council-contact/taxonomy";
 * otherTierServices(STARTER_CATALOGUE, "district").includes("potholes") //=> true
 * otherTierServices(STARTER_CATALOGUE, "county").includes("missed-bin") //=> true
 * otherTierServices(STARTER_CATALOGUE, "unitary") //=> []
 * ```
 */
export function otherTierServices(catalogue: Catalogue, tier: CouncilTier): string[] {
  if (tier !== "district" && tier !== "county" && tier !== "unitary")
    throw rangeError("tier", "district, county or unitary", tier);
  const services = (catalogue as Partial<Catalogue> | null)?.services;
  if (!Array.isArray(services)) throw rangeError("catalogue", "a catalogue with a list of services", catalogue);
  const other = { district: "county/unitary", county: "district/unitary", unitary: undefined }[tier];
  return other === undefined ? [] : services.filter((service) => service?.tier === other).map((service) => service.id);
}
