import { deepStrictEqual } from "node:assert/strict";
import ts from "typescript";

/**
 * Turns a TSDoc `@example` into a runnable check and runs it.
 *
 * The convention, borrowed from date-fns and made executable:
 * - `expr //=> value` asserts `expr` deep-equals `value`;
 * - `expr //=> ≈ 0.8884` asserts `expr` is a number that rounds to the digits shown;
 * - `expr //=> throws RangeError` asserts `expr` throws an error with that name.
 * Lines without `//=>` run as they are. Imports of `council-contact/*` resolve to the source modules.
 */
export async function runExample(code: string, modules: Record<string, unknown>): Promise<number> {
  const checks = { count: 0 };
  const rewritten = rewriteExample(code);
  const js = ts.transpileModule(rewritten, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: false },
  }).outputText;
  const require = (specifier: string): unknown => {
    const found = modules[specifier];
    if (!found) throw new Error(`example imports ${specifier}, which is not a council-contact module`);
    return found;
  };
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  const body = new AsyncFunction("require", "exports", "module", "__check", "__near", "__throws", "console", js);
  const quiet = { log: () => {}, table: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  await body(
    require,
    {},
    { exports: {} },
    (actual: unknown, expected: unknown, text: string) => {
      checks.count += 1;
      deepStrictEqual(normalise(actual), normalise(expected), `example line: ${text}`);
    },
    (actual: unknown, expected: number, digits: number, text: string) => {
      checks.count += 1;
      if (typeof actual !== "number" || Math.abs(actual - expected) > 0.5 * 10 ** -digits + 1e-12) {
        throw new Error(`example line: ${text}\n  expected ≈ ${expected}, got ${String(actual)}`);
      }
    },
    (run: () => unknown, name: string, text: string) => {
      checks.count += 1;
      try {
        run();
      } catch (error) {
        if (error instanceof Error && error.name === name) return;
        throw new Error(`example line: ${text}\n  expected ${name}, got ${String(error)}`);
      }
      throw new Error(`example line: ${text}\n  expected ${name} to be thrown, but nothing was`);
    },
    quiet,
  );
  return checks.count;
}

/** The example with every `//=>` line turned into a call of `__check`, `__near` or `__throws`. */
export function rewriteExample(code: string): string {
  return code
    .split("\n")
    .map((line) => rewriteLine(line))
    .join("\n");
}

/** Declarations of the check functions, for type-checking a rewritten example. */
export const CHECK_DECLARATIONS = [
  "declare function __check(actual: unknown, expected: unknown, text: string): void;",
  "declare function __near(actual: number, expected: number, digits: number, text: string): void;",
  "declare function __throws(run: () => unknown, name: string, text: string): void;",
].join("\n");

function rewriteLine(line: string): string {
  const at = line.indexOf("//=>");
  if (at < 0) return line;
  const expression = line.slice(0, at).trim().replace(/;$/, "");
  const expected = line.slice(at + 4).trim();
  const indent = line.slice(0, line.length - line.trimStart().length);
  const text = JSON.stringify(line.trim());
  const throws = /^throws (\w+)$/.exec(expected);
  if (throws) return `${indent}__throws(() => { ${expression}; }, ${JSON.stringify(throws[1])}, ${text});`;
  const near = /^≈\s*(-?\d+(?:\.(\d+))?)$/.exec(expected);
  if (near) return `${indent}__near((${expression}), ${near[1]}, ${(near[2] ?? "").length}, ${text});`;
  return `${indent}__check((${expression}), (${expected}), ${text});`;
}

/** Compare plain data: class instances (e.g. a frozen array) are compared by their JSON-visible shape. */
function normalise(value: unknown): unknown {
  if (value === undefined || typeof value === "function" || typeof value === "bigint") return value;
  if (typeof value === "number" && !Number.isFinite(value)) return value;
  try {
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch {
    return value;
  }
}
