import { rangeError } from "../core/index.js";
/**
 * A seeded pseudo-random number generator: Chris Doty-Humphrey's sfc32 (Small Fast Counting, 128-bit state,
 * as in PractRand), seeded through splitmix32 so that nearby seeds give unrelated streams. The same seed always
 * gives the same sequence; each call returns the next number in [0, 1). Not for cryptography.
 *
 * @param seed - any safe integer.
 * @returns a function returning the next number in [0, 1) on each call; its state is private to it.
 * @throws {RangeError} if `seed` is not a safe integer.
 * @example
 * ```ts
 * import { sfc32 } from "council-contact/synth";
 * const a = sfc32(42);
 * const b = sfc32(42);
 * a() === b() //=> true
 * a() < 1 //=> true
 * ```
 */
export function sfc32(seed: number): () => number {
  if (!Number.isSafeInteger(seed)) throw rangeError("seed", "a safe integer", seed);
  let state = (seed | 0) ^ Math.floor(seed / 0x1_0000_0000);
  const splitmix = (): number => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
  for (let i = 0; i < 12; i++) next(); // discard the first outputs, as the reference implementation advises
  return next;
}
