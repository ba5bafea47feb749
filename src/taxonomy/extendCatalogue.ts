// ValidationError and the message catalogue come from core, the row below the taxonomy (schema, which
// imports the taxonomy's codes, would make a cycle and pull zod into the taxonomy).
import { type IssuePath, messages, ValidationError, type ValidationIssue } from "../core/index.js";
import type { Catalogue } from "./catalogue.js";
import type { ClusterDefinition } from "./clusters.js";
import { type CatalogueService, PROVIDING_TIERS } from "./services.js";

/**
 * What a council adds to a catalogue: its own clusters and services (either may be left out).
 *
 * @example
 * ```ts
 * import type { CatalogueAdditions } from "council-contact/taxonomy";
 * const additions: CatalogueAdditions = { services: [{ id: "trade-waste", label: "Trade waste", cluster: "street-scene", tier: "district/unitary", source: "our service list" }] };
 * additions.services?.length //=> 1
 * ```
 */
export interface CatalogueAdditions {
  /** Clusters to add; their ids must be new. */
  readonly clusters?: readonly ClusterDefinition[];
  /** Services to add; their ids must be new, and each cluster must exist in the base or the added clusters. */
  readonly services?: readonly CatalogueService[];
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A new catalogue: the base with a council's own clusters and services added after it. The result is checked
 * as a whole, and every problem is reported at once: ids that are not kebab-case or are used twice, services
 * naming a cluster that does not exist, empty labels, LGSL ids that are not positive integers, unknown tiers.
 * Neither argument is changed.
 *
 * @param base - the catalogue to start from, usually `STARTER_CATALOGUE`; problems in it are reported under `base`.
 * @param additions - the clusters and services to add.
 * @returns the combined catalogue: base entries first, then the additions, in the order given.
 * @throws {ValidationError} listing every problem, with paths such as `services.2.cluster`.
 * @example
 * ```ts
 * import { STARTER_CATALOGUE, extendCatalogue, findService } from "council-contact/taxonomy";
 * const ours = extendCatalogue(STARTER_CATALOGUE, {
 *   clusters: [{ id: "leisure", label: "Leisure", description: "leisure centres", source: "our 2025 service review" }],
 *   services: [{ id: "swimming", label: "Swimming lessons", cluster: "leisure", tier: "all", source: "our 2025 service review" }],
 * });
 * findService(ours, "swimming")?.cluster //=> "leisure"
 * extendCatalogue(STARTER_CATALOGUE, { services: [{ id: "council-tax", label: "Council tax", cluster: "money", tier: "all", source: "" }] }) //=> throws ValidationError
 * ```
 */
export function extendCatalogue(base: Catalogue, additions: CatalogueAdditions): Catalogue {
  const issues: ValidationIssue[] = [];
  const baseClusters = listAt(base, "clusters", ["base", "clusters"], issues);
  const baseServices = listAt(base, "services", ["base", "services"], issues);
  const addedClusters = listAt(additions, "clusters", ["clusters"], issues, true);
  const addedServices = listAt(additions, "services", ["services"], issues, true);

  const clusterIds = new Set<string>();
  const checkClusters = (clusters: readonly unknown[], path: IssuePath): void =>
    clusters.forEach((cluster, i) => {
      checkCluster(cluster, [...path, i], clusterIds, issues);
    });
  checkClusters(baseClusters, ["base", "clusters"]);
  checkClusters(addedClusters, ["clusters"]);

  const serviceIds = new Set<string>();
  const checkServices = (services: readonly unknown[], path: IssuePath): void =>
    services.forEach((service, i) => {
      checkService(service, [...path, i], serviceIds, clusterIds, issues);
    });
  checkServices(baseServices, ["base", "services"]);
  checkServices(addedServices, ["services"]);

  if (issues.length > 0) throw new ValidationError(issues, "Catalogue");
  return {
    clusters: [...baseClusters, ...addedClusters] as ClusterDefinition[],
    services: [...baseServices, ...addedServices] as CatalogueService[],
  };
}

function listAt(
  holder: unknown,
  key: "clusters" | "services",
  path: IssuePath,
  issues: ValidationIssue[],
  optional = false,
): readonly unknown[] {
  const value = isRecord(holder) ? holder[key] : undefined;
  if (Array.isArray(value)) return value;
  if (value === undefined && optional) return [];
  issues.push({
    code: value === undefined ? "missing" : "invalid_type",
    path,
    message:
      value === undefined
        ? messages.missing(path.join("."))
        : messages.type(path.join("."), `an array of ${key}`, value),
    input: value,
  });
  return [];
}

function checkCluster(cluster: unknown, path: IssuePath, ids: Set<string>, issues: ValidationIssue[]): void {
  if (!isRecord(cluster)) {
    issues.push({ code: "invalid_type", path, message: messages.type("a cluster", "object", cluster), input: cluster });
    return;
  }
  checkId(cluster.id, [...path, "id"], "cluster", ids, issues);
  checkText(cluster.label, [...path, "label"], true, issues);
  checkText(cluster.description, [...path, "description"], false, issues);
  checkText(cluster.source, [...path, "source"], false, issues);
}

function checkService(
  service: unknown,
  path: IssuePath,
  ids: Set<string>,
  clusterIds: ReadonlySet<string>,
  issues: ValidationIssue[],
): void {
  if (!isRecord(service)) {
    issues.push({ code: "invalid_type", path, message: messages.type("a service", "object", service), input: service });
    return;
  }
  checkId(service.id, [...path, "id"], "service", ids, issues);
  checkText(service.label, [...path, "label"], true, issues);
  checkText(service.source, [...path, "source"], false, issues);
  if (typeof service.cluster !== "string") {
    issues.push({
      code: service.cluster === undefined ? "missing" : "invalid_type",
      path: [...path, "cluster"],
      message:
        service.cluster === undefined
          ? messages.missing("cluster")
          : messages.type("cluster", "a cluster id", service.cluster),
      input: service.cluster,
    });
  } else if (!clusterIds.has(service.cluster)) {
    issues.push({
      code: "unknown_reference",
      path: [...path, "cluster"],
      message: `unknown cluster '${service.cluster}': add it to clusters first`,
      input: service.cluster,
    });
  }
  const { lgsl, tier } = service;
  if (lgsl !== undefined && !(typeof lgsl === "number" && Number.isSafeInteger(lgsl) && lgsl > 0)) {
    issues.push({
      code: "invalid_value",
      path: [...path, "lgsl"],
      message: messages.mustBe("lgsl", "a positive whole number (an LGSL id)", lgsl),
      input: lgsl,
    });
  }
  if (!PROVIDING_TIERS.some((known) => known === tier)) {
    issues.push({
      code: "invalid_value",
      path: [...path, "tier"],
      message: messages.oneOf("tier", PROVIDING_TIERS, tier),
      input: tier,
    });
  }
}

function checkId(id: unknown, path: IssuePath, kind: string, seen: Set<string>, issues: ValidationIssue[]): void {
  if (typeof id !== "string") {
    issues.push({
      code: id === undefined ? "missing" : "invalid_type",
      path,
      message: id === undefined ? messages.missing(`a ${kind} id`) : messages.type(`a ${kind} id`, "string", id),
      input: id,
    });
  } else if (!KEBAB.test(id)) {
    issues.push({
      code: "invalid_format",
      path,
      message: messages.format(`${kind} id`, "kebab-case (lower-case letters and digits joined by hyphens)", id),
      input: id,
    });
  } else if (seen.has(id)) {
    issues.push({ code: "duplicate", path, message: `${kind} id '${id}' is used twice`, input: id });
  } else {
    seen.add(id);
  }
}

function checkText(text: unknown, path: IssuePath, nonEmpty: boolean, issues: ValidationIssue[]): void {
  const field = String(path[path.length - 1]);
  if (typeof text !== "string") {
    issues.push({
      code: text === undefined ? "missing" : "invalid_type",
      path,
      message: text === undefined ? messages.missing(field) : messages.type(field, "string", text),
      input: text,
    });
  } else if (nonEmpty && text.trim() === "") {
    issues.push({ code: "too_small", path, message: messages.empty(field), input: text });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
