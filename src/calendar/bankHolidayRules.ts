import type { GovUkDivision } from "./Division.js";

/**
 * The name of a recurring bank holiday, the same in every division that has it.
 *
 * @example
 * ```ts
 * import type { HolidayKey } from "council-contact/calendar";
 * const key: HolidayKey = "st-andrews-day";
 * key //=> "st-andrews-day"
 * ```
 */
export type HolidayKey =
  | "new-years-day"
  | "second-january"
  | "st-patricks-day"
  | "good-friday"
  | "easter-monday"
  | "early-may"
  | "spring"
  | "battle-of-the-boyne"
  | "summer"
  | "st-andrews-day"
  | "christmas-day"
  | "boxing-day";

/**
 * When a recurring bank holiday falls, as data:
 * - `fixed`: the same date every year; on a Saturday or Sunday it moves to the next weekday that
 *   is not already a bank holiday (a *substitute day*);
 * - `easter`: a number of days from Easter Sunday (−2 is Good Friday, +1 Easter Monday);
 * - `monday`: the first or last Monday of a month;
 * - `after`: its own date if that is a free weekday after another holiday as observed, otherwise
 *   the first free weekday after both (Scotland's 2 January, which follows New Year's Day and its
 *   substitute, as GOV.UK labels them).
 *
 * @example
 * ```ts
 * import type { RuleDate } from "council-contact/calendar";
 * const lastMondayOfMay: RuleDate = { kind: "monday", month: 5, which: "last" };
 * lastMondayOfMay.which //=> "last"
 * ```
 */
export type RuleDate =
  | {
      /** The same date every year, with a substitute weekday when it falls at a weekend. */
      readonly kind: "fixed";
      /** Month, 1–12. */
      readonly month: number;
      /** Day of the month. */
      readonly day: number;
    }
  | {
      /** Days from Easter Sunday. */
      readonly kind: "easter";
      /** −2 for Good Friday, +1 for Easter Monday. */
      readonly offset: number;
    }
  | {
      /** The first or last Monday of a month. */
      readonly kind: "monday";
      /** Month, 1–12. */
      readonly month: number;
      /** Which Monday. */
      readonly which: "first" | "last";
    }
  | {
      /** A date of its own, but never before the day after another holiday as observed. */
      readonly kind: "after";
      /** The holiday it follows. */
      readonly holiday: HolidayKey;
      /** Month, 1–12. */
      readonly month: number;
      /** Day of the month. */
      readonly day: number;
    };

/**
 * One recurring bank holiday: its GOV.UK title, the divisions that have it, when it falls, and the
 * law or practice behind it.
 *
 * @example
 * ```ts
 * import { BANK_HOLIDAY_RULES } from "council-contact/calendar";
 * const rule = BANK_HOLIDAY_RULES.find((r) => r.holiday === "st-andrews-day")!;
 * rule.fromYear //=> 2007
 * ```
 */
export interface BankHolidayRule {
  /** Which holiday. */
  readonly holiday: HolidayKey;
  /** The title exactly as GOV.UK writes it (curly apostrophes). */
  readonly title: string;
  /** The divisions where this rule makes a bank holiday. */
  readonly divisions: readonly GovUkDivision[];
  /** When it falls. */
  readonly date: RuleDate;
  /** The first year it applies, where it is newer than the supported years. */
  readonly fromYear?: number;
  /** The statute, proclamation practice or custom behind it. */
  readonly source: string;
}

const ALL = ["england-and-wales", "scotland", "northern-ireland"] as const;
const BFDA = "Banking and Financial Dealings Act 1971, Sch. 1 (legislation.gov.uk/ukpga/1971/80/schedule/1)";
const PROCLAIMED =
  "appointed by royal proclamation every year under BFDA 1971 s.1(3) (e.g. London Gazette notice 4631404 for 2025)";

const rules = [
  {
    holiday: "new-years-day",
    title: "New Year’s Day",
    divisions: ALL,
    date: { kind: "fixed", month: 1, day: 1 },
    source: `Scotland: ${BFDA} para 2; England, Wales and Northern Ireland: ${PROCLAIMED}, since 1974`,
  },
  {
    holiday: "second-january",
    title: "2nd January",
    divisions: ["scotland"],
    date: { kind: "after", holiday: "new-years-day", month: 1, day: 2 },
    source: `${BFDA} para 2; GOV.UK labels the first free weekday after New Year’s Day (as observed) "2nd January"`,
  },
  {
    holiday: "st-patricks-day",
    title: "St Patrick’s Day",
    divisions: ["northern-ireland"],
    date: { kind: "fixed", month: 3, day: 17 },
    source: `${BFDA} para 3`,
  },
  {
    holiday: "good-friday",
    title: "Good Friday",
    divisions: ALL,
    date: { kind: "easter", offset: -2 },
    source: `Scotland: ${BFDA} para 2; England, Wales and Northern Ireland: a common law holiday (named beside bank holidays in FOIA 2000 s.10(6))`,
  },
  {
    holiday: "easter-monday",
    title: "Easter Monday",
    divisions: ["england-and-wales", "northern-ireland"],
    date: { kind: "easter", offset: 1 },
    source: `${BFDA} paras 1 and 3; not a bank holiday in Scotland`,
  },
  {
    holiday: "early-may",
    title: "Early May bank holiday",
    divisions: ALL,
    date: { kind: "monday", month: 5, which: "first" },
    source: `Scotland: ${BFDA} para 2; England, Wales and Northern Ireland: ${PROCLAIMED}, since 1978`,
  },
  {
    holiday: "spring",
    title: "Spring bank holiday",
    divisions: ALL,
    date: { kind: "monday", month: 5, which: "last" },
    source: `England, Wales and Northern Ireland: ${BFDA} paras 1 and 3; Scotland: proclaimed every year since 1978`,
  },
  {
    holiday: "battle-of-the-boyne",
    title: "Battle of the Boyne (Orangemen’s Day)",
    divisions: ["northern-ireland"],
    date: { kind: "fixed", month: 7, day: 12 },
    source: `Northern Ireland: ${PROCLAIMED} (12 July, or the Monday after at a weekend)`,
  },
  {
    holiday: "summer",
    title: "Summer bank holiday",
    divisions: ["scotland"],
    date: { kind: "monday", month: 8, which: "first" },
    source: `${BFDA} para 2 (the first Monday in August)`,
  },
  {
    holiday: "summer",
    title: "Summer bank holiday",
    divisions: ["england-and-wales", "northern-ireland"],
    date: { kind: "monday", month: 8, which: "last" },
    source: `${BFDA} paras 1 and 3 (the last Monday in August)`,
  },
  {
    holiday: "st-andrews-day",
    title: "St Andrew’s Day",
    divisions: ["scotland"],
    date: { kind: "fixed", month: 11, day: 30 },
    fromYear: 2007,
    source:
      "St Andrew’s Day Bank Holiday (Scotland) Act 2007 (asp 2) s.1, in force 16 January 2007: 30 November, or the first Monday after it at a weekend",
  },
  {
    holiday: "christmas-day",
    title: "Christmas Day",
    divisions: ALL,
    date: { kind: "fixed", month: 12, day: 25 },
    source: `Scotland: ${BFDA} para 2; England, Wales and Northern Ireland: a common law holiday, with 27 December a bank holiday when 25 or 26 December is a Sunday (paras 1 and 3)`,
  },
  {
    holiday: "boxing-day",
    title: "Boxing Day",
    divisions: ALL,
    date: { kind: "fixed", month: 12, day: 26 },
    source: `England, Wales and Northern Ireland: ${BFDA} paras 1 and 3; Scotland: proclaimed every year since 1974`,
  },
] as const satisfies readonly BankHolidayRule[];

/**
 * The recurring UK bank holidays, by rule, for England and Wales, Scotland and Northern Ireland,
 * with GOV.UK's titles. One-off changes are in {@link PROCLAMATIONS}. A fixed-date holiday that
 * falls at a weekend moves to the next weekday that is not already a holiday: the Act does this for
 * Sundays and annual proclamations do it for Saturdays.
 *
 * @example
 * ```ts
 * import { BANK_HOLIDAY_RULES } from "council-contact/calendar";
 * BANK_HOLIDAY_RULES.filter((r) => r.divisions.includes("scotland")).length //=> 9
 * BANK_HOLIDAY_RULES.find((r) => r.holiday === "easter-monday")!.divisions //=> ["england-and-wales", "northern-ireland"]
 * ```
 */
export const BANK_HOLIDAY_RULES: readonly BankHolidayRule[] = Object.freeze(
  rules.map((rule) =>
    Object.freeze({ ...rule, divisions: Object.freeze([...rule.divisions]), date: Object.freeze({ ...rule.date }) }),
  ),
);
