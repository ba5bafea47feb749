import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { documentedExports, readRepoFile, rootExamples } from "./extractExamples.js";
import { CHECK_DECLARATIONS, rewriteExample } from "./runExample.js";

const SRC = join(import.meta.dirname, "../../src");
const VIRTUAL = join(import.meta.dirname, "__examples__");

/**
 * Type-checks every TSDoc `@example` as a user's file importing `council-contact/*`, so an example
 * cannot drift from the types even where it still runs.
 */
describe("@example and README type-checks", () => {
  it("every example compiles against the public types", () => {
    const snippets = new Map<string, { label: string; code: string }>();
    for (const e of documentedExports()) {
      e.examples.forEach((code, i) => {
        snippets.set(join(VIRTUAL, `${e.module}_${e.name}_${i}.ts`), {
          label: `${e.module}.${e.name} #${i + 1}`,
          code: `${rewriteExample(code)}\n${CHECK_DECLARATIONS}\nexport {};\n`,
        });
      });
    }
    rootExamples().forEach((code, i) => {
      snippets.set(join(VIRTUAL, `root_${i}.ts`), {
        label: `src/index.ts @example ${i + 1}`,
        code: `${rewriteExample(code)}\n${CHECK_DECLARATIONS}\nexport {};\n`,
      });
    });
    [...readRepoFile("README.md").matchAll(/```ts\n([\s\S]*?)```/g)].forEach((m, i) => {
      snippets.set(join(VIRTUAL, `README_${i}.ts`), {
        label: `README block ${i + 1}`,
        code: `${rewriteExample(m[1]!)}\n${CHECK_DECLARATIONS}\nexport {};\n`,
      });
    });
    const options: ts.CompilerOptions = {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
      paths: { "council-contact": [join(SRC, "index.ts")], "council-contact/*": [join(SRC, "*/index.ts")] },
    };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.readFile = (file) => snippets.get(file)?.code ?? readFile(file);
    host.fileExists = (file) => snippets.has(file) || fileExists(file);
    host.getSourceFile = (file, languageVersion) => {
      const text = host.readFile(file);
      return text === undefined ? undefined : ts.createSourceFile(file, text, languageVersion, true);
    };
    const program = ts.createProgram([...snippets.keys()], options, host);
    // Only the snippets are checked: the checker resolves the library's types they use, lazily, instead of
    // checking every file of src/ (which `npm run typecheck` does) and throwing those diagnostics away.
    const problems = [...snippets.keys()]
      .map((file) => program.getSourceFile(file)!)
      .flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)])
      .map((d) => {
        const { label } = snippets.get(d.file!.fileName)!;
        const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
        return `${label}, line ${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    expect(problems).toEqual([]);
  }, 180_000);
});
