import { bundleEnquiries } from "council-contact/cluster";
import { extendCatalogue, LIFE_EVENT_CODES, STARTER_CATALOGUE } from "council-contact/taxonomy";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";

const person = { id: "ct-1", recordIds: ["ct-1"] };

// Generous timeouts: these properties resolve hundreds of populations, and the test machines are shared.
describe("bundleEnquiries", { timeout: 120_000 }, () => {
  it("opens every service moving home touches at once, and saves all but one contact", () => {
    const bundle = bundleEnquiries("moving-home", person, STARTER_CATALOGUE);
    expect(bundle.enquiries.map((enquiry) => enquiry.serviceId)).toEqual([
      "council-tax",
      "electoral-register",
      "refuse-collection",
      "recycling-collections",
      "parking-permits",
      "school-admissions",
      "housing-benefit",
      "council-tax-support",
    ]);
    expect(bundle.separateContacts).toBe(8);
    expect(bundle.contactsSaved).toBe(7);
    expect(bundle.enquiries[0]).toEqual({
      type: "open-enquiry",
      identityId: "ct-1",
      serviceId: "council-tax",
      service: "Council tax",
      cluster: "revenues",
    });
  });

  it("leaves out services the catalogue lacks, and saves nothing when none is left", () => {
    const empty = { clusters: STARTER_CATALOGUE.clusters, services: [] };
    expect(bundleEnquiries("birth", person, empty)).toEqual({
      event: "birth",
      identityId: "ct-1",
      enquiries: [],
      separateContacts: 0,
      contactsSaved: 0,
    });
  });

  it("saves separateContacts − 1 for every event (law over events)", () => {
    for (const event of LIFE_EVENT_CODES) {
      const bundle = bundleEnquiries(event, person, STARTER_CATALOGUE);
      expect(bundle.contactsSaved).toBe(Math.max(0, bundle.enquiries.length - 1));
    }
  });

  it("works with a council's own catalogue", () => {
    const ours = extendCatalogue(STARTER_CATALOGUE, {});
    expect(bundleEnquiries("starting-school", person, ours).enquiries).toHaveLength(3);
  });

  it("throws only RangeError for hostile arguments (fuzz)", () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (event, who, catalogue) => {
        expectTypedOutcome(
          () => bundleEnquiries(event as never, who as never, catalogue as never),
          [event, who, catalogue],
          [RangeError],
        );
        expectTypedOutcome(() => bundleEnquiries("birth", person, catalogue as never), [catalogue], [RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
