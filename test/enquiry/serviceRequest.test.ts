import { describe, expect, it } from "vitest";
import { type EnquiryEvent, serviceRequest, serviceRequestLifecycle } from "../../src/enquiry/index.js";
import { attempt, finalState, ms, play } from "./play.js";

const submit: EnquiryEvent = { type: "submit", at: "2025-03-03T08:00:00Z", id: "FMS-2001" };
const log: EnquiryEvent = { type: "log", at: "2025-03-03T09:00:00Z" };
const fix: EnquiryEvent = { type: "fix", at: "2025-03-03T15:00:00Z" };

describe("serviceRequest", () => {
  it("is version 1 of 'service-request', starting in received on submit", () => {
    expect([
      serviceRequest.id,
      serviceRequest.version,
      serviceRequest.initial.event,
      serviceRequest.initial.target,
    ]).toEqual(["service-request", 1, "submit", "received"]);
  });

  it("walks a pothole from submission to fixed, notifying on logging, scheduling and fixing", () => {
    const steps = play(serviceRequest, [
      submit,
      log,
      { type: "assign", at: "2025-03-03T09:05:00Z", handler: "highways-north" },
      { type: "investigate", at: "2025-03-04T10:00:00Z" },
      { type: "schedule", at: "2025-03-05T10:00:00Z" },
      { type: "start-work", at: "2025-03-10T07:30:00Z" },
      { type: "fix", at: "2025-03-10T11:00:00Z" },
    ]);
    expect(steps.map((step) => step.state.state)).toEqual([
      "received",
      "logged",
      "logged",
      "investigating",
      "action-scheduled",
      "in-progress",
      "fixed",
    ]);
    expect(steps.map((step) => step.effects.map((effect) => effect.type))).toEqual([
      [],
      ["notify-customer", "schedule-follow-up"],
      ["assign"],
      [],
      ["notify-customer"],
      [],
      ["notify-customer"],
    ]);
    const fixed = steps.at(-1)!;
    expect(fixed.effects).toEqual([
      { type: "notify-customer", state: "fixed", outcome: "fixed", at: ms("2025-03-10T11:00:00Z") },
    ]);
    expect(fixed.state).toMatchObject({
      status: "closed",
      outcome: "fixed",
      notice: "notified",
      handler: "highways-north",
      events: 7,
    });
    expect(fixed.state.closedAt).toBe(ms("2025-03-10T11:00:00Z"));
  });

  it("schedules the 'has it been fixed?' questionnaire 28 days (4 weeks) after logging", () => {
    const [, logged] = play(serviceRequest, [submit, log]);
    // 2025-03-03T09:00Z + 28 × 24 h = 2025-03-31T09:00Z.
    expect(logged!.effects[1]).toEqual({
      type: "schedule-follow-up",
      name: "has-it-been-fixed",
      due: ms("2025-03-31T09:00:00Z"),
      at: ms("2025-03-03T09:00:00Z"),
    });
  });

  describe("duplicates", () => {
    const markDuplicate = { type: "mark-duplicate", at: "2025-03-04T09:00:00Z" } as const;

    it("refuses to close as a duplicate without naming the original", () => {
      const result = attempt(serviceRequest, [submit, log], markDuplicate);
      expect(result.ok ? null : result.error).toMatchObject({
        code: "original_not_named",
        state: "logged",
        event: "mark-duplicate",
      });
    });

    it("refuses a duplicate that names itself or an empty reference", () => {
      for (const duplicateOf of ["FMS-2001", ""]) {
        const result = attempt(serviceRequest, [submit, log], { ...markDuplicate, duplicateOf });
        expect(result.ok ? null : result.error.code).toBe("original_not_named");
      }
    });

    it("closes as a duplicate of the named original, recording it and telling the customer", () => {
      const result = attempt(serviceRequest, [submit, log], { ...markDuplicate, duplicateOf: "FMS-1041" });
      expect(result.ok && result.state).toMatchObject({
        state: "duplicate",
        outcome: "duplicate",
        duplicateOf: "FMS-1041",
        notice: "notified",
      });
      expect(result.ok && result.effects).toEqual([
        { type: "notify-customer", state: "duplicate", outcome: "duplicate", at: ms("2025-03-04T09:00:00Z") },
      ]);
    });
  });

  describe("reopening", () => {
    // Fixed on Monday 3 March 2025 at 15:00 GMT. Day 28 after is Monday 31 March, and British
    // Summer Time began on Sunday 30 March, so 31 March ends at 22:59:59Z.
    const fixedReport = [submit, log, fix];

    it("reopens on the 28th London day after closure, even late in the evening in summer time", () => {
      const result = attempt(serviceRequest, fixedReport, { type: "reopen", at: "2025-03-31T22:59:00Z" });
      expect(result.ok && result.state).toMatchObject({
        state: "reopened",
        status: "open",
        outcome: null,
        closedAt: null,
        notice: null,
      });
      expect(result.ok && result.effects.map((effect) => effect.type)).toEqual([
        "notify-customer",
        "schedule-follow-up",
      ]);
    });

    it("refuses a reopen on the 29th London day, though it is under 29 × 24 hours after closure", () => {
      // 2025-03-31T23:30Z is 00:30 BST on 1 April: London day 29.
      const result = attempt(serviceRequest, fixedReport, { type: "reopen", at: "2025-03-31T23:30:00Z" });
      expect(result.ok ? null : result.error).toMatchObject({
        code: "outside_reopen_window",
        state: "fixed",
        event: "reopen",
      });
      expect(result.ok ? null : result.error.message).toBe(
        "'reopen' is more than 28 days after the enquiry was closed",
      );
    });

    it("uses the council's own window when it builds its own definition", () => {
      const york = serviceRequestLifecycle({ id: "york-service-request", reopenWithinDays: 7 });
      const events = fixedReport.map((event) => ({ ...event }));
      expect(attempt(york, events, { type: "reopen", at: "2025-03-10T23:59:00Z" }).ok).toBe(true);
      expect(attempt(york, events, { type: "reopen", at: "2025-03-11T00:00:00Z" }).ok).toBe(false);
    });

    it("does not reopen a duplicate or a report withdrawn by its reporter", () => {
      for (const closing of [
        { type: "mark-duplicate", at: "2025-03-03T09:00:00Z", duplicateOf: "FMS-1" },
        { type: "withdraw", at: "2025-03-03T09:00:00Z" },
      ]) {
        const result = attempt(serviceRequest, [submit, closing], { type: "reopen", at: "2025-03-04T09:00:00Z" });
        expect(result.ok ? null : result.error.code).toBe("invalid_transition");
      }
    });
  });

  describe("closed loop", () => {
    it("closes an anonymous report without a notification, recording why, and sends it no follow-up", () => {
      const steps = play(serviceRequest, [{ ...submit, noNotify: "anonymous" }, log, fix]);
      expect(steps[1]!.effects).toEqual([]);
      expect(steps[2]!.effects).toEqual([]);
      expect(steps[2]!.state).toMatchObject({
        status: "closed",
        outcome: "fixed",
        notice: "anonymous",
        noNotify: "anonymous",
      });
    });

    it("stops updating a customer who opts out part way", () => {
      const steps = play(serviceRequest, [submit, { ...log, noNotify: "opted-out" }, fix]);
      expect(steps[1]!.effects).toEqual([]);
      expect(steps[2]!.state.notice).toBe("opted-out");
    });

    it("refers a report elsewhere only when it says where, then tells the customer", () => {
      const refused = attempt(serviceRequest, [submit], { type: "refer", at: "2025-03-03T10:00:00Z" });
      expect(refused.ok ? null : refused.error.code).toBe("referral_not_named");
      const referred = attempt(serviceRequest, [submit], {
        type: "refer",
        at: "2025-03-03T10:00:00Z",
        referredTo: "national-highways",
      });
      expect(referred.ok && referred.effects).toEqual([
        { type: "refer", to: "national-highways", at: ms("2025-03-03T10:00:00Z") },
        { type: "notify-customer", state: "referred", outcome: "referred-elsewhere", at: ms("2025-03-03T10:00:00Z") },
      ]);
      expect(referred.ok && referred.state.referredTo).toBe("national-highways");
    });
  });

  it("refuses an assignment that names no handler", () => {
    const result = attempt(serviceRequest, [submit], { type: "assign", at: "2025-03-03T09:00:00Z" });
    expect(result.ok ? null : result.error.code).toBe("handler_not_named");
  });

  it("has the FixMyStreet closed states as its outcomes", () => {
    const closed = Object.entries(serviceRequest.states).filter(([, state]) => state.type === "closed");
    expect(closed.map(([name, state]) => [name, state.type === "closed" && state.outcome])).toEqual([
      ["fixed", "fixed"],
      ["duplicate", "duplicate"],
      ["not-council-responsibility", "not-council-responsibility"],
      ["no-further-action", "no-further-action"],
      ["referred", "referred-elsewhere"],
      ["closed", "closed"],
      ["withdrawn", "withdrawn"],
    ]);
    expect(finalState(serviceRequest, [submit, { type: "close", at: "2025-03-04T00:00:00Z" }]).outcome).toBe("closed");
  });
});
