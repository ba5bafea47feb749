import type { GovUkDivision } from "./Division.js";

/**
 * One bank holiday as `bankHolidays` returns it.
 *
 * @example
 * ```ts
 * import { bankHolidays, type BankHoliday } from "council-contact/calendar";
 * const [first]: BankHoliday[] = bankHolidays("scotland", { from: "2027-01-01", to: "2027-01-04" });
 * first //=> { date: "2027-01-01", title: "New Year’s Day", substitute: false, divisions: ["england-and-wales", "scotland", "northern-ireland"] }
 * ```
 */
export interface BankHoliday {
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  /** The title as GOV.UK writes it (`New Year’s Day`, `Boxing Day`). */
  readonly title: string;
  /** `true` for a substitute day: a weekday standing in for a holiday that fell at a weekend. */
  readonly substitute: boolean;
  /** Every division in which this day is a bank holiday, in GOV.UK's order. */
  readonly divisions: readonly GovUkDivision[];
}
