// Private: the bank holidays of every supported year, computed once per division from
// BANK_HOLIDAY_RULES and PROCLAMATIONS. The tables are immutable and derived from constants, so
// memoising them is not observable.

import { daysFromCivil, daysInMonth, parseDay, SUPPORTED_YEARS, weekdayOf } from "../core/index.js";
import type { BankHoliday } from "./BankHoliday.js";
import { BANK_HOLIDAY_RULES, type BankHolidayRule, type HolidayKey, type RuleDate } from "./bankHolidayRules.js";
import { type Division, GOV_UK_DIVISIONS, type GovUkDivision } from "./Division.js";
import { easterDayNumber } from "./easterSunday.js";
import { formatDay } from "./formatDay.js";
import { PROCLAMATIONS, type Proclamation } from "./proclamations.js";

/** A division's holidays over all supported years, sorted, with their day numbers beside them. */
export interface HolidayTable {
  readonly days: Int32Array;
  readonly holidays: readonly BankHoliday[];
}

interface Placed {
  readonly day: number;
  readonly title: string;
  readonly substitute: boolean;
}

const isWeekend = (day: number): boolean => {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
};

function nominalDay(date: RuleDate, year: number): number {
  switch (date.kind) {
    case "fixed":
    case "after":
      return daysFromCivil(year, date.month, date.day);
    case "easter":
      return easterDayNumber(year) + date.offset;
    case "monday": {
      if (date.which === "first") {
        const first = daysFromCivil(year, date.month, 1);
        return first + ((8 - weekdayOf(first)) % 7);
      }
      const last = daysFromCivil(year, date.month, daysInMonth(year, date.month));
      return last - ((weekdayOf(last) + 6) % 7);
    }
    default: {
      const unknown: never = date;
      throw new Error(`unknown rule date ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * The holidays of one division in one year. Holidays on a fixed weekday (Easter, Mondays) and
 * proclaimed days are placed first; fixed-date holidays on a weekday keep their date; those at a
 * weekend then move, in date order, to the next weekday not already a holiday (so when Christmas
 * is a Sunday, Boxing Day keeps Monday 26th and Christmas moves to Tuesday 27th); an `after`
 * holiday comes last, never before the day after the holiday it follows.
 */
function holidaysInYear(division: GovUkDivision, year: number): Placed[] {
  const rules = BANK_HOLIDAY_RULES.filter(
    (rule) => rule.divisions.includes(division) && year >= (rule.fromYear ?? year),
  );
  const proclaimed = PROCLAMATIONS.filter(
    (p) =>
      p.divisions.includes(division) && (p.kind === "no-substitute" ? p.year : Number(p.date.slice(0, 4))) === year,
  );
  const moved = (holiday: HolidayKey) =>
    proclaimed.find((p): p is Extract<Proclamation, { kind: "moved" }> => p.kind === "moved" && p.holiday === holiday);
  const noSubstitute = (holiday: HolidayKey) =>
    proclaimed.some((p) => p.kind === "no-substitute" && p.holiday === holiday);

  const taken = new Map<number, Placed>();
  const observed = new Map<HolidayKey, number>();
  const place = (holiday: HolidayKey | undefined, day: number, title: string, substitute: boolean) => {
    if (taken.has(day)) throw new Error(`two bank holidays on ${formatDay(day)} in ${division}`);
    taken.set(day, { day, title, substitute });
    if (holiday) observed.set(holiday, day);
  };
  const nextFree = (day: number) => {
    while (isWeekend(day) || taken.has(day)) day += 1;
    return day;
  };

  const waiting: { rule: BankHolidayRule; nominal: number }[] = [];
  for (const rule of rules) {
    const move = moved(rule.holiday);
    if (move) place(rule.holiday, parseDay(move.date), move.title ?? rule.title, false);
    else if (rule.date.kind === "easter" || rule.date.kind === "monday") {
      place(rule.holiday, nominalDay(rule.date, year), rule.title, false);
    } else waiting.push({ rule, nominal: nominalDay(rule.date, year) });
  }
  for (const p of proclaimed) if (p.kind === "additional") place(undefined, parseDay(p.date), p.title, false);

  const fixed = waiting.filter(({ rule }) => rule.date.kind === "fixed");
  const after = waiting.filter(({ rule }) => rule.date.kind === "after");
  const atWeekend = fixed.filter(({ nominal }) => isWeekend(nominal) || taken.has(nominal));
  for (const { rule, nominal } of fixed)
    if (!atWeekend.some((w) => w.rule === rule)) place(rule.holiday, nominal, rule.title, false);
  for (const { rule, nominal } of [...atWeekend, ...after]) {
    const follows = rule.date.kind === "after" ? (observed.get(rule.date.holiday) ?? nominal - 1) + 1 : nominal;
    const earliest = Math.max(nominal, follows);
    if (noSubstitute(rule.holiday) && isWeekend(nominal)) {
      observed.set(rule.holiday, nominal); // a bank holiday on a weekend day: not listed
      continue;
    }
    const day = nextFree(earliest);
    place(rule.holiday, day, rule.title, day !== nominal);
  }
  return [...taken.values()].sort((a, b) => a.day - b.day);
}

const tables = new Map<Division, HolidayTable>();

function buildGovUkTables(): void {
  const perDivision = GOV_UK_DIVISIONS.map((division) => {
    const placed: Placed[] = [];
    for (let year = SUPPORTED_YEARS.from; year <= SUPPORTED_YEARS.to; year++)
      placed.push(...holidaysInYear(division, year));
    return placed;
  });
  const byDay = new Map<number, { placed: Placed; divisions: GovUkDivision[] }>();
  perDivision.forEach((placed, i) => {
    for (const holiday of placed) {
      const entry = byDay.get(holiday.day);
      if (entry) entry.divisions.push(GOV_UK_DIVISIONS[i]!);
      else byDay.set(holiday.day, { placed: holiday, divisions: [GOV_UK_DIVISIONS[i]!] });
    }
  });
  const toHoliday = (placed: Placed): BankHoliday =>
    Object.freeze({
      date: formatDay(placed.day),
      title: placed.title,
      substitute: placed.substitute,
      divisions: Object.freeze(byDay.get(placed.day)!.divisions),
    });
  const table = (placed: readonly Placed[]): HolidayTable =>
    Object.freeze({ days: Int32Array.from(placed, (p) => p.day), holidays: Object.freeze(placed.map(toHoliday)) });
  GOV_UK_DIVISIONS.forEach((division, i) => {
    tables.set(division, table(perDivision[i]!));
  });
  // The UK-wide union: a day that is a bank holiday anywhere, titled as its first division has it.
  const union = [...byDay.values()].sort((a, b) => a.placed.day - b.placed.day).map((entry) => entry.placed);
  tables.set("united-kingdom", table(union));
}

/** The (memoised) holiday table of a division, `united-kingdom` being the union of the three. */
export function holidayTable(division: Division): HolidayTable {
  if (tables.size === 0) buildGovUkTables();
  return tables.get(division)!;
}
