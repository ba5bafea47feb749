import { describe, expect, it } from "vitest";
import { type EnquiryEvent, informationRequest, informationRequestLifecycle } from "../../src/enquiry/index.js";
import { attempt, ms, play } from "./play.js";

const receive: EnquiryEvent = { type: "receive", at: "2025-01-06T10:00:00Z", id: "FOI-88" };

describe("informationRequest", () => {
  it("is the FOI definition, 'foi-request' version 1", () => {
    expect([informationRequest.id, informationRequest.version]).toEqual(["foi-request", 1]);
  });

  it("pauses the FOI clock for clarification, resumes it on the reply, then extends it for the public interest", () => {
    const steps = play(informationRequest, [
      receive,
      { type: "request-clarification", at: "2025-01-08T11:00:00Z" },
      { type: "clarify", at: "2025-01-20T09:30:00Z" },
      { type: "extend", at: "2025-02-14T16:00:00Z" },
      { type: "part-grant", at: "2025-03-12T12:00:00Z" },
    ]);
    expect(steps.map((step) => step.state.state)).toEqual([
      "received",
      "awaiting-clarification",
      "received",
      "extended",
      "part-granted",
    ]);
    expect(steps.map((step) => step.effects)).toEqual([
      [{ type: "start-clock", regime: "foi", at: ms("2025-01-06T10:00:00Z") }],
      [
        { type: "pause-clock", regime: "foi", at: ms("2025-01-08T11:00:00Z") },
        { type: "notify-customer", state: "awaiting-clarification", outcome: null, at: ms("2025-01-08T11:00:00Z") },
      ],
      [{ type: "resume-clock", regime: "foi", at: ms("2025-01-20T09:30:00Z") }],
      [
        { type: "extend-clock", regime: "foi", at: ms("2025-02-14T16:00:00Z") },
        { type: "notify-customer", state: "extended", outcome: null, at: ms("2025-02-14T16:00:00Z") },
      ],
      [
        { type: "stop-clock", regime: "foi", at: ms("2025-03-12T12:00:00Z") },
        { type: "notify-customer", state: "part-granted", outcome: "part-granted", at: ms("2025-03-12T12:00:00Z") },
      ],
    ]);
  });

  it("extends only once, and cannot answer while waiting for clarification", () => {
    const twice = attempt(informationRequest, [receive, { type: "extend", at: "2025-02-01T10:00:00Z" }], {
      type: "extend",
      at: "2025-02-02T10:00:00Z",
    });
    expect(twice.ok ? null : twice.error.code).toBe("invalid_transition");
    const early = attempt(
      informationRequest,
      [receive, { type: "request-clarification", at: "2025-01-07T10:00:00Z" }],
      { type: "grant", at: "2025-01-08T10:00:00Z" },
    );
    expect(early.ok ? null : early.error.code).toBe("invalid_transition");
  });

  it("ends granted, part granted, refused or not held, each stopping the clock and telling the requester", () => {
    const outcomes = {
      grant: "granted",
      "part-grant": "part-granted",
      refuse: "refused",
      "report-not-held": "not-held",
    } as const;
    for (const [event, outcome] of Object.entries(outcomes)) {
      const result = attempt(informationRequest, [receive], { type: event, at: "2025-01-20T10:00:00Z" });
      expect(result.ok && [result.state.outcome, result.effects.map((effect) => effect.type)]).toEqual([
        outcome,
        ["stop-clock", "notify-customer"],
      ]);
    }
  });

  it("runs EIR on the eir clock with its own extension, and FOISA with none", () => {
    const eir = informationRequestLifecycle("eir");
    const [, extended] = play(eir, [receive, { type: "extend", at: "2025-01-20T10:00:00Z" }]);
    expect([eir.id, extended!.effects[0]]).toEqual([
      "eir-request",
      { type: "extend-clock", regime: "eir", at: ms("2025-01-20T10:00:00Z") },
    ]);
    const foisa = informationRequestLifecycle("foisa");
    const refused = attempt(foisa, [receive], { type: "extend", at: "2025-01-20T10:00:00Z" });
    expect([foisa.id, refused.ok ? null : refused.error.code]).toEqual(["foisa-request", "invalid_transition"]);
    expect(play(foisa, [receive])[0]!.effects).toEqual([
      { type: "start-clock", regime: "foisa", at: ms("2025-01-06T10:00:00Z") },
    ]);
  });

  it("rejects an unknown regime naming it", () => {
    expect(() => informationRequestLifecycle("sar" as never)).toThrow(
      new RangeError('unknown regime "sar": expected one of foi, foisa, eir'),
    );
  });
});
