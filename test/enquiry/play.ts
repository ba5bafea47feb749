import {
  type Effect,
  type Enquiry,
  type EnquiryEvent,
  type Lifecycle,
  startEnquiry,
  type TransitionResult,
  transition,
} from "../../src/enquiry/index.js";

/** One accepted step of a scenario: the state after it and the effects it emitted. */
export interface Played {
  readonly state: Enquiry;
  readonly effects: readonly Effect[];
}

/** Apply events in turn from the start, failing the test if any is refused. */
export function play(definition: Lifecycle, events: readonly EnquiryEvent[]): Played[] {
  const played: Played[] = [];
  for (const event of events) {
    const result =
      played.length === 0 ? startEnquiry(definition, event) : transition(definition, played.at(-1)!.state, event);
    if (!result.ok) throw new Error(`event ${played.length} (${event.type}) refused: ${result.error.message}`);
    played.push({ state: result.state, effects: result.effects });
  }
  return played;
}

/** The state after applying every event. */
export function finalState(definition: Lifecycle, events: readonly EnquiryEvent[]): Enquiry {
  return play(definition, events).at(-1)!.state;
}

/** Apply one more event to the state the events lead to, accepted or not. */
export function attempt(definition: Lifecycle, events: readonly EnquiryEvent[], next: EnquiryEvent): TransitionResult {
  return transition(definition, finalState(definition, events), next);
}

/** Epoch milliseconds of an ISO instant, for writing expected effect times. */
export function ms(iso: string): number {
  return Date.parse(iso);
}
