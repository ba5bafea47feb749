/**
 * Strings interned to small integer keys (positions in `values`), in one `Map`. A released key is given to the next
 * new string, so a stream that releases what it no longer holds keeps its keys, and the engine's tables indexed by
 * them, as small as its window.
 */
export class Dictionary {
  private readonly map = new Map<string, number>();
  /** The string of each key; undefined once released. */
  readonly values: (string | undefined)[] = [];
  private readonly free: number[] = [];

  /** The key of a string, interning it if new; -1 for none. */
  of(value: string | undefined): number {
    if (value === undefined) return -1;
    let key = this.map.get(value);
    if (key === undefined) {
      key = this.free.length > 0 ? this.free.pop()! : this.values.length;
      this.map.set(value, key);
      this.values[key] = value;
    }
    return key;
  }

  /** Forgets the string of a key; the key may be given to a new string. */
  release(key: number): void {
    this.map.delete(this.values[key]!);
    this.values[key] = undefined;
    this.free.push(key);
  }

  /** How many strings are interned. */
  get size(): number {
    return this.map.size;
  }
}
