import { describe, expect, it } from "vitest";
import { generalEnquiry, startEnquiry } from "../../src/enquiry/index.js";

describe("startEnquiry", () => {
  it("opens the enquiry in the initial state with its definition's id and version", () => {
    const result = startEnquiry(generalEnquiry, { type: "receive", at: "2025-05-12T10:02:00+01:00", id: "CC-1" });
    expect(result).toEqual({
      ok: true,
      state: {
        id: "CC-1",
        lifecycle: "general-enquiry",
        version: 1,
        state: "received",
        status: "open",
        outcome: null,
        receivedAt: Date.UTC(2025, 4, 12, 9, 2),
        updatedAt: Date.UTC(2025, 4, 12, 9, 2),
        closedAt: null,
        events: 1,
        handler: null,
        handlers: {},
        duplicateOf: null,
        referredTo: null,
        noNotify: null,
        notice: null,
      },
      effects: [],
    });
  });

  it("needs the definition's first event, and the enquiry's id", () => {
    const wrong = startEnquiry(generalEnquiry, { type: "answer", at: 0, id: "CC-2" });
    expect(wrong.ok ? null : wrong.error).toEqual({
      code: "invalid_transition",
      message: "an enquiry must begin with 'receive', not 'answer'",
      state: null,
      event: "answer",
    });
    const anonymous = startEnquiry(generalEnquiry, { type: "receive", at: 0 });
    expect(anonymous.ok ? null : anonymous.error.message).toBe(
      "invalid event 'receive': the first event must carry the enquiry's id",
    );
  });

  it("records a reason not to notify given on the first event", () => {
    const result = startEnquiry(generalEnquiry, { type: "receive", at: 0, id: "CC-3", noNotify: "anonymous" });
    expect(result.ok && result.state.noNotify).toBe("anonymous");
  });
});
