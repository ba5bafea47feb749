/**
 * The benchmark harness: each `bench/*.bench.ts` exports `benchmarks`, a list of named cases that
 * measure themselves and return results; `bench/run.ts` runs them, checks every figure with
 * {@link checkFigure}, prints a table and writes `bench/results.json`. Machines here are shared and
 * noisy, so every timing is a median of several runs, every comparison is a ratio measured in the
 * same run, and memory is measured in fresh child processes after forced collections
 * ({@link medianHeldMb}).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

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

/**
 * The result, if its figures are possible: a value, and a ratio where there is one, that are finite and not
 * negative. Otherwise throws a RangeError naming the figure, so that an impossible measurement stops the run
 * instead of reaching `bench/results.json`.
 */
export function checkFigure(result: BenchResult): BenchResult {
  const impossible = (x: number): boolean => !Number.isFinite(x) || x < 0;
  const because = result.note === undefined ? "" : ` (${result.note})`;
  if (impossible(result.value))
    throw new RangeError(
      `benchmark figure "${result.name}" is ${result.value} ${result.unit}: a measurement cannot be negative or non-finite, so it is not recorded${because}`,
    );
  if (result.ratio !== undefined && impossible(result.ratio))
    throw new RangeError(
      `benchmark figure "${result.name}" has ratio ${result.ratio}: a ratio of measurements cannot be negative or non-finite, so it is not recorded${because}`,
    );
  return result;
}

/**
 * What a memory case measures, in a child process of its own: `setup` builds the inputs (not counted), `build`
 * makes the value whose memory is measured. Export one from a bench file and name it to {@link medianHeldMb}.
 */
export interface HeldMemoryCase<Input = unknown> {
  readonly setup?: () => Input | Promise<Input>;
  readonly build: (input: Input) => unknown;
}

/** Options for {@link medianHeldMb}. */
export interface HeldMemoryOptions {
  /** Child processes, each measuring once; the median is reported. Default 5. */
  readonly runs?: number;
}

/**
 * The memory a value holds, in MB (10^6 bytes): the median, over `runs` fresh processes started with
 * `node --expose-gc`, of the heap plus array buffers in use after full collections with the value kept, less the
 * same before it was built. `exportName` names a {@link HeldMemoryCase} exported by the module at `file`.
 * Each process holds only what the case builds, so nothing another benchmark left behind is collected (or not)
 * inside the measurement. Throws naming the figure if a child fails or any sample is negative or not finite.
 */
export function medianHeldMb(name: string, file: string, exportName: string, options: HeldMemoryOptions = {}): number {
  const { runs = 5 } = options;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(
      process.execPath,
      ["--expose-gc", "--import", "tsx", join(import.meta.dirname, "heldMemory.child.ts"), file, exportName],
      { encoding: "utf8", env: { ...process.env, TSX_TSCONFIG_PATH: join(import.meta.dirname, "tsconfig.json") } },
    );
    if (child.status !== 0)
      throw new Error(`benchmark figure "${name}": the measuring process failed: ${child.stderr.slice(-500)}`);
    samples.push(heldBytesOf(name, child.stdout));
  }
  return heldMb(name, samples);
}

/** The bytes a measuring process printed (its last line, `{"heldBytes": n}`); throws naming the figure if absent. */
export function heldBytesOf(name: string, stdout: string): number {
  const last = stdout.trim().split("\n").at(-1) ?? "";
  let held: unknown;
  try {
    held = (JSON.parse(last) as { heldBytes?: unknown }).heldBytes;
  } catch {
    held = undefined;
  }
  if (typeof held !== "number")
    throw new Error(`benchmark figure "${name}": the measuring process printed no {"heldBytes": n} line`);
  return held;
}

/**
 * The median of samples of held bytes, in MB. Throws a RangeError naming the figure if there are none, or if any
 * sample is negative or not finite: a value cannot hold less than nothing, and one such sample means the
 * measurement itself is broken, whatever the median says.
 */
export function heldMb(name: string, samplesBytes: readonly number[]): number {
  if (samplesBytes.length === 0) throw new RangeError(`benchmark figure "${name}" has no samples`);
  const bad = samplesBytes.find((x) => !Number.isFinite(x) || x < 0);
  if (bad !== undefined)
    throw new RangeError(
      `benchmark figure "${name}" measured ${bad} bytes held in one of ${samplesBytes.length} runs: memory held cannot be negative or non-finite, so it is not recorded`,
    );
  return median(samplesBytes) / 1e6;
}
