import { describe, expect, it } from "vitest";
import { complaint, type EnquiryEvent } from "../../src/enquiry/index.js";
import { attempt, ms, play } from "./play.js";

const stage1: EnquiryEvent[] = [
  { type: "receive", at: "2025-06-02T09:00:00+01:00", id: "C-301" },
  { type: "acknowledge", at: "2025-06-03T09:00:00+01:00", handler: "amira" },
  { type: "respond-not-upheld", at: "2025-06-13T16:00:00+01:00" },
];
const escalated: EnquiryEvent[] = [...stage1, { type: "escalate", at: "2025-06-20T11:00:00+01:00" }];

describe("complaint", () => {
  it("has exactly the states and events its types name", () => {
    expect(Object.keys(complaint.states)).toEqual([
      "stage-1-received",
      "stage-1-investigating",
      "stage-1-extended",
      "stage-1-upheld",
      "stage-1-partly-upheld",
      "stage-1-not-upheld",
      "stage-2-received",
      "stage-2-investigating",
      "stage-2-extended",
      "stage-2-upheld",
      "stage-2-partly-upheld",
      "stage-2-not-upheld",
      "with-ombudsman",
      "withdrawn",
    ]);
    const events = new Set([
      complaint.initial.event,
      ...Object.values(complaint.states).flatMap((state) => Object.keys(state.on ?? {})),
    ]);
    expect([...events].sort()).toEqual(
      [
        "receive",
        "acknowledge",
        "assign",
        "extend",
        "respond-upheld",
        "respond-partly-upheld",
        "respond-not-upheld",
        "escalate",
        "refer-to-ombudsman",
        "withdraw",
      ].sort(),
    );
  });

  it("runs stage 1: the clock starts on receipt, acknowledging acknowledges the clock and assigns, the response stops it and tells the complainant", () => {
    const steps = play(complaint, stage1);
    expect(steps[0]!.effects).toEqual([
      { type: "start-clock", regime: "complaint-stage-1", at: ms("2025-06-02T08:00:00Z") },
    ]);
    expect(steps[1]!.effects).toEqual([
      { type: "acknowledge-clock", regime: "complaint-stage-1", at: ms("2025-06-03T08:00:00Z") },
      { type: "assign", handler: "amira", at: ms("2025-06-03T08:00:00Z") },
      { type: "notify-customer", state: "stage-1-investigating", outcome: null, at: ms("2025-06-03T08:00:00Z") },
    ]);
    expect(steps[2]!.effects).toEqual([
      { type: "stop-clock", regime: "complaint-stage-1", at: ms("2025-06-13T15:00:00Z") },
      { type: "notify-customer", state: "stage-1-not-upheld", outcome: "not-upheld", at: ms("2025-06-13T15:00:00Z") },
    ]);
    expect(steps[2]!.state).toMatchObject({
      status: "closed",
      handler: "amira",
      handlers: { "stage-1-investigating": ["amira"] },
    });
  });

  it("escalates to stage 2, reopening the complaint and starting the stage 2 clock", () => {
    const steps = play(complaint, escalated);
    expect(steps.at(-1)!.state).toMatchObject({
      state: "stage-2-received",
      status: "open",
      outcome: null,
      notice: null,
    });
    expect(steps.at(-1)!.effects.map((effect) => effect.type === "start-clock" && effect.regime)).toEqual([
      "complaint-stage-2",
      false,
    ]);
  });

  it("refuses a stage 2 acknowledgement by the stage 1 handler (Complaint Handling Code 6.13)", () => {
    const result = attempt(complaint, escalated, {
      type: "acknowledge",
      at: "2025-06-23T09:00:00+01:00",
      handler: "amira",
    });
    expect(result.ok ? null : result.error).toMatchObject({
      code: "same_handler",
      state: "stage-2-received",
      event: "acknowledge",
    });
  });

  it("refuses a stage 2 handler who took over during stage 1", () => {
    const events: EnquiryEvent[] = [
      stage1[0]!,
      stage1[1]!,
      { type: "assign", at: "2025-06-05T09:00:00+01:00", handler: "bilal" },
      { type: "respond-upheld", at: "2025-06-13T16:00:00+01:00" },
      { type: "escalate", at: "2025-06-20T11:00:00+01:00" },
    ];
    for (const handler of ["amira", "bilal"]) {
      const result = attempt(complaint, events, { type: "acknowledge", at: "2025-06-23T09:00:00+01:00", handler });
      expect(result.ok ? null : result.error.code).toBe("same_handler");
    }
  });

  it("accepts a different stage 2 handler, and refuses handing stage 2 back to the stage 1 handler", () => {
    const steps = play(complaint, [
      ...escalated,
      { type: "acknowledge", at: "2025-06-23T09:00:00+01:00", handler: "chen" },
    ]);
    expect(steps.at(-1)!.state).toMatchObject({ state: "stage-2-investigating", handler: "chen" });
    const handBack = attempt(
      complaint,
      [...escalated, { type: "acknowledge", at: "2025-06-23T09:00:00+01:00", handler: "chen" }],
      {
        type: "assign",
        at: "2025-06-24T09:00:00+01:00",
        handler: "amira",
      },
    );
    expect(handBack.ok ? null : handBack.error.code).toBe("same_handler");
  });

  it("extends stage 2 once, then the final response lets the complainant go to the Ombudsman", () => {
    const steps = play(complaint, [
      ...escalated,
      { type: "acknowledge", at: "2025-06-23T09:00:00+01:00", handler: "chen" },
      { type: "extend", at: "2025-07-10T09:00:00+01:00" },
      { type: "respond-partly-upheld", at: "2025-08-15T09:00:00+01:00" },
      { type: "refer-to-ombudsman", at: "2025-09-01T09:00:00+01:00" },
    ]);
    expect(steps.map((step) => step.state.state).slice(-4)).toEqual([
      "stage-2-investigating",
      "stage-2-extended",
      "stage-2-partly-upheld",
      "with-ombudsman",
    ]);
    expect(steps.at(-3)!.effects[0]).toEqual({
      type: "extend-clock",
      regime: "complaint-stage-2",
      at: ms("2025-07-10T08:00:00Z"),
    });
    expect(steps.at(-1)!.effects).toEqual([
      { type: "refer", to: "ombudsman", at: ms("2025-09-01T08:00:00Z") },
      {
        type: "notify-customer",
        state: "with-ombudsman",
        outcome: "referred-elsewhere",
        at: ms("2025-09-01T08:00:00Z"),
      },
    ]);
    const again = attempt(
      complaint,
      [
        ...escalated,
        { type: "acknowledge", at: "2025-06-23T09:00:00+01:00", handler: "chen" },
        { type: "extend", at: "2025-07-10T09:00:00+01:00" },
      ],
      {
        type: "extend",
        at: "2025-07-11T09:00:00+01:00",
      },
    );
    expect(again.ok ? null : again.error.code).toBe("invalid_transition");
  });

  it("stops the running stage's clock when the complaint is withdrawn", () => {
    const steps = play(complaint, [...escalated, { type: "withdraw", at: "2025-06-21T09:00:00+01:00" }]);
    expect(steps.at(-1)!.effects[0]).toEqual({
      type: "stop-clock",
      regime: "complaint-stage-2",
      at: ms("2025-06-21T08:00:00Z"),
    });
  });
});
