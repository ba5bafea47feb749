import { describe, expect, it } from "vitest";
import {
  complaint,
  type EnquiryEvent,
  fromOpen311Status,
  OPEN311_STATUSES,
  replay,
  type ServiceRequestEvent,
  serviceRequest,
  toOpen311Status,
} from "../../src/enquiry/index.js";
import { finalState } from "./play.js";

const submit: EnquiryEvent<ServiceRequestEvent> = { type: "submit", at: 0, id: "FMS-1" };

/** The service request after the events that lead to a state, worked out from the lifecycle by hand. */
const ROUTES: Record<string, EnquiryEvent<ServiceRequestEvent>[]> = {
  received: [submit],
  logged: [submit, { type: "log", at: 1 }],
  investigating: [submit, { type: "log", at: 1 }, { type: "investigate", at: 2 }],
  "action-scheduled": [submit, { type: "log", at: 1 }, { type: "schedule", at: 2 }],
  "in-progress": [submit, { type: "log", at: 1 }, { type: "start-work", at: 2 }],
  reopened: [submit, { type: "fix", at: 1 }, { type: "reopen", at: 2 }],
  fixed: [submit, { type: "fix", at: 1 }],
  duplicate: [submit, { type: "mark-duplicate", at: 1, duplicateOf: "FMS-0" }],
  "not-council-responsibility": [submit, { type: "not-responsible", at: 1 }],
  "no-further-action": [submit, { type: "no-further-action", at: 1 }],
  referred: [submit, { type: "refer", at: 1, referredTo: "national-highways" }],
  closed: [submit, { type: "close", at: 1 }],
  withdrawn: [submit, { type: "withdraw", at: 1 }],
};

// FixMyStreet's outgoing update statuses (mysociety/fixmystreet perllib/Open311.pm), by our state.
const EXPECTED: Record<string, string> = {
  received: "FOR_TRIAGE",
  logged: "OPEN",
  investigating: "INVESTIGATING",
  "action-scheduled": "ACTION_SCHEDULED",
  "in-progress": "IN_PROGRESS",
  reopened: "REOPEN",
  fixed: "FIXED",
  duplicate: "DUPLICATE",
  "not-council-responsibility": "NOT_COUNCILS_RESPONSIBILITY",
  "no-further-action": "NO_FURTHER_ACTION",
  referred: "INTERNAL_REFERRAL",
  closed: "CLOSED",
  withdrawn: "CANCELLED",
};

describe("toOpen311Status", () => {
  it.each(Object.entries(EXPECTED))("sends %s as %s", (state, status) => {
    const enquiry = finalState(serviceRequest, ROUTES[state]!);
    expect(enquiry.state).toBe(state);
    expect(toOpen311Status(enquiry)).toBe(status);
  });

  it("sends only OPEN or CLOSED without extended statuses", () => {
    expect(toOpen311Status(finalState(serviceRequest, ROUTES.investigating!), { extended: false })).toBe("OPEN");
    expect(toOpen311Status(finalState(serviceRequest, ROUTES.duplicate!), { extended: false })).toBe("CLOSED");
  });

  it("maps other lifecycles by outcome when closed and OPEN while open", () => {
    const events = [
      { type: "receive", at: 0, id: "C-1" },
      { type: "acknowledge", at: 1, handler: "amira" },
    ];
    const open = replay(complaint, events);
    expect(open.ok && toOpen311Status(open.state)).toBe("OPEN");
    const upheld = replay(complaint, [...events, { type: "respond-upheld", at: 2 }]);
    expect(upheld.ok && toOpen311Status(upheld.state)).toBe("CLOSED");
    const withdrawn = replay(complaint, [...events, { type: "withdraw", at: 2 }]);
    expect(withdrawn.ok && toOpen311Status(withdrawn.state)).toBe("CANCELLED");
  });
});

describe("fromOpen311Status", () => {
  it("reads FixMyStreet's statuses to the state and the event that enters it", () => {
    expect(fromOpen311Status("FIXED")).toEqual({ state: "fixed", event: "fix" });
    expect(fromOpen311Status("REOPEN")).toEqual({ state: "reopened", event: "reopen" });
    expect(fromOpen311Status("FOR_TRIAGE")).toEqual({ state: "received", event: null });
    expect(fromOpen311Status("INTERNAL_REFERRAL")).toEqual({ state: "referred", event: "refer" });
  });

  it("accepts FixMyStreet's lower-case, spaced spellings and GeoReport's open / closed", () => {
    expect(fromOpen311Status("not councils responsibility")).toEqual({
      state: "not-council-responsibility",
      event: "not-responsible",
    });
    expect(fromOpen311Status(" no further action ")).toEqual({
      state: "no-further-action",
      event: "no-further-action",
    });
    expect(fromOpen311Status("open")).toEqual({ state: "logged", event: "log" });
    expect(fromOpen311Status("closed")).toEqual({ state: "closed", event: "close" });
  });

  it("reads CLOSED as fixed without extended statuses, as FixMyStreet does", () => {
    expect(fromOpen311Status("CLOSED", { extended: false })).toEqual({ state: "fixed", event: "fix" });
  });

  it("refuses a status it does not know, naming it", () => {
    expect(() => fromOpen311Status("PENDING")).toThrow(RangeError);
    expect(() => fromOpen311Status("PENDING")).toThrow(/got "PENDING"/);
  });

  it("round trips: every status names a state that is sent back as that status", () => {
    for (const status of OPEN311_STATUSES) {
      const { state, event } = fromOpen311Status(status);
      const enquiry = finalState(serviceRequest, ROUTES[state]!);
      expect(toOpen311Status(enquiry)).toBe(status);
      if (event !== null) expect(ROUTES[state]!.at(-1)!.type).toBe(event);
    }
  });
});
