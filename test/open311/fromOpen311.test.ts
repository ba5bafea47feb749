import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/index.js";
import { fromOpen311, type Open311Request, parseOpen311Json, toOpen311 } from "../../src/open311/index.js";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "../fuzz/hostile.js";

// A request written for the project in the shape of Chicago's endpoint.
const CHICAGO_LIKE: Open311Request = {
  service_request_id: "14-0001",
  status: "closed",
  service_name: "Pothole in Street",
  service_code: "4fd3b656",
  requested_datetime: "2014-05-09T19:02:21-05:00",
  updated_datetime: "2014-07-29T14:11:58-05:00",
  expected_datetime: "2014-05-16T19:02:21-05:00",
  address: "1 EXAMPLE ST",
  lat: 41.74,
  long: -87.65,
  extended_attributes: { channel: "phone", ward: "21" },
  notes: [
    { datetime: "2014-05-09T19:02:21-05:00", summary: "Request opened", type: "opened" },
    { datetime: "2014-07-29T14:11:00-05:00", summary: "Final Outcome", description: "Transferred", type: "activity" },
  ],
};

describe("fromOpen311", () => {
  it("reads a closed request as a closed service-request enquiry with its times, due time, channel and history", () => {
    const found = fromOpen311(CHICAGO_LIKE);
    expect(found.enquiry).toMatchObject({
      id: "14-0001",
      lifecycle: "service-request",
      state: "closed",
      status: "closed",
      outcome: "closed",
      receivedAt: Date.UTC(2014, 4, 10, 0, 2, 21),
      updatedAt: Date.UTC(2014, 6, 29, 19, 11, 58),
      closedAt: Date.UTC(2014, 6, 29, 19, 11, 58),
      events: 3,
    });
    expect(found.dueAt).toBe(Date.UTC(2014, 4, 17, 0, 2, 21));
    expect(found).toMatchObject({
      channel: "telephone",
      sourceChannel: "phone",
      serviceCode: "4fd3b656",
      latitude: 41.74,
    });
    expect(found.history).toEqual([
      { at: Date.UTC(2014, 4, 10, 0, 2, 21), summary: "Request opened", type: "opened" },
      { at: Date.UTC(2014, 6, 29, 19, 11), summary: "Final Outcome", description: "Transferred", type: "activity" },
    ]);
  });

  it("maps FixMyStreet's extended statuses, acknowledged and completed, and keeps a council's own status verbatim", () => {
    const at = { service_request_id: "1", requested_datetime: "2024-05-01T09:00:00Z" };
    const state = (status: string) => fromOpen311({ ...at, status }).enquiry.state;
    expect(state("FIXED")).toBe("fixed");
    expect(state("not councils responsibility")).toBe("not-council-responsibility");
    expect(state("acknowledged")).toBe("logged");
    expect(state("completed")).toBe("fixed");
    const own = fromOpen311({ ...at, status: "With contractor" });
    expect(own).toMatchObject({ status: "With contractor", statusKnown: false });
    expect(own.enquiry.status).toBe("open");
    expect(
      fromOpen311({ ...at, status: "With contractor" }, { statuses: { "WITH CONTRACTOR": "in-progress" } }),
    ).toMatchObject({
      statusKnown: true,
      enquiry: { state: "in-progress" },
    });
  });

  it("gives an unmapped or missing channel as unknown, and takes more channel words from the options", () => {
    const at = { service_request_id: "1", requested_datetime: "2024-05-01T09:00:00Z" };
    expect(fromOpen311(at).channel).toBe("unknown");
    expect(fromOpen311({ ...at, extended_attributes: { channel: "open311" } }).channel).toBe("unknown");
    expect(fromOpen311({ ...at, extended_attributes: { channel: "__proto__" } }).channel).toBe("unknown");
    expect(
      fromOpen311({ ...at, extended_attributes: { channel: "Kiosk" } }, { channels: { kiosk: "kiosk" } }).channel,
    ).toBe("kiosk");
  });

  it("refuses a request without an id or a readable requested time, and bad options", () => {
    expect(() => fromOpen311({ requested_datetime: "2024-05-01T09:00:00Z" })).toThrow(ValidationError);
    expect(() => fromOpen311({ service_request_id: "1", requested_datetime: "May Day" })).toThrow(/requested_datetime/);
    expect(() => fromOpen311({ service_request_id: "1" })).toThrow(/requested_datetime is required/);
    const at = { service_request_id: "1", requested_datetime: "2024-05-01T09:00:00Z" };
    expect(() => fromOpen311(at, { statuses: { x: "lost" as "fixed" } })).toThrow(RangeError);
    expect(() => fromOpen311(at, { channels: { x: "pigeon" as "kiosk" } })).toThrow(RangeError);
  });
});

describe("toOpen311", () => {
  it("keeps id, service code, status and times through toOpen311(fromOpen311(r))", () => {
    const back = toOpen311(fromOpen311(CHICAGO_LIKE));
    expect(back).toMatchObject({
      service_request_id: "14-0001",
      service_code: "4fd3b656",
      status: "closed",
      extended_attributes: { channel: "phone" },
    });
    for (const key of ["requested_datetime", "updated_datetime", "expected_datetime"] as const) {
      expect(Date.parse(back[key]!)).toBe(Date.parse(CHICAGO_LIKE[key]!));
    }
  });

  it("fromOpen311 ∘ toOpen311 is the identity on cases, for any request", () => {
    const text = fc.string({ minLength: 1, maxLength: 8 }).map((s) => s.trim() || "x");
    const instant = fc.integer({ min: 0, max: 4_000_000_000_000 }).map((ms) => new Date(ms).toISOString());
    const request = fc.record(
      {
        service_request_id: text,
        requested_datetime: instant,
        updated_datetime: instant,
        expected_datetime: instant,
        status: fc.constantFrom("open", "closed", "FIXED", "acknowledged", "With contractor"),
        service_code: text,
        lat: fc.double({ min: -90, max: 90, noNaN: true }),
        extended_attributes: fc.record({ channel: fc.constantFrom("phone", "web", "fax") }),
        notes: fc.array(fc.record({ datetime: instant, summary: text }), { maxLength: 3 }),
      },
      { requiredKeys: ["service_request_id", "requested_datetime"] },
    );
    fc.assert(
      fc.property(request, (r) => {
        const found = fromOpen311(r);
        expect(fromOpen311(toOpen311(found))).toEqual(found);
      }),
      { numRuns: 200 },
    );
  });

  it("reads the spec's requests payload end to end", () => {
    const document = parseOpen311Json(
      '[{"service_request_id":638344,"status":"closed","service_code":006,"requested_datetime":"2010-04-14T06:37:38-08:00","expected_datetime":"2010-04-15T06:37:38-08:00"}]',
    );
    if (document.kind !== "requests") throw new Error("expected requests");
    const found = fromOpen311(document.requests[0]!);
    expect(found).toMatchObject({ serviceCode: "006", dueAt: Date.UTC(2010, 3, 15, 14, 37, 38) });
  });
});

describe("fromOpen311 and toOpen311 on hostile input", () => {
  it("throw only ValidationError or RangeError", () => {
    fc.assert(
      fc.property(hostile, hostile, (x, options) => {
        expectTypedOutcome(() => fromOpen311(x as Open311Request), [x], [ValidationError, RangeError]);
        expectTypedOutcome(
          () => fromOpen311({ service_request_id: "1", requested_datetime: "2024-05-01T09:00:00Z" }, options as never),
          [options],
          [ValidationError, RangeError],
        );
        expectTypedOutcome(() => toOpen311(x as never), [x], [RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
