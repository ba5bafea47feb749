export /** A copy of `array` with room for `needed` entries (at least twice as many), the new entries `fill`. */
function grow(array: Int32Array, needed: number, fill: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(needed, 2 * array.length));
  next.set(array);
  if (fill !== 0) next.fill(fill, array.length);
  return next;
}
