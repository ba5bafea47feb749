import { describe, expect, it } from "vitest";
import {
  complaint,
  generalEnquiry,
  informationRequest,
  informationRequestLifecycle,
  type Lifecycle,
  safeDefineLifecycle,
  serviceRequest,
  serviceRequestLifecycle,
  subjectAccessRequest,
} from "../../src/enquiry/index.js";

const builtIns: [string, Lifecycle][] = [
  ["serviceRequest", serviceRequest],
  [
    "serviceRequestLifecycle({ reopenWithinDays: 1 })",
    serviceRequestLifecycle({ id: "short-window", reopenWithinDays: 1 }),
  ],
  ["generalEnquiry", generalEnquiry],
  ["complaint", complaint],
  ["informationRequest (FOI)", informationRequest],
  ["informationRequestLifecycle('eir')", informationRequestLifecycle("eir")],
  ["informationRequestLifecycle('foisa')", informationRequestLifecycle("foisa")],
  ["subjectAccessRequest", subjectAccessRequest],
];

describe("the built-in lifecycles", () => {
  // Built-ins are compiled without the checker, to keep it out of small bundles; this is the check.
  it.each(builtIns)("%s passes every check defineLifecycle makes", (_, definition) => {
    const result = safeDefineLifecycle(JSON.parse(JSON.stringify(definition)));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(builtIns)("%s is frozen all the way down", (_, definition) => {
    const frozen = (value: unknown): boolean =>
      typeof value !== "object" || value === null || (Object.isFrozen(value) && Object.values(value).every(frozen));
    expect(frozen(definition)).toBe(true);
  });

  it("have distinct ids, each at version 1", () => {
    const ids = builtIns.map(([, definition]) => `${definition.id} v${definition.version}`);
    expect(ids).toEqual([
      "service-request v1",
      "short-window v1",
      "general-enquiry v1",
      "complaint v1",
      "foi-request v1",
      "eir-request v1",
      "foisa-request v1",
      "subject-access-request v1",
    ]);
  });
});

describe("serviceRequestLifecycle", () => {
  it("refuses an empty id and a version or window that is not a positive whole number, naming it", () => {
    expect(() => serviceRequestLifecycle({ id: "" })).toThrow(new RangeError('id must be a non-empty string, got ""'));
    expect(() => serviceRequestLifecycle({ version: 0 })).toThrow(
      new RangeError("version must be a positive whole number, got 0"),
    );
    expect(() => serviceRequestLifecycle({ reopenWithinDays: 2.5 })).toThrow(
      new RangeError("reopenWithinDays must be a positive whole number, got 2.5"),
    );
  });
});
