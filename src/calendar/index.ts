/**
 * The UK calendar: bank holidays computed by rule for each division (and the UK-wide union FOIA
 * counts), working-day arithmetic over a precomputed index, Europe/London calendar days of
 * instants, and the small ISO-day primitives the other modules build on.
 *
 * @module calendar
 */

export { londonDayNumber, SUPPORTED_YEARS } from "../core/index.js";
export { addCalendarDays } from "./addCalendarDays.js";
export { addCalendarMonths } from "./addCalendarMonths.js";
export { addWorkingDays } from "./addWorkingDays.js";
export type { BankHoliday } from "./BankHoliday.js";
export type { BankHolidayRule, HolidayKey, RuleDate } from "./bankHolidayRules.js";
export { BANK_HOLIDAY_RULES } from "./bankHolidayRules.js";
export type { BankHolidaysOptions } from "./bankHolidays.js";
export { bankHolidays } from "./bankHolidays.js";
export type { Division, GovUkDivision } from "./Division.js";
export { DIVISIONS, GOV_UK_DIVISIONS } from "./Division.js";
export { dateOfDayNumber, dayNumber } from "./dayNumber.js";
export { dayOfWeek } from "./dayOfWeek.js";
export { easterSunday } from "./easterSunday.js";
export { isValidDate } from "./isValidDate.js";
export { isWorkingDay } from "./isWorkingDay.js";
export { londonDay } from "./londonDay.js";
export { nextWorkingDay } from "./nextWorkingDay.js";
export { previousWorkingDay } from "./previousWorkingDay.js";
export type { Proclamation } from "./proclamations.js";
export { PROCLAMATIONS } from "./proclamations.js";
export type { WorkingDayOptions } from "./WorkingDayOptions.js";
export type { Closure, WorkingCalendar, WorkingCalendarOptions } from "./workingCalendar.js";
export { workingCalendar } from "./workingCalendar.js";
export { workingDaysBetween } from "./workingDaysBetween.js";
