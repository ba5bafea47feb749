import { describe, expectTypeOf, it } from "vitest";
import {
  type ComplaintState,
  defineLifecycle,
  type Enquiry,
  type EventName,
  type Lifecycle,
  type ServiceRequestEvent,
  type ServiceRequestState,
  type StateName,
  serviceRequest,
  startEnquiry,
  transition,
} from "../../src/enquiry/index.js";

describe("lifecycle types", () => {
  it("name a definition's states and events", () => {
    const bins = defineLifecycle({
      id: "bins",
      version: 1,
      initial: { event: "report", target: "reported" },
      states: {
        reported: { type: "open", on: { collect: { target: "collected", effects: [{ type: "notify-customer" }] } } },
        collected: { type: "closed", outcome: "fixed" },
      },
    });
    expectTypeOf<StateName<typeof bins>>().toEqualTypeOf<"reported" | "collected">();
    expectTypeOf<EventName<typeof bins>>().toEqualTypeOf<"report" | "collect">();
    expectTypeOf(serviceRequest).toEqualTypeOf<Lifecycle<ServiceRequestState, ServiceRequestEvent>>();
    expectTypeOf<"stage-2-extended">().toExtend<ComplaintState>();
  });

  it("refuse a misspelt event at compile time", () => {
    const started = startEnquiry(serviceRequest, { type: "submit", at: 0, id: "R-1" });
    if (!started.ok) return;
    // @ts-expect-error: "fixx" is not an event of the service-request lifecycle
    transition(serviceRequest, started.state, { type: "fixx", at: 1 });
    // @ts-expect-error: an event needs its time
    transition(serviceRequest, started.state, { type: "fix" });
    expectTypeOf(started.state).toEqualTypeOf<Enquiry<ServiceRequestState>>();
  });

  it("accept a state loaded from storage, typed with plain strings", () => {
    const loaded = JSON.parse("{}") as Enquiry;
    expectTypeOf(transition(serviceRequest, loaded, { type: "fix", at: 1 })).not.toBeNever();
  });
});
