import fc from "fast-check";
import { describe, it } from "vitest";
import { ValidationError } from "../../src/schema/index.js";
import {
  channelsWhere,
  clusterOf,
  extendCatalogue,
  findCluster,
  findService,
  isAvoidableReason,
  isChannel,
  isInteraction,
  STARTER_CATALOGUE,
  servicesByLgsl,
  servicesForLifeEvent,
  servicesInCluster,
} from "../../src/taxonomy/index.js";
import { corrupted, expectTypedOutcome, FUZZ_RUNS, hostile } from "./hostile.js";

const TYPED = [RangeError, ValidationError];
const additions = {
  clusters: [{ id: "leisure", label: "Leisure", description: "leisure centres", source: "our 2025 service review" }],
  services: [{ id: "swimming", label: "Swimming lessons", cluster: "leisure", tier: "all", source: "our review" }],
};

/** Every public function of the taxonomy module, with one argument hostile. */
const ONE_ARGUMENT: readonly [string, (x: unknown) => unknown][] = [
  ["isAvoidableReason", isAvoidableReason],
  ["isChannel", isChannel],
  ["isInteraction", isInteraction],
  ["channelsWhere", (x) => channelsWhere(x as never)],
  ["findService(catalogue)", (x) => findService(x as never, "council-tax")],
  ["findService(id)", (x) => findService(STARTER_CATALOGUE, x as never)],
  ["findCluster(catalogue)", (x) => findCluster(x as never, "money")],
  ["findCluster(id)", (x) => findCluster(STARTER_CATALOGUE, x as never)],
  ["clusterOf(catalogue)", (x) => clusterOf(x as never, "council-tax")],
  ["clusterOf(serviceId)", (x) => clusterOf(STARTER_CATALOGUE, x as never)],
  ["servicesByLgsl(catalogue)", (x) => servicesByLgsl(x as never, 1)],
  ["servicesByLgsl(lgsl)", (x) => servicesByLgsl(STARTER_CATALOGUE, x as never)],
  ["servicesInCluster(catalogue)", (x) => servicesInCluster(x as never, "money")],
  ["servicesInCluster(clusterId)", (x) => servicesInCluster(STARTER_CATALOGUE, x as never)],
  ["servicesForLifeEvent(event)", (x) => servicesForLifeEvent(x as never, STARTER_CATALOGUE)],
  ["servicesForLifeEvent(catalogue)", (x) => servicesForLifeEvent("starting-school", x as never)],
  ["extendCatalogue(base)", (x) => extendCatalogue(x as never, additions as never)],
  ["extendCatalogue(additions)", (x) => extendCatalogue(STARTER_CATALOGUE, x as never)],
];

describe("taxonomy under hostile input", () => {
  it.each(ONE_ARGUMENT)("%s returns or throws a RangeError or ValidationError, never a TypeError", (_, run) => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => run(x), [x], TYPED);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("extendCatalogue with one addition corrupted gives a typed outcome", () => {
    fc.assert(
      fc.property(corrupted(additions.services[0]!), corrupted(additions.clusters[0]!), (service, cluster) => {
        expectTypedOutcome(
          () => extendCatalogue(STARTER_CATALOGUE, { clusters: [cluster], services: [service] } as never),
          [service, cluster],
          TYPED,
        );
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
