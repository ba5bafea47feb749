import { messages } from "../core/index.js";
import { type BlockingKeyPart, type BlockingRule, partValue } from "./blockingRules.js";
import type { PreparedRecord } from "./prepareRecord.js";

/** The pairs the blocking rules generate: record indexes with left < right, and a bit per rule that generated the pair. */
export interface CandidatePairs {
  readonly left: Uint32Array;
  readonly right: Uint32Array;
  readonly rules: Uint32Array;
}

type ValuePart = Exclude<BlockingKeyPart, "references">;

/**
 * Every pair of records in one scope that agree on a blocking rule, each once, sorted by (left, right).
 * With `isNew`, only the pairs that involve a new record.
 *
 * Blocks are found without building a key string per record: each record's key is hashed (FNV-1a over the
 * scope and the parts), the (hash, entry) codes are sorted as numbers, and records with equal hashes are
 * checked part by part, so a hash collision never makes a block.
 */
export function candidatePairs(
  records: readonly PreparedRecord[],
  scopes: readonly string[],
  rules: readonly BlockingRule[],
  maxPairs: number,
  isNew?: Uint8Array,
): CandidatePairs {
  const n = records.length;
  const found = new PairCodes(n, maxPairs);
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k]!;
    const parts = rule.filter((part): part is ValuePart => part !== "references");
    const byReference = rule.includes("references");
    // One entry per record (per reference, for a rule on references) that has every part.
    const entryRecord: number[] = [];
    const entryReference: string[] = [];
    const entryHash: number[] = [];
    for (let i = 0; i < n; i++) {
      const record = records[i]!;
      let hash = hashText(0x811c9dc5, scopes[i]!);
      let complete = true;
      for (const part of parts) {
        const value = partValue(part, record);
        if (value === "") {
          complete = false;
          break;
        }
        hash = hashText(hash, value);
      }
      if (!complete) continue;
      if (!byReference) {
        entryRecord.push(i);
        entryReference.push("");
        entryHash.push(hash);
      } else
        for (const reference of record.references) {
          entryRecord.push(i);
          entryReference.push(reference);
          entryHash.push(hashText(hash, reference));
        }
    }
    const entries = entryRecord.length;
    const indexBits = Math.max(1, Math.ceil(Math.log2(entries + 1)));
    const hashScale = 2 ** Math.min(32, 53 - indexBits);
    const codes = new Float64Array(entries);
    for (let e = 0; e < entries; e++)
      codes[e] = Math.floor((entryHash[e]! / 4_294_967_296) * hashScale) * 2 ** indexBits + e;
    codes.sort();
    const indexScale = 2 ** indexBits;
    const sameKey = (e: number, f: number): boolean => {
      const a = entryRecord[e]!;
      const b = entryRecord[f]!;
      if (scopes[a] !== scopes[b] || entryReference[e] !== entryReference[f]) return false;
      for (const part of parts) if (partValue(part, records[a]!) !== partValue(part, records[b]!)) return false;
      return true;
    };
    let start = 0;
    while (start < entries) {
      const hash = Math.floor(codes[start]! / indexScale);
      let end = start + 1;
      while (end < entries && Math.floor(codes[end]! / indexScale) === hash) end++;
      if (end - start > 1) {
        const run: number[] = [];
        for (let c = start; c < end; c++) run.push(codes[c]! - hash * indexScale);
        pairBlocks(run, sameKey, (e, f) => found.add(entryRecord[e]!, entryRecord[f]!, k, isNew));
      }
      start = end;
    }
  }
  return found.result();
}

/** Splits a run of equal hashes into blocks of equal keys, and reports every pair within each block. */
function pairBlocks(
  run: number[],
  sameKey: (e: number, f: number) => boolean,
  pair: (e: number, f: number) => void,
): void {
  while (run.length > 1) {
    const first = run[0]!;
    const block = [first];
    const rest: number[] = [];
    for (let r = 1; r < run.length; r++) (sameKey(first, run[r]!) ? block : rest).push(run[r]!);
    for (let a = 0; a < block.length; a++) for (let b = a + 1; b < block.length; b++) pair(block[a]!, block[b]!);
    run = rest;
  }
}

/** FNV-1a over the UTF-16 code units of `text`, then a separator. */
function hashText(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return Math.imul(hash ^ 0xffff, 0x01000193) >>> 0;
}

/** The pairs found, as (left · n + right) · 32 + rule codes, merged into one entry per pair at the end. */
class PairCodes {
  private codes = new Float64Array(1024);
  private size = 0;
  constructor(
    private readonly n: number,
    private readonly maxPairs: number,
  ) {}

  add(i: number, j: number, rule: number, isNew: Uint8Array | undefined): void {
    if (i === j || (isNew !== undefined && isNew[i] === 0 && isNew[j] === 0)) return;
    if (this.size === this.codes.length) {
      if (this.size >= this.maxPairs * 2)
        throw new RangeError(messages.tooMuchWork("comparing the pairs the blocking rules generate", this.maxPairs));
      const grown = new Float64Array(this.size * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.size++] = (Math.min(i, j) * this.n + Math.max(i, j)) * 32 + rule;
  }

  result(): CandidatePairs {
    const sorted = this.codes.subarray(0, this.size).sort();
    const left = new Uint32Array(this.size);
    const right = new Uint32Array(this.size);
    const masks = new Uint32Array(this.size);
    let count = 0;
    let last = -1;
    for (let p = 0; p < this.size; p++) {
      const code = sorted[p]!;
      const pair = Math.floor(code / 32);
      const rule = code - pair * 32;
      if (pair === last) {
        masks[count - 1]! |= 1 << rule;
        continue;
      }
      last = pair;
      left[count] = Math.floor(pair / this.n);
      right[count] = pair % this.n;
      masks[count] = 1 << rule;
      count++;
    }
    if (count > this.maxPairs)
      throw new RangeError(messages.tooMuchWork("comparing the pairs the blocking rules generate", this.maxPairs));
    return { left: left.slice(0, count), right: right.slice(0, count), rules: masks.slice(0, count) };
  }
}
