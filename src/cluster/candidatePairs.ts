import { messages } from "../core/index.js";
import { type BlockingRule, blockingKeys } from "./blockingRules.js";
import type { PreparedRecord } from "./prepareRecord.js";

/** The pairs the blocking rules generate: record indexes with left < right, and a bit per rule that generated the pair. */
export interface CandidatePairs {
  readonly left: Uint32Array;
  readonly right: Uint32Array;
  readonly rules: Uint32Array;
}

/**
 * Every pair of records in one scope that agree on a blocking rule, each once, sorted by (left, right).
 * With `isNew`, only the pairs that involve a new record.
 */
export function candidatePairs(
  records: readonly PreparedRecord[],
  scopes: readonly string[],
  rules: readonly BlockingRule[],
  maxPairs: number,
  isNew?: Uint8Array,
): CandidatePairs {
  const n = records.length;
  let codes = new Float64Array(1024);
  let size = 0;
  for (let k = 0; k < rules.length; k++) {
    const blocks = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      for (const key of blockingKeys(rules[k]!, records[i]!)) {
        const scoped = `${scopes[i]}\u0001${key}`;
        const block = blocks.get(scoped);
        if (block === undefined) blocks.set(scoped, [i]);
        else block.push(i);
      }
    }
    for (const block of blocks.values()) {
      if (block.length < 2) continue;
      for (let a = 0; a < block.length; a++) {
        const i = block[a]!;
        for (let b = a + 1; b < block.length; b++) {
          const j = block[b]!;
          if (i === j || (isNew !== undefined && isNew[i] === 0 && isNew[j] === 0)) continue;
          if (size === codes.length) {
            if (size >= maxPairs * 2)
              throw new RangeError(messages.tooMuchWork("comparing the pairs the blocking rules generate", maxPairs));
            const grown = new Float64Array(size * 2);
            grown.set(codes);
            codes = grown;
          }
          codes[size++] = (Math.min(i, j) * n + Math.max(i, j)) * 32 + k;
        }
      }
    }
  }
  const sorted = codes.subarray(0, size).sort();
  const left: number[] = [];
  const right: number[] = [];
  const masks: number[] = [];
  let last = -1;
  for (let p = 0; p < size; p++) {
    const code = sorted[p]!;
    const pair = Math.floor(code / 32);
    const rule = code - pair * 32;
    if (pair === last) {
      masks[masks.length - 1]! |= 1 << rule;
      continue;
    }
    last = pair;
    left.push(Math.floor(pair / n));
    right.push(pair % n);
    masks.push(1 << rule);
  }
  if (left.length > maxPairs)
    throw new RangeError(messages.tooMuchWork("comparing the pairs the blocking rules generate", maxPairs));
  return { left: Uint32Array.from(left), right: Uint32Array.from(right), rules: Uint32Array.from(masks) };
}
