import { describe, expect, it } from "vitest";
import { generalEnquiry } from "../../src/enquiry/index.js";
import { attempt, ms, play } from "./play.js";

const receive = { type: "receive", at: "2025-05-12T10:02:00+01:00", id: "CC-5531" } as const;

describe("generalEnquiry", () => {
  it("closes an enquiry answered at first contact with no notification to send: the customer was told", () => {
    const [, answered] = play(generalEnquiry, [
      receive,
      { type: "answer-at-first-contact", at: "2025-05-12T10:06:00+01:00", told: true },
    ]);
    expect(answered!.effects).toEqual([]);
    expect(answered!.state).toMatchObject({
      state: "answered",
      outcome: "answered",
      notice: "told",
      closedAt: ms("2025-05-12T09:06:00Z"),
    });
  });

  it("refuses 'answered at first contact' unless the event says the customer was told", () => {
    const result = attempt(generalEnquiry, [receive], {
      type: "answer-at-first-contact",
      at: "2025-05-12T10:06:00+01:00",
    });
    expect(result.ok ? null : result.error.code).toBe("customer_not_notified");
  });

  it("refers to the back office, then notifies the customer of the answer", () => {
    const steps = play(generalEnquiry, [
      receive,
      { type: "refer-to-back-office", at: "2025-05-12T10:07:00+01:00", referredTo: "council-tax" },
      { type: "answer", at: "2025-05-14T15:00:00+01:00" },
    ]);
    expect(steps[1]!.effects).toEqual([{ type: "refer", to: "council-tax", at: ms("2025-05-12T09:07:00Z") }]);
    expect(steps[1]!.state).toMatchObject({ state: "with-back-office", status: "open", referredTo: "council-tax" });
    expect(steps[2]!.effects).toEqual([
      { type: "notify-customer", state: "answered", outcome: "answered", at: ms("2025-05-14T14:00:00Z") },
    ]);
    expect(steps[2]!.state.notice).toBe("notified");
  });

  it("cannot be answered at first contact once it is with the back office", () => {
    const result = attempt(
      generalEnquiry,
      [receive, { type: "refer-to-back-office", at: "2025-05-12T10:07:00+01:00", referredTo: "planning" }],
      {
        type: "answer-at-first-contact",
        at: "2025-05-12T10:08:00+01:00",
        told: true,
      },
    );
    expect(result.ok ? null : result.error.code).toBe("invalid_transition");
  });

  it("signposts to another organisation, naming it, and tells the customer", () => {
    const [, signposted] = play(generalEnquiry, [
      receive,
      { type: "signpost", at: "2025-05-12T10:09:00+01:00", referredTo: "dvla" },
    ]);
    expect(signposted!.state).toMatchObject({ state: "signposted", outcome: "referred-elsewhere", referredTo: "dvla" });
    expect(signposted!.effects.map((effect) => effect.type)).toEqual(["refer", "notify-customer"]);
  });
});
