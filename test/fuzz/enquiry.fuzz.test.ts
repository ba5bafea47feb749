import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  complaint,
  defineLifecycle,
  type Enquiry,
  fromOpen311Status,
  generalEnquiry,
  informationRequest,
  informationRequestLifecycle,
  type Lifecycle,
  parseEnquiry,
  parseEnquiryEvent,
  replay,
  safeDefineLifecycle,
  safeParseEnquiry,
  safeParseEnquiryEvent,
  serviceRequest,
  serviceRequestLifecycle,
  startEnquiry,
  subjectAccessRequest,
  toMermaid,
  toOpen311Status,
  transition,
} from "../../src/enquiry/index.js";
import { ValidationError } from "../../src/schema/index.js";
import { corrupted, expectTypedOutcome, FUZZ_RUNS, hostile } from "./hostile.js";

const TYPED = [RangeError, ValidationError];
const started = startEnquiry(serviceRequest, { type: "submit", at: "2025-03-03T08:00:00Z", id: "FMS-2001" });
if (!started.ok) throw new Error(started.error.message);
const enquiry: Enquiry = started.state;
const event = { type: "log", at: "2025-03-03T09:00:00Z" } as const;
const LIFECYCLES: readonly Lifecycle[] = [
  serviceRequest,
  generalEnquiry,
  complaint,
  informationRequest,
  subjectAccessRequest,
] as never;

/** Every public function of the enquiry module that takes input, with one argument hostile. */
const ONE_ARGUMENT: readonly [string, (x: unknown) => unknown][] = [
  ["transition(definition)", (x) => transition(x as never, enquiry, event)],
  ["transition(enquiry)", (x) => transition(serviceRequest, x as never, event)],
  ["transition(event)", (x) => transition(serviceRequest, enquiry, x as never)],
  ["startEnquiry(definition)", (x) => startEnquiry(x as never, event)],
  ["startEnquiry(event)", (x) => startEnquiry(serviceRequest, x as never)],
  ["replay(definition)", (x) => replay(x as never, [event])],
  ["replay(history)", (x) => replay(serviceRequest, x as never)],
  ["parseEnquiry", parseEnquiry],
  ["parseEnquiryEvent", parseEnquiryEvent],
  ["defineLifecycle", (x) => defineLifecycle(x as never)],
  ["toMermaid", (x) => toMermaid(x as never)],
  ["toOpen311Status(enquiry)", (x) => toOpen311Status(x as never)],
  ["toOpen311Status(options)", (x) => toOpen311Status(enquiry, x as never)],
  ["fromOpen311Status(status)", (x) => fromOpen311Status(x as never)],
  ["fromOpen311Status(options)", (x) => fromOpen311Status("OPEN", x as never)],
  ["serviceRequestLifecycle", (x) => serviceRequestLifecycle(x as never)],
  ["informationRequestLifecycle", (x) => informationRequestLifecycle(x as never)],
];

describe("enquiry under hostile input", () => {
  it.each(ONE_ARGUMENT)("%s returns or throws a RangeError or ValidationError, never a TypeError", (_, run) => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => run(x), [x], TYPED);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it.each([
    ["transition", (x: unknown) => transition(serviceRequest, x as never, event)],
    ["parseEnquiry", parseEnquiry],
    ["toOpen311Status", (x: unknown) => toOpen311Status(x as never)],
  ])("%s on an enquiry with one field corrupted gives a typed outcome", (_, run) => {
    fc.assert(
      fc.property(corrupted(enquiry), (x) => {
        expectTypedOutcome(() => run(x), [x], TYPED);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("transition never throws on anything (fc.anything) for enquiry and event, and a refusal changes nothing", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LIFECYCLES), fc.anything(), fc.anything(), (definition, state, next) => {
        const before = JSON.stringify(state);
        const result = transition(definition, state as never, next as never);
        expect(result.ok).toBeTypeOf("boolean");
        if (!result.ok) expect(JSON.stringify(state)).toBe(before);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("replay never throws on any history (fc.anything) and refuses what is not a history", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LIFECYCLES),
        fc.oneof(fc.anything(), fc.array(corrupted(event))),
        (definition, history) => {
          const result = replay(definition, history as never);
          expect(result.ok).toBeTypeOf("boolean");
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("a transition refused on a corrupted event leaves the enquiry byte-identical", () => {
    const before = JSON.stringify(enquiry);
    fc.assert(
      fc.property(corrupted(event), (x) => {
        const result = transition(serviceRequest, enquiry, x as never);
        if (!result.ok) expect(JSON.stringify(enquiry)).toBe(before);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it.each([
    ["safeParseEnquiry", safeParseEnquiry],
    ["safeParseEnquiryEvent", safeParseEnquiryEvent],
    ["safeDefineLifecycle", safeDefineLifecycle],
  ])("%s never throws", (_, safeParse) => {
    fc.assert(
      fc.property(fc.oneof(hostile, corrupted(enquiry), corrupted(event)), (x) => {
        const result = expectTypedOutcome(() => safeParse(x), [x], []) as { success: boolean };
        expect(result.success).toBeTypeOf("boolean");
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
