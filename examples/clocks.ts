// Statutory response clocks as a case officer sees them: an FOI request over Christmas that is
// clarified and then extended for the public interest, a subject access request received on
// 31 January, and a complaint that goes to stage 2 (driven by the enquiry lifecycle's effects).
//
//   npx tsx examples/clocks.ts
import { dayOfWeek } from "council-contact/calendar";
import {
  applyClockEffects,
  type Clock,
  type ClockSet,
  clockStatus,
  dueDate,
  extendClock,
  pauseClock,
  resumeClock,
  startClock,
  stopClock,
} from "council-contact/clocks";
import {
  type ComplaintEvent,
  complaint,
  type Enquiry,
  type EnquiryEvent,
  startEnquiry,
  transition,
} from "council-contact/enquiry";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const show = (date: string | null) => (date === null ? "—" : `${WEEKDAYS[dayOfWeek(date)]} ${date}`);
const days = (n: number) => `${n} working day${n === 1 ? "" : "s"}`;

/** One line of a case file: what happened, and where the clock stood that day. */
function line(what: string, clock: Clock, day: string): void {
  const status = clockStatus(clock, day);
  const counts =
    "workingDaysLeft" in status
      ? `${days(status.workingDaysLeft)} ${status.status === "met" ? "to spare" : "left"}`
      : "workingDaysLate" in status
        ? `${days(status.workingDaysLate)} late`
        : `awaiting ${status.awaiting}: the date if it resumed today`;
  const deadline = status.deadline === "acknowledgement" ? "acknowledge by" : "due";
  console.log(`  ${show(day)}  ${what.padEnd(46)} ${deadline} ${show(status.dueDate)}  ${status.status}, ${counts}`);
}

// 1. FOI (FOIA 2000 s.10): the 20th working day after receipt; a bank holiday anywhere in the UK
// is not a working day; a clarification restarts the count; the public interest test may take
// up to 20 more working days.
console.log("FOI-2025-118: a request for the council's winter gritting contracts\n");
let foi = startClock("foi", "2025-12-09T10:12:00Z");
line("received by web form at 10:12", foi, "2025-12-09");
foi = pauseClock(foi, "2025-12-11");
line("asked the requester which depots they mean", foi, "2025-12-11");
foi = resumeClock(foi, "2025-12-15");
line("clarification received: the count restarts", foi, "2025-12-15");
line("(over Christmas: 25, 26 Dec, 1 and 2 Jan off)", foi, "2026-01-05");
foi = extendClock(foi, "2026-01-14", { by: 20 });
line("public interest extension, 20 working days", foi, "2026-01-14");
foi = stopClock(foi, "2026-02-12");
line("response sent, information part-disclosed", foi, "2026-02-12");

// 2. SAR (UK GDPR Art. 12(3), the ICO's method): the same date next month, or its last day if
// there is none; a weekend or bank holiday moves to the next working day; an extension makes it
// three months from the start.
console.log("\nSAR-12: a subject access request received on 31 January\n");
const sar = startClock("sar", "2025-01-31");
line("received, identity already verified", sar, "2025-01-31");
console.log(
  `  one month from 31 Jan 2025 is ${show(dueDate(sar))}; in a leap year, ${show(dueDate(startClock("sar", "2024-01-31")))}`,
);
const extended = extendClock(sar, "2025-02-10");
line("complex request: extended by two months", extended, "2025-02-10");
const awaitingId = startClock("sar", "2025-01-31", { awaiting: "identity" });
line("(had it waited for identity)", awaitingId, "2025-01-31");
line("(identity received 3 Feb: the month starts)", resumeClock(awaitingId, "2025-02-03"), "2025-02-03");

// 3. A complaint under the Complaint Handling Code, run through the enquiry lifecycle: each
// transition's effects are applied to the case's clocks. Acknowledge within 5 working days;
// respond within 10 (stage 1) or 20 (stage 2) working days of acknowledging.
console.log("\nC-301: a complaint about a missed assisted bin collection, escalated to stage 2\n");
const events: [EnquiryEvent<ComplaintEvent>, string][] = [
  [{ type: "receive", at: "2025-06-02T09:00:00+01:00", id: "C-301" }, "complaint received"],
  [{ type: "acknowledge", at: "2025-06-03T09:00:00+01:00", handler: "amira" }, "acknowledged, Amira investigates"],
  [{ type: "respond-not-upheld", at: "2025-06-13T16:00:00+01:00" }, "stage 1 response: not upheld"],
  [{ type: "escalate", at: "2025-06-20T11:00:00+01:00" }, "complainant escalates to stage 2"],
  [{ type: "acknowledge", at: "2025-06-23T09:00:00+01:00", handler: "chen" }, "acknowledged, Chen reviews"],
  [{ type: "extend", at: "2025-07-10T09:00:00+01:00" }, "extended by 20 working days"],
  [{ type: "respond-upheld", at: "2025-08-15T15:00:00+01:00" }, "stage 2 response: upheld"],
];
let enquiry: Enquiry | undefined;
let clocks: ClockSet = {};
for (const [event, what] of events) {
  const result = enquiry === undefined ? startEnquiry(complaint, event) : transition(complaint, enquiry, event);
  if (!result.ok) throw new Error(result.error.message);
  enquiry = result.state;
  clocks = applyClockEffects(clocks, result.effects);
  const stage = clocks["complaint-stage-2"] ?? clocks["complaint-stage-1"]!;
  line(what, stage, String(event.at).slice(0, 10));
}
