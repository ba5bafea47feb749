import { rangeError } from "../../core/index.js";
/**
 * The tokens the text model reads from a note: lower-cased words of letters and digits (apostrophes dropped, so
 * "don't" is `dont`; every run of digits becomes `#`, so "3 weeks" and "4 weeks" read alike), then every pair of
 * neighbouring words joined by a space (`still not`, `not collected`), which carry most of the meaning in short
 * complaints. Deterministic, locale-independent (ASCII folding of accented Latin letters only).
 *
 * @param text - a contact note in the customer's own words.
 * @returns the words, then the word pairs, in order.
 * @example
 * ```ts
 * import { tokenizeNote } from "council-contact/avoidable";
 * tokenizeNote("Bin STILL not collected, 3rd week!") //=> ["bin", "still", "not", "collected", "#rd", "week", "bin still", "still not", "not collected", "collected #rd", "#rd week"]
 * tokenizeNote("") //=> []
 * ```
 */
export function tokenizeNote(text: string): string[] {
  if (typeof text !== "string") throw rangeError("text", "a string", text);
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.replace(/[0-9]+/g, "#"));
  const tokens = words.slice();
  for (let i = 1; i < words.length; i++) tokens.push(`${words[i - 1]} ${words[i]}`);
  return tokens;
}
