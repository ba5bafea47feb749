import type { Division } from "./Division.js";

/**
 * Options for {@link isWorkingDay}, {@link addWorkingDays}, {@link workingDaysBetween},
 * {@link nextWorkingDay} and {@link previousWorkingDay}. There is no default division: a Scottish
 * council and an FOI clock count different days.
 *
 * @example
 * ```ts
 * import type { WorkingDayOptions } from "council-contact/calendar";
 * const foi: WorkingDayOptions = { division: "united-kingdom" };
 * foi.division //=> "united-kingdom"
 * ```
 */
export interface WorkingDayOptions {
  /** Whose bank holidays are non-working days; `united-kingdom` for a bank holiday anywhere (FOIA, EIR). */
  readonly division: Division;
}
