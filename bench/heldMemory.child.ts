// Run by `medianHeldMb` (bench/harness.ts) under `node --expose-gc`: imports the bench module given as the first
// argument, runs the HeldMemoryCase exported under the second, and prints {"heldBytes": n}: the heap plus array
// buffers in use after full collections with the value kept, less the same after setup and before the build.
import { pathToFileURL } from "node:url";
import type { HeldMemoryCase } from "./harness.js";

const [file, exportName] = process.argv.slice(2);
if (file === undefined || exportName === undefined) throw new Error("usage: heldMemory.child.ts <file> <exportName>");
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("heldMemory.child.ts must run under node --expose-gc");

/** Heap plus array buffers in use after two full collections (the second catches what finalisers freed). */
function inUse(collect: () => void): number {
  collect();
  collect();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

const module = (await import(pathToFileURL(file).href)) as Record<string, HeldMemoryCase | undefined>;
const measured = module[exportName];
if (measured === undefined || typeof measured.build !== "function")
  throw new Error(`${file} exports no HeldMemoryCase named ${exportName}`);
const input = await measured.setup?.();
const before = inUse(gc);
const held: { value?: unknown } = { value: measured.build(input) };
const after = inUse(gc);
process.stdout.write(`${JSON.stringify({ heldBytes: after - before, kept: held.value !== undefined })}\n`);
