// A pothole reported through FixMyStreet's Open311 interface, followed from submission to "fixed"
// and the "has it been fixed?" follow-up: every effect the council's app must perform is printed.
// Run: npx tsx examples/enquiries.ts

import {
  type Effect,
  type Enquiry,
  type EnquiryEvent,
  fromOpen311Status,
  parseEnquiry,
  replay,
  type ServiceRequestEvent,
  safeParseEnquiry,
  serviceRequest,
  startEnquiry,
  toOpen311Status,
  transition,
} from "council-contact/enquiry";
import { match, P } from "ts-pattern";

const london = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", dateStyle: "medium", timeStyle: "short" });
const when = (ms: number): string => london.format(ms);

// Effects are a union on a literal `type`: ts-pattern's exhaustive match (or a switch with a `never`
// check) makes the compiler point at this function the day a new kind of effect is added.
function describe(effect: Effect): string {
  return match(effect)
    .with({ type: "notify-customer", outcome: null }, (e) => `tell the reporter it is now ${e.state}`)
    .with({ type: "notify-customer" }, (e) => `tell the reporter the outcome: ${e.outcome}`)
    .with({ type: "schedule-follow-up" }, (e) => `ask "${e.name}" on ${when(e.due)}`)
    .with({ type: "assign" }, (e) => `assign to ${e.handler}`)
    .with({ type: "refer" }, (e) => `refer to ${e.to}`)
    .with(
      {
        type: P.union("start-clock", "pause-clock", "resume-clock", "extend-clock", "acknowledge-clock", "stop-clock"),
      },
      (e) => `${e.type} (${e.regime})`,
    )
    .exhaustive();
}

// 1. The report arrives as a GeoReport v2 POST; its time carries an offset, as Open311 requires.
const submitted: EnquiryEvent<ServiceRequestEvent> = {
  type: "submit",
  at: "2025-10-20T07:42:00+01:00",
  id: "FMS-6620481",
  note: "Pothole, Station Road outside no. 14, about 30 cm across",
};
const history: EnquiryEvent<ServiceRequestEvent>[] = [submitted];
const started = startEnquiry(serviceRequest, submitted);
if (!started.ok) throw new Error(started.error.message);
let enquiry: Enquiry = started.state;
console.log(
  `${enquiry.id} received ${when(enquiry.receivedAt)}: ${enquiry.state} (Open311 ${toOpen311Status(enquiry)})`,
);

// 2. The back office updates the report; FixMyStreet sends us its extended Open311 statuses.
const updates: [status: string, at: string][] = [
  ["OPEN", "2025-10-20T09:15:00+01:00"],
  ["INVESTIGATING", "2025-10-21T11:00:00+01:00"],
  ["ACTION_SCHEDULED", "2025-10-23T14:30:00+01:00"],
  ["IN_PROGRESS", "2025-10-28T08:05:00Z"],
  ["FIXED", "2025-10-28T12:40:00Z"],
];
for (const [status, at] of updates) {
  const { event } = fromOpen311Status(status);
  if (event === null) continue;
  const next: EnquiryEvent<ServiceRequestEvent> = { type: event, at };
  const result = transition(serviceRequest, enquiry, next);
  if (!result.ok) throw new Error(result.error.message);
  history.push(next);
  enquiry = result.state;
  console.log(`\n${status} at ${when(enquiry.updatedAt)} → ${enquiry.state}`);
  for (const effect of result.effects) console.log(`  • ${describe(effect)}`);
}

// 3. The closed loop: the report closed, and the reporter was told.
console.log(`\nclosed: ${enquiry.outcome}, reporter ${enquiry.notice}, after ${enquiry.events} events`);

// 4. The "has it been fixed?" questionnaire comes back "no" on 17 November, inside the 28-day
//    reopen window: the report reopens and the follow-up is scheduled again.
const reopen: EnquiryEvent<ServiceRequestEvent> = {
  type: "reopen",
  at: "2025-11-17T19:20:00Z",
  note: "questionnaire: not fixed",
};
const reopened = transition(serviceRequest, enquiry, reopen);
if (!reopened.ok) throw new Error(reopened.error.message);
history.push(reopen);
console.log(`
questionnaire "not fixed" on ${when(reopened.state.updatedAt)} → ${reopened.state.state} (Open311 ${toOpen311Status(reopened.state)})`);
for (const effect of reopened.effects) console.log(`  • ${describe(effect)}`);

// 5. Had the answer come on 26 November, 29 London days after the fix, it would be refused, and
//    the enquiry passed in is untouched.
const late = transition(serviceRequest, enquiry, { type: "reopen", at: "2025-11-26T10:00:00Z" });
if (!late.ok) console.log(`a reopen on 26 Nov would be refused: ${late.error.code} (${late.error.message})`);

// 6. Saved as JSON, the history replays to the same state under the same definition version.
const saved = JSON.stringify({ lifecycle: serviceRequest.id, version: serviceRequest.version, events: history });
const rebuilt = replay(serviceRequest, JSON.parse(saved));
console.log(
  `\nreplayed ${history.length} events: ${rebuilt.ok && JSON.stringify(rebuilt.state) === JSON.stringify(reopened.state) ? "same state" : "DIFFERENT"}`,
);

// 7. An enquiry loaded from storage is checked before use: parseEnquiry returns it as saved, and a
//    damaged record is refused with every issue, never a TypeError (transition refuses it too).
const stored = JSON.parse(JSON.stringify(reopened.state));
console.log(`loaded ${parseEnquiry(stored).id} from storage: ${parseEnquiry(stored).state}`);
const damaged = safeParseEnquiry({ ...stored, updatedAt: "abc", events: -1 });
if (!damaged.success) for (const issue of damaged.error.issues) console.log(`  refused: ${issue.message}`);
const refused = transition(
  serviceRequest,
  { ...stored, updatedAt: "abc" },
  { type: "fix", at: "2025-12-01T09:00:00Z" },
);
if (!refused.ok) console.log(`  transition: ${refused.error.code}`);
