import { describe, expect, it } from "vitest";
import {
  defineLifecycle,
  type Enquiry,
  type EnquiryEvent,
  type Lifecycle,
  type ServiceRequestEvent,
  serviceRequest,
  serviceRequestLifecycle,
  transition,
} from "../../src/enquiry/index.js";
import { finalState, ms } from "./play.js";

const opened: EnquiryEvent[] = [
  { type: "submit", at: "2025-03-03T08:00:00Z", id: "FMS-2001" },
  { type: "log", at: "2025-03-03T09:00:00Z" },
];
const logged = finalState(serviceRequest, opened);

describe("transition", () => {
  it("refuses an event the state has no transition for, leaving the enquiry as it was", () => {
    const snapshot = structuredClone(logged);
    const result = transition(serviceRequest, logged, { type: "reopen", at: "2025-03-04T09:00:00Z" });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "invalid_transition",
        message: "no transition on 'reopen' from state 'logged'",
        state: "logged",
        event: "reopen",
      },
    });
    expect(logged).toEqual(snapshot);
  });

  it("reads epoch milliseconds and ISO instants with any offset as the same time", () => {
    const iso = transition(serviceRequest, logged, { type: "fix", at: "2025-03-04T10:30:00+01:00" });
    const epoch = transition(serviceRequest, logged, { type: "fix", at: ms("2025-03-04T09:30:00Z") });
    expect(iso).toEqual(epoch);
    expect(iso.ok && iso.state.updatedAt).toBe(Date.UTC(2025, 2, 4, 9, 30));
  });

  it.each([
    ["2025-03-04T09:30:00", 'at "2025-03-04T09:30:00" has no offset'],
    ["2025-02-30T09:30:00Z", 'at "2025-02-30T09:30:00Z" is not a real date: February 2025 has 28 days'],
    ["2025-03-04T24:00:00Z", 'at "2025-03-04T24:00:00Z" is not a time of day'],
    ["4 March 2025", 'at "4 March 2025" is not a date-time'],
    [Number.NaN, "at must be a whole number of epoch milliseconds, got NaN"],
    [Number.POSITIVE_INFINITY, "at must be a whole number of epoch milliseconds, got Infinity"],
    [1.5, "at must be a whole number of epoch milliseconds, got 1.5"],
    [new Date(Number.NaN), "at is an invalid Date"],
  ])("refuses a time it cannot read (%s), saying which part is wrong", (at, why) => {
    const result = transition(serviceRequest, logged, { type: "fix", at });
    expect(result.ok ? null : result.error.code).toBe("invalid_event");
    expect(result.ok ? "" : result.error.message.startsWith(`invalid event 'fix': ${why}`)).toBe(true);
  });

  it("takes a Date as it takes an ISO instant or epoch milliseconds", () => {
    const at = Date.UTC(2025, 2, 4, 9, 30);
    const byDate = transition(serviceRequest, logged, { type: "assign", at: new Date(at), handler: "crew-2" });
    expect(byDate.ok && byDate.state.updatedAt).toBe(at);
  });

  it("refuses a malformed event and an unknown noNotify reason", () => {
    const noType = transition(serviceRequest, logged, { at: 0 } as unknown as EnquiryEvent<ServiceRequestEvent>);
    expect(noType.ok ? null : noType.error).toMatchObject({ code: "invalid_event", event: null });
    const reason = transition(serviceRequest, logged, {
      type: "fix",
      at: "2025-03-04T09:30:00Z",
      noNotify: "busy" as never,
    });
    expect(reason.ok ? null : reason.error.message).toBe(
      "invalid event 'fix': noNotify must be 'anonymous' or 'opted-out'",
    );
  });

  it("refuses something that is not an event at all", () => {
    const result = transition(serviceRequest, logged, null as unknown as EnquiryEvent<ServiceRequestEvent>);
    expect(result.ok ? null : result.error).toEqual({
      code: "invalid_event",
      message: "invalid event: an event is an object with a string type",
      state: "logged",
      event: null,
    });
    const wrong = transition(
      serviceRequestLifecycle({ version: 2 }),
      logged,
      null as unknown as EnquiryEvent<ServiceRequestEvent>,
    );
    expect(wrong.ok ? null : [wrong.error.code, wrong.error.event]).toEqual(["wrong_definition", null]);
  });

  it("emits every effect a transition lists, in order", () => {
    const busy = defineLifecycle({
      id: "busy",
      version: 1,
      initial: { event: "receive", target: "open" },
      states: {
        open: {
          type: "open",
          on: {
            close: {
              target: "done",
              effects: [
                { type: "stop-clock", regime: "sla" },
                { type: "assign", to: "archive" },
                { type: "refer", to: "records" },
                { type: "notify-customer" },
              ],
            },
          },
        },
        done: { type: "closed", outcome: "answered" },
      },
    });
    const result = transition(busy, finalState(busy, [{ type: "receive", at: 0, id: "B-1" }]), {
      type: "close",
      at: 5,
    });
    expect(result.ok && result.effects).toEqual([
      { type: "stop-clock", regime: "sla", at: 5 },
      { type: "assign", handler: "archive", at: 5 },
      { type: "refer", to: "records", at: 5 },
      { type: "notify-customer", state: "done", outcome: "answered", at: 5 },
    ]);
    expect(result.ok && [result.state.handler, result.state.referredTo]).toEqual(["archive", "records"]);
  });

  it("refuses an event earlier than the enquiry's latest: histories only grow forwards", () => {
    const result = transition(serviceRequest, logged, { type: "fix", at: "2025-03-03T08:59:59Z" });
    expect(result.ok ? null : result.error).toMatchObject({
      code: "out_of_order",
      message: "'fix' at 2025-03-03T08:59:59.000Z is earlier than the enquiry's latest event",
    });
    expect(transition(serviceRequest, logged, { type: "fix", at: "2025-03-03T09:00:00Z" }).ok).toBe(true);
  });

  it("refuses an enquiry recorded under another version of the definition", () => {
    const v2 = serviceRequestLifecycle({ version: 2 });
    const result = transition(v2, logged, { type: "fix", at: "2025-03-04T09:00:00Z" });
    expect(result.ok ? null : result.error).toEqual({
      code: "wrong_definition",
      message: "recorded under 'service-request' v1, but the definition given is 'service-request' v2",
      state: "logged",
      event: "fix",
    });
  });

  it("refuses an enquiry in a state its definition does not have", () => {
    const tampered: Enquiry = { ...logged, state: "lost" };
    const result = transition(serviceRequest, tampered, { type: "fix", at: "2025-03-04T09:00:00Z" });
    expect(result.ok ? null : result.error.message).toBe("state 'lost' is not defined in 'service-request' v1");
  });

  it("throws a RangeError naming the definition, for a definition that did not come from defineLifecycle", () => {
    const raw = JSON.parse(JSON.stringify(serviceRequest)) as Lifecycle;
    expect(() => transition(raw, logged, { type: "fix", at: "2025-03-04T09:00:00Z" })).toThrow(RangeError);
  });

  it("accepts a saved state after a JSON round trip exactly as the live one", () => {
    const saved = JSON.parse(JSON.stringify(logged)) as Enquiry;
    const event: EnquiryEvent<ServiceRequestEvent> = { type: "fix", at: "2025-03-04T09:00:00Z" };
    expect(transition(serviceRequest, saved, event)).toEqual(transition(serviceRequest, logged, event));
  });

  it("does not mutate the enquiry or the event (both frozen here, so a write would throw)", () => {
    const enquiry = Object.freeze(structuredClone(logged));
    const event = Object.freeze({ type: "mark-duplicate", at: "2025-03-04T09:00:00Z", duplicateOf: "FMS-1" } as const);
    const result = transition(serviceRequest, enquiry, event);
    expect(result.ok).toBe(true);
    expect(enquiry).toEqual(logged);
    expect(event).toEqual({ type: "mark-duplicate", at: "2025-03-04T09:00:00Z", duplicateOf: "FMS-1" });
  });

  describe("with several transitions for one event", () => {
    const triage = defineLifecycle({
      id: "triage",
      version: 1,
      initial: { event: "receive", target: "new" },
      states: {
        new: {
          type: "open",
          on: {
            route: [
              {
                target: "referred",
                guards: [{ kind: "names-referral" }],
                effects: [{ type: "refer" }, { type: "notify-customer" }],
              },
              { target: "assigned", guards: [{ kind: "names-handler" }], effects: [{ type: "assign" }] },
            ],
          },
        },
        assigned: { type: "open", on: { answer: { target: "answered", effects: [{ type: "notify-customer" }] } } },
        referred: { type: "closed", outcome: "referred-elsewhere" },
        answered: { type: "closed", outcome: "answered" },
      },
    });
    const started = finalState(triage, [{ type: "receive", at: 0, id: "T-1" }]);

    it("takes the first whose guards all hold", () => {
      const both = transition(triage, started, { type: "route", at: 1, referredTo: "police", handler: "dee" });
      expect(both.ok && both.state.state).toBe("referred");
      const handlerOnly = transition(triage, started, { type: "route", at: 1, handler: "dee" });
      expect(handlerOnly.ok && [handlerOnly.state.state, handlerOnly.state.handler]).toEqual(["assigned", "dee"]);
    });

    it("reports the first refusal when none holds", () => {
      const neither = transition(triage, started, { type: "route", at: 1 });
      expect(neither.ok ? null : neither.error.code).toBe("referral_not_named");
    });
  });

  it("lets a state's own transition for an event replace the whileOpen one", () => {
    const lifecycle = defineLifecycle({
      id: "override",
      version: 1,
      initial: { event: "receive", target: "a" },
      states: {
        a: { type: "open", on: { close: { target: "b" } } },
        b: { type: "open" },
        done: { type: "closed", outcome: "answered" },
      },
      whileOpen: { close: { target: "done", effects: [{ type: "notify-customer" }] } },
    });
    const a = finalState(lifecycle, [{ type: "receive", at: 0, id: "O-1" }]);
    const fromA = transition(lifecycle, a, { type: "close", at: 1 });
    expect(fromA.ok && fromA.state.state).toBe("b");
    const fromB = fromA.ok ? transition(lifecycle, fromA.state, { type: "close", at: 2 }) : fromA;
    expect(fromB.ok && fromB.state.state).toBe("done");
  });

  it("records who handles the states a handler-differs guard names, and only those", () => {
    expect(
      finalState(serviceRequest, [...opened, { type: "assign", at: "2025-03-03T10:00:00Z", handler: "amira" }])
        .handlers,
    ).toEqual({});
  });
});
