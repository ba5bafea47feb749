import { describe, expect, it } from "vitest";
import {
  type Enquiry,
  parseEnquiry,
  parseEnquiryEvent,
  replay,
  safeParseEnquiry,
  safeParseEnquiryEvent,
  serviceRequest,
  transition,
} from "../../src/enquiry/index.js";
import { ValidationError } from "../../src/schema/index.js";
import { finalState } from "./play.js";

const stored: Enquiry = finalState(serviceRequest, [
  { type: "submit", at: "2025-03-03T08:00:00Z", id: "FMS-2001" },
  { type: "log", at: "2025-03-03T09:00:00Z" },
]);
const closed: Enquiry = finalState(serviceRequest, [
  { type: "submit", at: "2025-03-03T08:00:00Z", id: "FMS-2001" },
  { type: "log", at: "2025-03-03T09:00:00Z" },
  { type: "fix", at: "2025-03-10T15:00:00Z" },
]);

function issuesOf(input: unknown): [string, string, string][] {
  const result = safeParseEnquiry(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.code, issue.message]);
}

describe("parseEnquiry", () => {
  it("returns an enquiry loaded from JSON storage as it was saved", () => {
    expect(parseEnquiry(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(parseEnquiry(JSON.parse(JSON.stringify(closed)))).toEqual(closed);
  });

  it("reads instants written as ISO strings or Dates as epoch milliseconds", () => {
    const parsed = parseEnquiry({
      ...stored,
      receivedAt: "2025-03-03T08:00:00Z",
      updatedAt: new Date(stored.updatedAt),
    });
    expect(parsed).toEqual(stored);
  });

  it("refuses an updatedAt that is not an instant and an events count below 1", () => {
    expect(issuesOf({ ...stored, updatedAt: "abc", events: -1 })).toEqual([
      [
        "updatedAt",
        "invalid_format",
        'updatedAt "abc" is not a date-time: expected an ISO 8601 instant such as 2024-06-17T09:30:00+01:00 or 2024-06-17T08:30:00Z',
      ],
      ["events", "too_small", "events must be ≥ 1, got -1"],
    ]);
  });

  it("refuses null with one invalid_type issue, not a TypeError", () => {
    expect(issuesOf(null)).toEqual([["", "invalid_type", "Enquiry must be an object, got null"]]);
    expect(() => parseEnquiry(null)).toThrow(ValidationError);
  });

  it("refuses an object that is not an enquiry, naming the unknown key and every missing field", () => {
    const issues = issuesOf({ hello: 1 });
    expect(issues[0]).toEqual(["hello", "unrecognized_key", "unknown key 'hello': Enquiry has no such field"]);
    expect(issues.slice(1).map(([path, code]) => `${path}:${code}`)).toEqual(
      Object.keys(stored).map((key) => `${key}:missing`),
    );
  });

  it("refuses prototype keys as forbidden", () => {
    const polluted = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(stored).slice(1)}`);
    expect(issuesOf(polluted).map(([path, code]) => [path, code])).toEqual([["__proto__", "forbidden_key"]]);
  });

  it("requires duplicateOf to name another enquiry's id", () => {
    expect(issuesOf({ ...stored, duplicateOf: "" })).toEqual([
      ["duplicateOf", "too_small", "duplicateOf must not be empty"],
    ]);
    expect(issuesOf({ ...stored, duplicateOf: 41 })).toEqual([
      ["duplicateOf", "invalid_type", "duplicateOf must be a string, got 41"],
    ]);
    expect(issuesOf({ ...stored, duplicateOf: "FMS-2001" })).toEqual([
      ["duplicateOf", "invalid_value", "duplicateOf must be another enquiry's id, not this one's, got \"FMS-2001\""],
    ]);
    expect(parseEnquiry({ ...stored, duplicateOf: "FMS-1041" }).duplicateOf).toBe("FMS-1041");
  });

  it("refuses fields that contradict each other: a closure time on an open enquiry, times out of order", () => {
    expect(issuesOf({ ...stored, closedAt: stored.updatedAt }).map(([path]) => path)).toEqual(["closedAt"]);
    expect(issuesOf({ ...closed, closedAt: null }).map(([path]) => path)).toEqual(["closedAt"]);
    expect(issuesOf({ ...stored, updatedAt: stored.receivedAt - 1 }).map(([path]) => path)).toEqual(["updatedAt"]);
    expect(issuesOf({ ...stored, outcome: "fixed" }).map(([path]) => path)).toEqual(["outcome"]);
  });

  it("refuses handlers that are not lists of names", () => {
    expect(issuesOf({ ...stored, handlers: { "in-progress": "crew-1" } })).toEqual([
      ["handlers", "invalid_value", 'handlers.in-progress must be a list of handler names, got "crew-1"'],
    ]);
    expect(issuesOf({ ...stored, handlers: null })).toEqual([
      ["handlers", "invalid_type", "handlers must be an object, got null"],
    ]);
  });

  it("shares no objects with its input", () => {
    const input = JSON.parse(JSON.stringify({ ...stored, handlers: { investigating: ["a"] } }));
    const parsed = parseEnquiry(input);
    expect(parsed.handlers).not.toBe(input.handlers);
    expect(parsed.handlers.investigating).not.toBe(input.handlers.investigating);
  });
});

describe("parseEnquiryEvent", () => {
  it("reads an event with at as epoch milliseconds, keeping only the fields given", () => {
    expect(parseEnquiryEvent({ type: "assign", at: "2025-03-04T10:00:00+00:00", handler: "crew-1", note: "" })).toEqual(
      {
        type: "assign",
        at: Date.UTC(2025, 2, 4, 10),
        handler: "crew-1",
        note: "",
      },
    );
  });

  it("refuses an unknown key, a missing type and a bad noNotify, all at once", () => {
    const result = safeParseEnquiryEvent({ at: 0, colour: "red", noNotify: "busy" });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["colour", "unrecognized_key"],
      ["type", "missing"],
      ["noNotify", "invalid_value"],
    ]);
  });

  it("refuses an event that names itself as the original", () => {
    expect(() => parseEnquiryEvent({ type: "mark-duplicate", at: 0, id: "A", duplicateOf: "A" })).toThrow(
      ValidationError,
    );
  });
});

describe("transition on a stored enquiry", () => {
  const event = { type: "fix", at: "2025-03-10T15:00:00Z" } as const;

  it("refuses null, an empty object or a broken record with invalid_enquiry, never a TypeError", () => {
    for (const bad of [null, undefined, 5, "enquiry", [], { hello: 1 }, { ...stored, handlers: null }]) {
      const result = transition(serviceRequest, bad as never, event);
      expect(result.ok ? null : result.error.code).toBe("invalid_enquiry");
    }
    const hello = transition(serviceRequest, { hello: 1 } as never, event);
    expect(hello.ok ? "" : hello.error.message).toBe(
      "invalid enquiry: unknown key 'hello': Enquiry has no such field; id is required; lifecycle is required; 14 more (parseEnquiry lists them all)",
    );
  });

  it("refuses an updatedAt that is not an instant, naming it", () => {
    const result = transition(serviceRequest, { ...stored, updatedAt: "abc" } as never, event);
    expect(result.ok ? "" : result.error.message).toMatch(/^invalid enquiry: updatedAt "abc" is not a date-time/);
  });

  it("takes an enquiry whose instants were stored as ISO strings, as parseEnquiry reads it", () => {
    const iso = { ...stored, receivedAt: "2025-03-03T08:00:00Z", updatedAt: "2025-03-03T09:00:00Z" };
    expect(transition(serviceRequest, iso as never, event)).toEqual(transition(serviceRequest, stored, event));
  });

  it("leaves a refused enquiry byte-identical", () => {
    const before = JSON.stringify(stored);
    transition(serviceRequest, stored, { type: "reopen", at: "2025-03-10T15:00:00Z" });
    transition(serviceRequest, stored, { type: "fix", at: "2025-03-01T00:00:00Z" });
    expect(JSON.stringify(stored)).toBe(before);
  });
});

describe("replay on a malformed history", () => {
  it("refuses a saved history without events, and anything that is not a history, with invalid_history", () => {
    for (const bad of [null, 5, { lifecycle: "service-request", version: 1 }, { events: [] }]) {
      const result = replay(serviceRequest, bad as never);
      expect(result.ok ? null : [result.error.code, result.index]).toEqual(["invalid_history", -1]);
    }
  });

  it("refuses holes and non-events in the list as invalid events at their index", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the malformed input
    const result = replay(serviceRequest, [{ type: "submit", at: 0, id: "R1" }, , null] as never);
    expect(result.ok ? null : [result.error.code, result.index]).toEqual(["invalid_event", 1]);
  });
});
