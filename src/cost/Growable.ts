/** A typed array that doubles when it is too small (private). */
export class Growable<T extends Float64Array | Int32Array | Uint8Array> {
  constructor(public data: T) {}

  /** Makes room for `size` elements (new ones are 0) and returns the array. */
  ensure(size: number): T {
    if (size > this.data.length) {
      const next = new (this.data.constructor as new (n: number) => T)(Math.max(size, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    return this.data;
  }
}
