import type { AvoidableResult } from "./AvoidableResult.js";
import type { CompactClassification } from "./CompactClassification.js";
import { resultAt } from "./compactResult.js";

/** Where a lazily built result list keeps its compact classification (for `ni14`, which reads it directly). */
export const COMPACT_SOURCE: unique symbol = Symbol("council-contact/avoidable compact classification");

/** The position a property key names, or -1 (`"12"` → 12; `"length"`, `"012"`, `"1.5"` → -1). */
function position(key: string | symbol, n: number): number {
  if (typeof key !== "string") return -1;
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57) return -1;
  const i = Number(key);
  return Number.isSafeInteger(i) && i < n && String(i) === key ? i : -1;
}

/**
 * The results of a compact classification as an array whose objects are built the first time each is read (and
 * then kept): what `classifyContacts` returns. It is a real array to every reader (`Array.isArray`, indexing,
 * `map`, iteration, `JSON.stringify`), so that a 1.3 M-contact history costs the compact form until its objects
 * are read, and each object only when it is. A list that has been written to is no longer read from the compact
 * form by `ni14`.
 */
export function lazyResults(compact: CompactClassification): AvoidableResult[] {
  const n = compact.rules.length;
  const results = new Array<AvoidableResult>(n);
  let all = false;
  let written = false;
  const read = (i: number): AvoidableResult => results[i] ?? (results[i] = resultAt(compact, i));
  const readAll = (): void => {
    if (all) return;
    for (let i = 0; i < n; i++) read(i);
    all = true;
  };
  return new Proxy(results, {
    get(target, key, receiver) {
      const i = position(key, n);
      if (i >= 0) return read(i);
      if (key === COMPACT_SOURCE) return written ? undefined : compact;
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      return position(key, n) >= 0 || Reflect.has(target, key);
    },
    ownKeys(target) {
      readAll();
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      const i = position(key, n);
      if (i >= 0) read(i);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    set(target, key, value, receiver) {
      readAll();
      written = true;
      return Reflect.set(target, key, value, receiver);
    },
    defineProperty(target, key, descriptor) {
      readAll();
      written = true;
      return Reflect.defineProperty(target, key, descriptor);
    },
    deleteProperty(target, key) {
      readAll();
      written = true;
      return Reflect.deleteProperty(target, key);
    },
  });
}
