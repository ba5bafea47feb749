/**
 * The benchmark harness: each `bench/*.bench.ts` exports `benchmarks`, a list of named cases that
 * measure themselves and return results; `bench/run.ts` runs them, prints a table and writes
 * `bench/results.json`. Machines here are shared and noisy, so every timing is a median of several
 * runs, and every comparison is a ratio measured in the same run.
 */

/** One figure, beside its budget. `ratio` is present where the budget is a comparison. */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly budget: string;
  readonly ratio?: number;
  readonly pass: boolean;
  readonly note?: string;
}

/** A named case: `run` does the measuring and returns one or more results. */
export interface Benchmark {
  readonly name: string;
  readonly run: () => BenchResult[] | Promise<BenchResult[]>;
}

/** Options for {@link medianMs}. */
export interface MedianOptions {
  /** Timed runs; the median is reported. Default 7. */
  readonly repeats?: number;
  /** Untimed runs first, to let the JIT settle. Default 2. */
  readonly warmup?: number;
}

/** Median wall time of `fn` in milliseconds. */
export function medianMs(fn: () => unknown, options: MedianOptions = {}): number {
  const { repeats = 7, warmup = 2 } = options;
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    sink = fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  keep(sink);
  return median(times);
}

/**
 * Median CPU time of `fn` in milliseconds: user + system time of the whole process, so the garbage collector's
 * helper threads count against it, as they would on one core.
 */
export function medianCpuMs(fn: () => unknown, options: MedianOptions = {}): number {
  const { repeats = 7, warmup = 2 } = options;
  for (let i = 0; i < warmup; i++) keep(fn());
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const before = process.cpuUsage();
    keep(fn());
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

/** Median wall time of an async `fn` in milliseconds. */
export async function medianMsAsync(fn: () => Promise<unknown>, options: MedianOptions = {}): Promise<number> {
  const { repeats = 7, warmup = 2 } = options;
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = await fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    sink = await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  keep(sink);
  return median(times);
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

let kept: unknown;
/** Stops the optimiser from dropping a result as dead code. */
export function keep(value: unknown): void {
  kept = value;
}
/** @internal */
export function lastKept(): unknown {
  return kept;
}

/** Round for display: 3 significant figures. */
export function round3(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(3)) : value;
}
