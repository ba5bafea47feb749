import { parseDay } from "../core/index.js";

/**
 * Whether `text` is a calendar day written `YYYY-MM-DD` that exists. Never throws.
 *
 * @param text - anything.
 * @returns `true` for a real ISO day (`2024-02-29`), `false` for anything else (`2023-02-29`,
 * `2024-13-01`, `2024-1-5`, a `Date`, a number).
 *
 * @example
 * ```ts
 * import { isValidDate } from "council-contact/calendar";
 * isValidDate("2024-02-29") //=> true
 * isValidDate("2023-02-29") //=> false
 * isValidDate("2024-13-01") //=> false
 * isValidDate("2024-1-5") //=> false
 * ```
 */
export function isValidDate(text: unknown): text is string {
  const day = parseDay(text);
  return !Number.isNaN(day);
}
