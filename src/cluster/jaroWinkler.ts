import { rangeError } from "../core/index.js";

/**
 * The Jaro–Winkler similarity of two strings, from 0 (nothing in common) to 1 (the same): Jaro's count of
 * matching characters within a window and of transpositions, raised by Winkler's bonus for a common prefix
 * (scale p = 0.1 over at most 4 characters). Compare names after {@link normaliseName}; the comparison is
 * case-sensitive and counts UTF-16 code units.
 *
 * jaro = (m / |a| + m / |b| + (m − t) / m) / 3, where m characters match within ⌊max(|a|, |b|) / 2⌋ − 1
 * places and t is half the matched characters out of order; jaroWinkler = jaro + ℓ · p · (1 − jaro),
 * where ℓ is the common prefix up to 4.
 *
 * @param a - a string.
 * @param b - another string.
 * @returns the similarity in [0, 1]; two empty strings are 1.
 * @throws {RangeError} if either argument is not a string.
 * @example
 * ```ts
 * import { jaroWinkler } from "council-contact/cluster";
 * jaroWinkler("MARTHA", "MARHTA") //=> ≈ 0.961
 * jaroWinkler("DWAYNE", "DUANE") //=> ≈ 0.84
 * jaroWinkler("DIXON", "DICKSONX") //=> ≈ 0.813
 * jaroWinkler("smith", "smith") //=> 1
 * ```
 */
export function jaroWinkler(a: string, b: string): number {
  if (typeof a !== "string") throw rangeError("a", "a string", a);
  if (typeof b !== "string") throw rangeError("b", "a string", b);
  // Jaro's greedy matching reads the strings in order; taking them in a fixed order makes the measure symmetric.
  if (a > b) [a, b] = [b, a];
  const jaro = jaroSimilarity(a, b);
  let prefix = 0;
  const limit = Math.min(4, a.length, b.length);
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

function jaroSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  // Strings of up to 31 characters (every name) mark their matched characters in the bits of an integer,
  // which saves allocating two arrays on every comparison.
  if (a.length <= 31 && b.length <= 31) return jaroOfShort(a, b);
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Uint8Array(a.length);
  const bMatched = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] === 0 && a.charCodeAt(i) === b.charCodeAt(j)) {
        aMatched[i] = 1;
        bMatched[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let outOfOrder = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    if (aMatched[i] === 0) continue;
    while (bMatched[j] === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) outOfOrder++;
    j++;
  }
  return jaroOf(matches, outOfOrder / 2, a.length, b.length);
}

/** The same computation as above, with the matched flags as bits. */
function jaroOfShort(a: string, b: string): number {
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  let aMatched = 0;
  let bMatched = 0;
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    const code = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if ((bMatched & (1 << j)) === 0 && code === b.charCodeAt(j)) {
        aMatched |= 1 << i;
        bMatched |= 1 << j;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let outOfOrder = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    if ((aMatched & (1 << i)) === 0) continue;
    while ((bMatched & (1 << j)) === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) outOfOrder++;
    j++;
  }
  return jaroOf(matches, outOfOrder / 2, a.length, b.length);
}

function jaroOf(matches: number, transpositions: number, aLength: number, bLength: number): number {
  return (matches / aLength + matches / bLength + (matches - transpositions) / matches) / 3;
}
