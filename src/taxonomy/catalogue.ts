import { messages, ValidationError, type ValidationIssue } from "../core/index.js";
import { CLUSTERS, type ClusterDefinition } from "./clusters.js";
import { type CatalogueService, SERVICES } from "./services.js";

/**
 * A catalogue: the clusters a council groups its services into, and the services. Plain readonly data:
 * it survives `JSON.stringify` / `JSON.parse` unchanged. Build your own with {@link extendCatalogue}, which
 * checks that ids are unique and every service's cluster exists.
 *
 * @example
 * ```ts
 * import { STARTER_CATALOGUE, type Catalogue } from "council-contact/taxonomy";
 * const catalogue: Catalogue = STARTER_CATALOGUE;
 * catalogue.clusters.length //=> 8
 * ```
 */
export interface Catalogue {
  /** The clusters, ids unique. */
  readonly clusters: readonly ClusterDefinition[];
  /** The services, ids unique, each naming one of `clusters`. */
  readonly services: readonly CatalogueService[];
}

/**
 * The starter catalogue: the built-in {@link CLUSTERS} and {@link SERVICES}.
 *
 * @example
 * ```ts
 * import { STARTER_CATALOGUE } from "council-contact/taxonomy";
 * STARTER_CATALOGUE.services.length //=> 43
 * ```
 */
export const STARTER_CATALOGUE: Catalogue = { clusters: CLUSTERS, services: SERVICES };

/**
 * The service with an id, if the catalogue has it.
 *
 * @param catalogue - the catalogue to look in.
 * @param id - the service id.
 * @returns the service, or `undefined`.
 * @throws {ValidationError} if `catalogue` is not a catalogue (an object with lists `clusters` and `services`).
 * @example
 * ```ts
 * import { STARTER_CATALOGUE, findService } from "council-contact/taxonomy";
 * findService(STARTER_CATALOGUE, "potholes")?.tier //=> "county/unitary"
 * findService(STARTER_CATALOGUE, "dragons") //=> undefined
 * ```
 */
export function findService(catalogue: Catalogue, id: string): CatalogueService | undefined {
  checkCatalogue(catalogue);
  return catalogue.services.find((service) => service.id === id);
}

/**
 * The services with an LGSL id (several services may share one: a council can split an LGSL service in two).
 *
 * @param catalogue - the catalogue to look in.
 * @param lgsl - the Local Government Service List id.
 * @returns the services with that id, in catalogue order; empty if none.
 * @throws {ValidationError} if `catalogue` is not a catalogue (an object with lists `clusters` and `services`).
 * @example
 * ```ts
 * import { STARTER_CATALOGUE, servicesByLgsl } from "council-contact/taxonomy";
 * servicesByLgsl(STARTER_CATALOGUE, 524).map((service) => service.id) //=> ["refuse-collection"]
 * ```
 */
export function servicesByLgsl(catalogue: Catalogue, lgsl: number): CatalogueService[] {
  checkCatalogue(catalogue);
  return catalogue.services.filter((service) => service.lgsl === lgsl);
}

/**
 * The cluster with an id, if the catalogue has it.
 *
 * @param catalogue - the catalogue to look in.
 * @param id - the cluster id.
 * @returns the cluster, or `undefined`.
 * @throws {ValidationError} if `catalogue` is not a catalogue (an object with lists `clusters` and `services`).
 * @example
 * ```ts
 * import { STARTER_CATALOGUE, findCluster } from "council-contact/taxonomy";
 * findCluster(STARTER_CATALOGUE, "revenues")?.label //=> "Revenues"
 * ```
 */
export function findCluster(catalogue: Catalogue, id: string): ClusterDefinition | undefined {
  checkCatalogue(catalogue);
  return catalogue.clusters.find((cluster) => cluster.id === id);
}

/**
 * The cluster a service belongs to.
 *
 * @param catalogue - the catalogue to look in.
 * @param serviceId - the service id.
 * @returns the service's cluster, or `undefined` if the catalogue has no such service.
 * @throws {ValidationError} if `catalogue` is not a catalogue (an object with lists `clusters` and `services`).
 * @example
 * ```ts
 * import { STARTER_CATALOGUE, clusterOf } from "council-contact/taxonomy";
 * clusterOf(STARTER_CATALOGUE, "housing-benefit")?.id //=> "benefits"
 * ```
 */
export function clusterOf(catalogue: Catalogue, serviceId: string): ClusterDefinition | undefined {
  const service = findService(catalogue, serviceId);
  return service && findCluster(catalogue, service.cluster);
}

/**
 * The services in a cluster, in catalogue order.
 *
 * @param catalogue - the catalogue to look in.
 * @param clusterId - the cluster id.
 * @returns the cluster's services; empty for an unknown cluster.
 * @throws {ValidationError} if `catalogue` is not a catalogue (an object with lists `clusters` and `services`).
 * @example
 * ```ts
 * import { STARTER_CATALOGUE, servicesInCluster } from "council-contact/taxonomy";
 * servicesInCluster(STARTER_CATALOGUE, "housing").map((service) => service.id) //=> ["council-housing-applications", "homelessness-advice", "council-home-repairs"]
 * ```
 */
export function servicesInCluster(catalogue: Catalogue, clusterId: string): CatalogueService[] {
  checkCatalogue(catalogue);
  return catalogue.services.filter((service) => service.cluster === clusterId);
}

/**
 * Throws the ValidationError of a value that is not a catalogue: an object whose `clusters` and
 * `services` are lists of records. What each record holds is `extendCatalogue`'s to check.
 * @internal
 */
export function checkCatalogue(catalogue: unknown): asserts catalogue is Catalogue {
  const issues: ValidationIssue[] = [];
  if (typeof catalogue !== "object" || catalogue === null || Array.isArray(catalogue)) {
    issues.push({
      code: "invalid_type",
      path: [],
      message: messages.type("catalogue", "object", catalogue),
      input: catalogue,
    });
  } else {
    for (const name of ["clusters", "services"] as const) {
      const list: unknown = (catalogue as Partial<Catalogue>)[name];
      if (!Array.isArray(list)) {
        issues.push({ code: "invalid_type", path: [name], message: messages.type(name, "array", list), input: list });
        continue;
      }
      for (let i = 0; i < list.length; i++) {
        const entry: unknown = list[i];
        if (typeof entry !== "object" || entry === null) {
          const message = messages.type(`${name}[${i}]`, "object", entry);
          issues.push({ code: "invalid_type", path: [name, i], message, input: entry });
        }
      }
    }
  }
  if (issues.length > 0) throw new ValidationError(issues, "Catalogue");
}
