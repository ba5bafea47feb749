/** Words per key record: hash, length, a payload for the caller, then up to 26 characters packed two to a word. */
const STRIDE = 16;
const INLINE = 2 * (STRIDE - 3);

/**
 * Interns strings (customer ids, UPRNs, enquiry ids) to small integers, in an open-addressing hash table held in
 * typed arrays, with one word of payload per key for the caller. A `Map<string, number>` compares a probe with a
 * key stored elsewhere on the heap, a cache miss per lookup over a history of millions of contacts; here a key's
 * record holds its hash, its first 26 characters and its payload in one 64-byte cache line. Linear probing at load
 * ≤ 1/2; deletion shifts entries back (no tombstones); freed integers are reused.
 */
export class Interner {
  /** Per slot: the key's hash and its id + 1 (0 = empty). */
  private slots: Int32Array;
  private mask: number;
  /** Per id: STRIDE words. */
  private records: Int32Array;
  /** Per id: the key, or undefined once released. */
  readonly keys: (string | undefined)[] = [];
  private readonly free: number[] = [];
  private count = 0;
  /** The key last prepared, its hash, and its first INLINE characters packed two to a word. */
  private prepared: string | undefined = undefined;
  private hash = 0;
  private readonly words = new Int32Array(INLINE / 2);

  /** @param expected - how many keys to make room for before growing. */
  constructor(expected = 512) {
    let capacity = 1024;
    while (capacity < 2 * expected) capacity *= 2;
    this.slots = new Int32Array(2 * capacity);
    this.mask = capacity - 1;
    this.records = new Int32Array(STRIDE * (capacity >> 1));
  }

  /** How many keys are interned. */
  get size(): number {
    return this.count;
  }

  /**
   * Reads a key once: its hash (FNV-1a over its code units two at a time, then MurmurHash3's finaliser) and its
   * first characters packed as they are stored, so that finding and comparing it reads no character again.
   */
  private prepare(key: string): void {
    if (key === this.prepared) return;
    let h = 0x811c9dc5 | 0;
    const words = this.words;
    words.fill(0);
    for (let i = 0; i < key.length; i += 2) {
      const word = key.charCodeAt(i) | (i + 1 < key.length ? key.charCodeAt(i + 1) << 16 : 0);
      if (i < INLINE) words[i >> 1] = word;
      h = Math.imul(h ^ word, 0x01000193);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    this.hash = h ^ (h >>> 16);
    this.prepared = key;
  }

  /** The id of `key`, or -1 if it is not interned. */
  find(key: string): number {
    this.prepare(key);
    const hash = this.hash;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slots[2 * slot + 1]! - 1;
      if (id < 0) return -1;
      if (this.slots[2 * slot] === hash && this.matches(id, key)) return id;
    }
  }

  /** The id of `key`, interning it if new with payload `payload`. */
  intern(key: string, payload: number): number {
    const found = this.find(key);
    if (found >= 0) return found;
    if (2 * (this.count + 1) > this.mask + 1) this.resize(2 * (this.mask + 1));
    const id = this.free.length > 0 ? this.free.pop()! : this.keys.length;
    if (id === this.keys.length) this.keys.push(key);
    else this.keys[id] = key;
    if (STRIDE * (id + 1) > this.records.length) {
      const records = new Int32Array(Math.max(STRIDE * (id + 1), 2 * this.records.length));
      records.set(this.records);
      this.records = records;
    }
    const base = STRIDE * id;
    this.records[base] = this.hash;
    this.records[base + 1] = key.length;
    this.records[base + 2] = payload;
    this.records.set(this.words, base + 3);
    this.place(this.hash, id);
    this.count++;
    return id;
  }

  /** The payload of an id. */
  payload(id: number): number {
    return this.records[STRIDE * id + 2]!;
  }

  setPayload(id: number, value: number): void {
    this.records[STRIDE * id + 2] = value;
  }

  /** Forgets the key with this id; the id may be given to a new key. */
  release(id: number): void {
    const hash = this.records[STRIDE * id]!;
    let slot = hash & this.mask;
    while (this.slots[2 * slot + 1] !== id + 1) slot = (slot + 1) & this.mask;
    // Backward-shift deletion: move later entries of the run into the hole when their home slot allows it.
    for (let next = (slot + 1) & this.mask; this.slots[2 * next + 1] !== 0; next = (next + 1) & this.mask) {
      const home = this.slots[2 * next]! & this.mask;
      if (((next - home) & this.mask) >= ((next - slot) & this.mask)) {
        this.slots[2 * slot] = this.slots[2 * next]!;
        this.slots[2 * slot + 1] = this.slots[2 * next + 1]!;
        slot = next;
      }
    }
    this.slots[2 * slot] = 0;
    this.slots[2 * slot + 1] = 0;
    this.keys[id] = undefined;
    this.free.push(id);
    this.count--;
  }

  private matches(id: number, key: string): boolean {
    const base = STRIDE * id;
    const length = this.records[base + 1]!;
    if (length !== key.length) return false;
    // Past the end both sides pack zeros, so for keys of equal length equal words mean equal keys.
    const words = (Math.min(INLINE, length) + 1) >> 1;
    for (let i = 0; i < words; i++) if (this.records[base + 3 + i] !== this.words[i]) return false;
    return length <= INLINE || this.keys[id] === key;
  }

  private place(hash: number, id: number): void {
    let slot = hash & this.mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id + 1;
  }

  private resize(capacity: number): void {
    this.slots = new Int32Array(2 * capacity);
    this.mask = capacity - 1;
    for (let id = 0; id < this.keys.length; id++) if (this.keys[id] !== undefined) this.place(this.records[STRIDE * id]!, id);
  }
}
