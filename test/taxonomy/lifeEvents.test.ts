import { describe, expect, it } from "vitest";
import {
  extendCatalogue,
  findService,
  LIFE_EVENT_CODES,
  LIFE_EVENTS,
  STARTER_CATALOGUE,
  servicesForLifeEvent,
} from "../../src/taxonomy/index.js";

describe("LIFE_EVENTS", () => {
  it("covers moving home, bereavement, birth and starting a business", () => {
    expect(LIFE_EVENT_CODES).toEqual(
      expect.arrayContaining(["moving-home", "bereavement", "birth", "starting-a-business"]),
    );
  });

  it("refers only to services in the starter catalogue", () => {
    for (const event of LIFE_EVENT_CODES) {
      for (const id of LIFE_EVENTS[event].services)
        expect(findService(STARTER_CATALOGUE, id), `${event} → ${id}`).toBeDefined();
    }
  });
});

describe("servicesForLifeEvent", () => {
  it("returns a bereavement's services starting with registering the death", () => {
    const services = servicesForLifeEvent("bereavement", STARTER_CATALOGUE);
    expect(services.map((service) => service.id).slice(0, 3)).toEqual([
      "register-a-death",
      "bereavement-services",
      "council-tax",
    ]);
  });

  it("leaves out services a council's catalogue does not have", () => {
    const small = extendCatalogue(
      { clusters: [], services: [] },
      {
        clusters: [{ id: "revenues", label: "Revenues", description: "money", source: "test" }],
        services: [{ id: "council-tax", label: "Council tax", cluster: "revenues", tier: "all", source: "test" }],
      },
    );
    expect(servicesForLifeEvent("moving-home", small).map((service) => service.id)).toEqual(["council-tax"]);
    expect(servicesForLifeEvent("birth", small)).toEqual([]);
  });
});
