import type { Division } from "../calendar/index.js";
import type { ClockUnit, PauseEffect, PauseReason, StatutoryRegime } from "./Regime.js";

/**
 * How a regime's clock counts, as data: the unit and limit, how far it may be extended, whose
 * bank holidays it skips, which pauses its law allows and what each does, and the source.
 *
 * @example
 * ```ts
 * import { STATUTORY_REGIMES } from "council-contact/clocks";
 * import type { RegimeRule } from "council-contact/clocks";
 * const eir: RegimeRule = STATUTORY_REGIMES.eir;
 * eir.limit + eir.maxExtension //=> 40
 * ```
 */
export interface RegimeRule {
  /** The regime in words. */
  readonly title: string;
  /** What the limit counts. */
  readonly unit: ClockUnit;
  /** The time allowed: working days, calendar days, calendar months or hours. */
  readonly limit: number;
  /** The most the clock may be extended by, in total, in the same unit; 0 when it cannot be. */
  readonly maxExtension: number;
  /** The division the law fixes, or `null` when the council chooses (with a default). */
  readonly division: Division | null;
  /** Whether the council's own closure days are non-working days for this clock. */
  readonly closures: boolean;
  /** Working days allowed to acknowledge, after which the response limit runs; `null` when there is no acknowledgement step. */
  readonly acknowledgeWithin: number | null;
  /** The pauses the regime allows, and what resuming after each does to the count. */
  readonly pauses: Readonly<Partial<Record<PauseReason, PauseEffect>>>;
  /** The reason `pauseClock` records when none is given. */
  readonly defaultPause: PauseReason;
  /** Where the rule comes from. */
  readonly source: string;
}

/**
 * The built-in regimes' rules, each with its source:
 *
 * | regime | time allowed | extension | working days | pauses |
 * |---|---|---|---|---|
 * | `foi` | 20th working day after receipt | public interest: up to 20 more | a bank holiday anywhere in the UK | clarification restarts; a fees notice disregards its days |
 * | `foisa` | 20th working day after receipt | none | Scotland's | clarification restarts |
 * | `eir` | 20th working day after receipt | complex and voluminous: up to 40 in all | a bank holiday anywhere in the UK | clarification restarts |
 * | `sar` | one calendar month, the ICO's way | two further months | the council's division | identity and fee restart; clarification disregards its days |
 * | `complaint-stage-1` | acknowledge in 5, respond 10 working days after acknowledging | up to 10 | the council's division | suspend |
 * | `complaint-stage-2` | acknowledge in 5, respond 20 working days after acknowledging | up to 20 | the council's division | suspend |
 *
 * @example
 * ```ts
 * import { STATUTORY_REGIMES } from "council-contact/clocks";
 * STATUTORY_REGIMES.foi.division //=> "united-kingdom"
 * STATUTORY_REGIMES.foisa.maxExtension //=> 0
 * STATUTORY_REGIMES.sar.pauses //=> { identity: "restart", fee: "restart", clarification: "disregard" }
 * ```
 */
export const STATUTORY_REGIMES: Readonly<Record<StatutoryRegime, RegimeRule>> = Object.freeze({
  foi: {
    title: "Freedom of Information Act 2000",
    unit: "working-days",
    limit: 20,
    maxExtension: 20,
    division: "united-kingdom",
    closures: false,
    acknowledgeWithin: null,
    pauses: { clarification: "restart", fee: "disregard" },
    defaultPause: "clarification",
    source:
      "FOIA 2000 s.10(1) (the twentieth working day following the date of receipt), s.10(6) (working day: not a bank holiday in any part of the UK), s.10(2) (fees notice), s.1(3) (clarification), s.10(3) (public interest: the ICO expects no more than 20 further working days); ICO: day 1 is the first working day after receipt",
  },
  foisa: {
    title: "Freedom of Information (Scotland) Act 2002",
    unit: "working-days",
    limit: 20,
    maxExtension: 0,
    division: "scotland",
    closures: false,
    acknowledgeWithin: null,
    pauses: { clarification: "restart" },
    defaultPause: "clarification",
    source:
      "FOISA 2002 s.10(1) (twentieth working day), s.1(3) (clarification), s.73 (working day: Scottish bank holidays); no public interest extension (mySociety 2023)",
  },
  eir: {
    title: "Environmental Information Regulations 2004",
    unit: "working-days",
    limit: 20,
    maxExtension: 20,
    division: "united-kingdom",
    closures: false,
    acknowledgeWithin: null,
    pauses: { clarification: "restart" },
    defaultPause: "clarification",
    source:
      "EIR 2004 reg 5(2) (no later than 20 working days after receipt), reg 7(1) (40 where complexity and volume require), reg 2(1) (working day as FOIA); ICO, time limits for compliance under the EIR (day 1 is the first working day after receipt)",
  },
  sar: {
    title: "UK GDPR subject access request",
    unit: "calendar-months",
    limit: 1,
    maxExtension: 2,
    division: null,
    closures: false,
    acknowledgeWithin: null,
    pauses: { identity: "restart", fee: "restart", clarification: "disregard" },
    defaultPause: "clarification",
    source:
      "UK GDPR Art. 12(3) (one month, extendable by two further months); ICO right of access guidance (day 1 is the day of receipt; the same date next month, or its last day; a weekend or public holiday moves to the next working day; the extension is three months from the start; the clock starts on receipt of identity or fee); DPA 2018 s.54(3C) and UK GDPR Art. 12A (the days from asking for clarification to receiving it do not count)",
  },
  "complaint-stage-1": {
    title: "Complaint Handling Code, stage 1",
    unit: "working-days",
    limit: 10,
    maxExtension: 10,
    division: null,
    closures: true,
    acknowledgeWithin: 5,
    pauses: { clarification: "suspend", other: "suspend" },
    defaultPause: "other",
    source:
      "Housing Ombudsman Complaint Handling Code 2024 and LGSCO Complaint Handling Code 2024, provisions 6.2 (acknowledge within 5 working days), 6.3 (respond within 10 working days of acknowledgement), 6.4 (extension of no more than 10 working days)",
  },
  "complaint-stage-2": {
    title: "Complaint Handling Code, stage 2",
    unit: "working-days",
    limit: 20,
    maxExtension: 20,
    division: null,
    closures: true,
    acknowledgeWithin: 5,
    pauses: { clarification: "suspend", other: "suspend" },
    defaultPause: "other",
    source:
      "Housing Ombudsman Complaint Handling Code 2024 provisions 6.11 (acknowledge within 5 working days of the escalation request), 6.13, and the stage 2 response within 20 working days of acknowledgement, extendable by no more than 20; LGSCO Complaint Handling Code 2024 (the same stage 2 times)",
  },
} as const satisfies Record<StatutoryRegime, RegimeRule>);
