import { describe, expect, it } from "vitest";
import { type EnquiryEvent, subjectAccessRequest } from "../../src/enquiry/index.js";
import { attempt, ms, play } from "./play.js";

const receive: EnquiryEvent = { type: "receive", at: "2025-01-31T12:00:00Z", id: "SAR-12" };

describe("subjectAccessRequest", () => {
  it("starts no clock on receipt: the month runs from identity verification", () => {
    const steps = play(subjectAccessRequest, [receive, { type: "verify-identity", at: "2025-02-04T09:15:00Z" }]);
    expect(steps[0]!.effects).toEqual([]);
    expect(steps[0]!.state.state).toBe("awaiting-identity");
    expect(steps[1]!.effects).toEqual([{ type: "start-clock", regime: "sar", at: ms("2025-02-04T09:15:00Z") }]);
  });

  it("refuses a response before identity is verified", () => {
    for (const type of ["disclose", "disclose-in-part", "refuse", "report-not-held", "extend"]) {
      const result = attempt(subjectAccessRequest, [receive], { type, at: "2025-02-03T12:00:00Z" });
      expect(result.ok ? null : result.error).toMatchObject({ code: "invalid_transition", state: "awaiting-identity" });
    }
  });

  it("extends once by notice to the requester, then discloses, stopping the clock", () => {
    const steps = play(subjectAccessRequest, [
      receive,
      { type: "verify-identity", at: "2025-02-04T09:15:00Z" },
      { type: "extend", at: "2025-02-20T10:00:00Z" },
      { type: "disclose", at: "2025-04-28T10:00:00+01:00" },
    ]);
    expect(steps[2]!.effects).toEqual([
      { type: "extend-clock", regime: "sar", at: ms("2025-02-20T10:00:00Z") },
      { type: "notify-customer", state: "extended", outcome: null, at: ms("2025-02-20T10:00:00Z") },
    ]);
    expect(steps[3]!.effects).toEqual([
      { type: "stop-clock", regime: "sar", at: ms("2025-04-28T09:00:00Z") },
      { type: "notify-customer", state: "granted", outcome: "granted", at: ms("2025-04-28T09:00:00Z") },
    ]);
  });

  it("closes an unverified request with no further action, telling the requester, and no clock to stop", () => {
    const [, closed] = play(subjectAccessRequest, [
      receive,
      { type: "close-unverified", at: "2025-03-31T12:00:00+01:00" },
    ]);
    expect(closed!.state).toMatchObject({ state: "unverified", outcome: "no-further-action", notice: "notified" });
    expect(closed!.effects.map((effect) => effect.type)).toEqual(["notify-customer"]);
  });
});
