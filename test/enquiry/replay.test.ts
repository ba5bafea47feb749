import { describe, expect, it } from "vitest";
import { type EnquiryEvent, replay, serviceRequest } from "../../src/enquiry/index.js";
import { play } from "./play.js";

const events: EnquiryEvent[] = [
  { type: "submit", at: "2025-03-03T08:00:00Z", id: "FMS-2001" },
  { type: "log", at: "2025-03-03T09:00:00Z" },
  { type: "assign", at: "2025-03-03T09:05:00Z", handler: "highways-north" },
  { type: "fix", at: "2025-03-10T11:00:00Z" },
  { type: "reopen", at: "2025-03-12T11:00:00Z" },
];

describe("replay", () => {
  it("rebuilds the state every prefix of the history leads to", () => {
    const live = play(serviceRequest, events);
    for (let k = 1; k <= events.length; k++) {
      expect(replay(serviceRequest, events.slice(0, k))).toEqual({ ok: true, state: live[k - 1]!.state });
    }
  });

  it("accepts a saved history recorded under the same definition", () => {
    const result = replay(serviceRequest, { lifecycle: "service-request", version: 1, events });
    expect(result.ok && [result.state.state, result.state.events]).toEqual(["reopened", 5]);
  });

  it("refuses a saved history recorded under another id or version, before reading any event", () => {
    for (const [lifecycle, version] of [
      ["service-request", 2],
      ["street-report", 1],
    ] as const) {
      const result = replay(serviceRequest, { lifecycle, version, events });
      expect(result.ok ? null : [result.error.code, result.index]).toEqual(["wrong_definition", -1]);
    }
  });

  it("stops at the first refused event and says which", () => {
    const broken = [...events.slice(0, 2), { type: "reopen", at: "2025-03-04T00:00:00Z" }, ...events.slice(2)];
    const result = replay(serviceRequest, broken);
    expect(result.ok ? null : [result.error.code, result.index]).toEqual(["invalid_transition", 2]);
    const badStart = replay(serviceRequest, [{ type: "log", at: 0 }]);
    expect(badStart.ok ? null : [badStart.error.code, badStart.index]).toEqual(["invalid_transition", 0]);
  });

  it("refuses an empty history", () => {
    expect(replay(serviceRequest, [])).toEqual({
      ok: false,
      error: { code: "empty_history", message: "the history has no events", state: null, event: null },
      index: -1,
    });
  });

  it("does not mutate the history", () => {
    const frozen = Object.freeze(events.map((event) => Object.freeze({ ...event })));
    expect(replay(serviceRequest, frozen).ok).toBe(true);
  });
});
