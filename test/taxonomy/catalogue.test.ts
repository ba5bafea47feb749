import { describe, expect, it } from "vitest";
import {
  CLUSTERS,
  clusterOf,
  findCluster,
  findService,
  SERVICES,
  STARTER_CATALOGUE,
  servicesByLgsl,
  servicesInCluster,
} from "../../src/taxonomy/index.js";

// LGSL ids and providing tiers from GOV.UK's local_services.csv (alphagov/publisher), copied by hand.
const GOVUK_ROWS: Record<string, [number, string]> = {
  "council-tax": [57, "district/unitary"],
  "council-tax-discounts": [59, "district/unitary"],
  "council-tax-support": [63, "district/unitary"],
  "housing-benefit": [69, "district/unitary"],
  "council-housing-applications": [92, "district/unitary"],
  "homelessness-advice": [112, "district/unitary"],
  "council-home-repairs": [141, "district/unitary"],
  "blue-badge": [279, "county/unitary"],
  complaints: [353, "all"],
  councillors: [358, "all"],
  "electoral-register": [364, "district/unitary"],
  "abandoned-vehicles": [372, "district/unitary"],
  "noise-nuisance": [412, "district/unitary"],
  "pest-control": [431, "district/unitary"],
  libraries: [437, "county/unitary"],
  "parking-fines": [471, "all"],
  "parking-permits": [474, "all"],
  "building-regulations": [499, "district/unitary"],
  "planning-decisions": [516, "district/unitary"],
  "refuse-collection": [524, "district/unitary"],
  "bulky-waste": [528, "district/unitary"],
  "garden-waste": [530, "district/unitary"],
  "recycling-collections": [533, "district/unitary"],
  potholes: [557, "county/unitary"],
  "street-lights": [564, "county/unitary"],
  "street-cleaning": [580, "district/unitary"],
  graffiti: [584, "district/unitary"],
  "fly-tipping": [587, "district/unitary"],
};

describe("CLUSTERS", () => {
  it("includes the Liverpool Direct four, says their names are unconfirmed, and the four others", () => {
    const ids = CLUSTERS.map((cluster) => cluster.id);
    expect(ids).toEqual([
      "benefits",
      "street-scene",
      "children",
      "revenues",
      "housing",
      "adult-social-care",
      "planning-and-regulation",
      "corporate",
    ]);
    for (const cluster of CLUSTERS.slice(0, 4)) expect(cluster.source).toMatch(/unconfirmed/);
  });
});

describe("SERVICES", () => {
  it("has unique kebab-case ids, each service in a known cluster, and every cluster with at least three services", () => {
    const ids = SERVICES.map((service) => service.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const clusterIds = new Set<string>(CLUSTERS.map((cluster) => cluster.id));
    for (const service of SERVICES) expect(clusterIds.has(service.cluster), service.id).toBe(true);
    for (const cluster of clusterIds)
      expect(servicesInCluster(STARTER_CATALOGUE, cluster).length, cluster).toBeGreaterThanOrEqual(3);
  });

  it("carries the LGSL ids and tiers of GOV.UK's list for the services it lists", () => {
    for (const [id, [lgsl, tier]] of Object.entries(GOVUK_ROWS)) {
      expect(findService(STARTER_CATALOGUE, id), id).toMatchObject({ lgsl, tier });
    }
  });

  it("gives missed bins no LGSL id and says so in the source", () => {
    const missed = findService(STARTER_CATALOGUE, "missed-bin");
    expect(missed?.lgsl).toBeUndefined();
    expect(missed?.source).toMatch(/no LGSL id/);
  });

  it("names a source for every service and explains each one without an LGSL id", () => {
    for (const service of SERVICES) {
      expect(service.source.length, service.id).toBeGreaterThan(10);
      if (!("lgsl" in service)) expect(service.source, service.id).toMatch(/no LGSL/);
    }
  });
});

describe("catalogue lookups", () => {
  it("find a service, a cluster, a service's cluster and the services with an LGSL id", () => {
    expect(findService(STARTER_CATALOGUE, "council-tax")?.label).toBe("Council tax");
    expect(findCluster(STARTER_CATALOGUE, "children")?.label).toBe("Children and education");
    expect(clusterOf(STARTER_CATALOGUE, "missed-bin")?.id).toBe("street-scene");
    expect(servicesByLgsl(STARTER_CATALOGUE, 57).map((service) => service.id)).toEqual(["council-tax"]);
  });

  it("return undefined or an empty list for what the catalogue lacks", () => {
    expect(findService(STARTER_CATALOGUE, "constructor")).toBeUndefined();
    expect(findCluster(STARTER_CATALOGUE, "leisure")).toBeUndefined();
    expect(clusterOf(STARTER_CATALOGUE, "swimming")).toBeUndefined();
    expect(servicesByLgsl(STARTER_CATALOGUE, 1)).toEqual([]);
    expect(servicesInCluster(STARTER_CATALOGUE, "leisure")).toEqual([]);
  });

  it("do not change the catalogue", () => {
    const before = JSON.stringify(STARTER_CATALOGUE);
    findService(STARTER_CATALOGUE, "council-tax");
    servicesInCluster(STARTER_CATALOGUE, "revenues");
    servicesByLgsl(STARTER_CATALOGUE, 57);
    clusterOf(STARTER_CATALOGUE, "potholes");
    expect(JSON.stringify(STARTER_CATALOGUE)).toBe(before);
  });

  it("the starter catalogue survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(STARTER_CATALOGUE))).toEqual(STARTER_CATALOGUE);
  });
});
