import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/schema/index.js";
import {
  type Catalogue,
  type CatalogueService,
  extendCatalogue,
  findService,
  STARTER_CATALOGUE,
} from "../../src/taxonomy/index.js";

const leisure = { id: "leisure", label: "Leisure", description: "leisure centres and parks", source: "our review" };
const swimming: CatalogueService = {
  id: "swimming",
  label: "Swimming lessons",
  cluster: "leisure",
  tier: "all",
  source: "our review",
};
const EMPTY: Catalogue = { clusters: [], services: [] };

function issuesOf(run: () => unknown): ValidationError["issues"] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error("expected a ValidationError");
}

describe("extendCatalogue", () => {
  it("adds a council's cluster and service after the starter ones", () => {
    const ours = extendCatalogue(STARTER_CATALOGUE, { clusters: [leisure], services: [swimming] });
    expect(ours.clusters.at(-1)).toEqual(leisure);
    expect(ours.services.at(-1)).toEqual(swimming);
    expect(ours.services.length).toBe(STARTER_CATALOGUE.services.length + 1);
    expect(findService(ours, "council-tax")?.lgsl).toBe(57);
  });

  it("lets an added service use a built-in cluster, and additions may be left out", () => {
    const trade = {
      id: "trade-waste",
      label: "Trade waste",
      cluster: "street-scene",
      tier: "district/unitary",
      source: "ours",
    } as const;
    expect(extendCatalogue(STARTER_CATALOGUE, { services: [trade] }).services.at(-1)).toEqual(trade);
    expect(extendCatalogue(STARTER_CATALOGUE, {})).toEqual(STARTER_CATALOGUE);
  });

  it("does not change its arguments", () => {
    const additions = { clusters: [leisure], services: [swimming] };
    const before = JSON.stringify([STARTER_CATALOGUE, additions]);
    extendCatalogue(STARTER_CATALOGUE, additions);
    expect(JSON.stringify([STARTER_CATALOGUE, additions])).toBe(before);
  });

  it("reports every problem at once: duplicate ids, an unknown cluster, a bad id, LGSL and tier", () => {
    const issues = issuesOf(() =>
      extendCatalogue(STARTER_CATALOGUE, {
        clusters: [leisure, { ...leisure }, { id: "benefits", label: "Benefits", description: "", source: "" }],
        services: [
          { id: "council-tax", label: "Council tax", cluster: "revenues", tier: "all", source: "" },
          { id: "Swimming Lessons", label: "", cluster: "sport", lgsl: -4, tier: "parish" as "all", source: "" },
        ],
      }),
    );
    expect(issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["duplicate", "clusters.1.id"],
      ["duplicate", "clusters.2.id"],
      ["duplicate", "services.0.id"],
      ["invalid_format", "services.1.id"],
      ["too_small", "services.1.label"],
      ["unknown_reference", "services.1.cluster"],
      ["invalid_value", "services.1.lgsl"],
      ["invalid_value", "services.1.tier"],
    ]);
    expect(issues.find((issue) => issue.code === "unknown_reference")).toMatchObject({
      input: "sport",
      message: "unknown cluster 'sport': add it to clusters first",
    });
  });

  it("reports problems in the base under 'base', and wrong shapes from untyped callers", () => {
    const base = {
      clusters: [{ id: "x", label: "X", description: "x", source: "x" }],
      services: [{ id: "y", label: "Y", cluster: "z", tier: "all" as const, source: "y" }],
    };
    expect(issuesOf(() => extendCatalogue(base, {})).map((issue) => issue.path.join("."))).toEqual([
      "base.services.0.cluster",
    ]);
    const untyped = extendCatalogue as (base: unknown, additions: unknown) => Catalogue;
    const shapes = issuesOf(() => untyped({ clusters: "none" }, { clusters: [null], services: [{ label: 3 }] }));
    expect(shapes.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["invalid_type", "base.clusters"],
      ["missing", "base.services"],
      ["invalid_type", "clusters.0"],
      ["missing", "services.0.id"],
      ["invalid_type", "services.0.label"],
      ["missing", "services.0.source"],
      ["missing", "services.0.cluster"],
      ["invalid_value", "services.0.tier"],
    ]);
    expect(issuesOf(() => untyped(EMPTY, { services: [7] }))[0]).toMatchObject({
      code: "invalid_type",
      path: ["services", 0],
    });
  });

  test.prop([
    fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), { minLength: 1, maxLength: 12 }),
    fc.nat({ max: 11 }),
  ])(
    "extending keeps base then additions in order (size = base + added) and names each repeated id once per repeat",
    (ids, repeats) => {
      const services = ids.map((id) => ({ id, label: id, cluster: "leisure", tier: "all" as const, source: "t" }));
      const extended = extendCatalogue(EMPTY, { clusters: [leisure], services });
      expect(extended.services.map((service) => service.id)).toEqual(ids);
      const again = services.slice(0, Math.min(repeats, services.length));
      if (again.length === 0) return;
      const issues = issuesOf(() => extendCatalogue(extended, { services: again }));
      expect(issues).toHaveLength(again.length);
      expect(issues.every((issue) => issue.code === "duplicate")).toBe(true);
    },
  );
});
