// A memory case for test/bench/harness.test.ts: builds a value that holds 10 MB of array buffer, after a setup that
// allocates garbage and a 5 MB input (neither of which is the value's).
import type { HeldMemoryCase } from "../../bench/harness.js";

export const tenMegabytes: HeldMemoryCase<Uint8Array> = {
  setup: () => {
    for (let i = 0; i < 100; i++) new Uint8Array(100_000).fill(i);
    return new Uint8Array(5_000_000).fill(1);
  },
  build: (input) => ({ input, held: new Uint8Array(10_000_000).fill(2) }),
};
