// End to end: the built-in enquiry lifecycles emit clock effects; applyClockEffects performs them;
// dueDate and clockStatus read the clocks. Expected dates are worked by hand (see the comments and
// the regime tests beside this file).
import { describe, expect, it } from "vitest";
import type { ClockSet } from "../../src/clocks/index.js";
import { applyClockEffects, clockStatus, dueDate, resumeClock, startClock } from "../../src/clocks/index.js";
import {
  complaint,
  type Enquiry,
  type EnquiryEvent,
  informationRequest,
  informationRequestLifecycle,
  type Lifecycle,
  startEnquiry,
  subjectAccessRequest,
  transition,
} from "../../src/enquiry/index.js";

/** Run events through a lifecycle, performing each step's clock effects; the clocks after each step. */
function run(definition: Lifecycle, events: readonly EnquiryEvent[]): ClockSet[] {
  let state: Enquiry | undefined;
  let clocks: ClockSet = {};
  const after: ClockSet[] = [];
  for (const event of events) {
    const result = state === undefined ? startEnquiry(definition, event) : transition(definition, state, event);
    if (!result.ok) throw new Error(`${event.type} refused: ${result.error.message}`);
    state = result.state;
    clocks = applyClockEffects(clocks, result.effects);
    after.push(clocks);
  }
  return after;
}

describe("clock effects of the built-in lifecycles", () => {
  it("informationRequest: an FOI over Christmas, clarified and extended for the public interest", () => {
    const steps = run(informationRequest, [
      { type: "receive", at: "2025-12-09T10:00:00Z", id: "FOI-2025-118" },
      { type: "request-clarification", at: "2025-12-11T15:00:00Z" },
      { type: "clarify", at: "2025-12-15T09:30:00Z" },
      { type: "extend", at: "2026-01-14T12:00:00Z" },
      { type: "grant", at: "2026-02-12T16:00:00Z" },
    ]);
    // Received Tue 9 Dec: due 12 Jan 2026. Paused on the 11th; the clarification on Mon 15 Dec
    // restarts the count (due 16 Jan); the extension adds 20 working days (13 Feb).
    expect(dueDate(steps[0]!.foi!)).toBe("2026-01-12");
    expect(clockStatus(steps[1]!.foi!, "2025-12-12")).toMatchObject({ status: "paused", awaiting: "clarification" });
    expect(dueDate(steps[2]!.foi!)).toBe("2026-01-16");
    expect(dueDate(steps[3]!.foi!)).toBe("2026-02-13");
    expect(clockStatus(steps[4]!.foi!, "2026-03-01")).toMatchObject({
      status: "met",
      stoppedOn: "2026-02-12",
      workingDaysLeft: 1,
    });
  });

  it("informationRequestLifecycle('eir'): extended from 20 to 40 working days", () => {
    const steps = run(informationRequestLifecycle("eir"), [
      { type: "receive", at: "2025-06-02T09:00:00+01:00", id: "EIR-7" },
      { type: "extend", at: "2025-06-20T09:00:00+01:00" },
      { type: "refuse", at: "2025-07-30T09:00:00+01:00" },
    ]);
    expect(dueDate(steps[0]!.eir!)).toBe("2025-06-30");
    expect(clockStatus(steps[2]!.eir!, "2025-08-01")).toMatchObject({
      status: "missed",
      dueDate: "2025-07-29",
      workingDaysLate: 1,
    });
  });

  it("informationRequestLifecycle('foisa'): Scotland's working days", () => {
    const [started] = run(informationRequestLifecycle("foisa"), [
      { type: "receive", at: "2025-04-17T11:00:00+01:00", id: "FOISA-3" },
    ]);
    expect(started!.foisa).toMatchObject({ division: "scotland" });
    expect(dueDate(started!.foisa!)).toBe("2025-05-19");
  });

  it("subjectAccessRequest: no clock until identity is verified, then a month, then two more", () => {
    const steps = run(subjectAccessRequest, [
      { type: "receive", at: "2025-01-20T10:00:00Z", id: "SAR-12" },
      { type: "verify-identity", at: "2025-01-31T10:00:00Z" },
      { type: "extend", at: "2025-02-10T10:00:00Z" },
      { type: "disclose", at: "2025-04-29T10:00:00+01:00" },
    ]);
    expect(steps[0]).toEqual({});
    // The month runs from the verification on 31 Jan: 28 Feb; extended, three months: 30 Apr.
    expect(dueDate(steps[1]!.sar!)).toBe("2025-02-28");
    expect(dueDate(steps[2]!.sar!)).toBe("2025-04-30");
    expect(clockStatus(steps[3]!.sar!, "2025-05-01")).toMatchObject({ status: "met", workingDaysLeft: 1 });
    // The same as a clock started at receipt awaiting identity and resumed on verification.
    const awaiting = resumeClock(startClock("sar", "2025-01-20", { awaiting: "identity" }), "2025-01-31");
    expect(dueDate(awaiting)).toBe(dueDate(steps[1]!.sar!));
  });

  it("complaint: acknowledged, answered, escalated, acknowledged by a new handler, extended", () => {
    const steps = run(complaint, [
      { type: "receive", at: "2025-06-02T09:00:00+01:00", id: "C-301" },
      { type: "acknowledge", at: "2025-06-03T09:00:00+01:00", handler: "amira" },
      { type: "respond-not-upheld", at: "2025-06-13T16:00:00+01:00" },
      { type: "escalate", at: "2025-06-20T11:00:00+01:00" },
      { type: "acknowledge", at: "2025-06-23T09:00:00+01:00", handler: "chen" },
      { type: "extend", at: "2025-07-10T09:00:00+01:00" },
      { type: "respond-upheld", at: "2025-08-15T15:00:00+01:00" },
    ]);
    // Stage 1: acknowledged 3 Jun, respond by 17 Jun; answered 13 Jun with 2 working days to spare.
    expect(clockStatus(steps[1]!["complaint-stage-1"]!, "2025-06-04")).toMatchObject({
      deadline: "response",
      dueDate: "2025-06-17",
    });
    expect(clockStatus(steps[2]!["complaint-stage-1"]!, "2025-06-20")).toMatchObject({
      status: "met",
      workingDaysLeft: 2,
    });
    // Stage 2: escalated Fri 20 Jun, acknowledge by 27 Jun; acknowledged 23 Jun, respond within
    // 20 working days (21 Jul); extended by 20 (18 Aug); answered 15 Aug.
    expect(clockStatus(steps[3]!["complaint-stage-2"]!, "2025-06-20")).toMatchObject({
      deadline: "acknowledgement",
      dueDate: "2025-06-27",
    });
    expect(dueDate(steps[4]!["complaint-stage-2"]!)).toBe("2025-07-21");
    expect(dueDate(steps[5]!["complaint-stage-2"]!)).toBe("2025-08-18");
    expect(clockStatus(steps[6]!["complaint-stage-2"]!, "2025-09-01")).toMatchObject({
      status: "met",
      workingDaysLeft: 1,
      acknowledgement: { due: "2025-06-27", on: "2025-06-23" },
    });
    expect(Object.keys(steps[6]!)).toEqual(["complaint-stage-1", "complaint-stage-2"]);
  });
});
