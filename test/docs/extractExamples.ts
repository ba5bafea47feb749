import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** One public export of a module, with what its TSDoc says. */
export interface DocumentedExport {
  readonly module: string;
  readonly name: string;
  readonly file: string;
  readonly line: number;
  readonly hasSummary: boolean;
  readonly examples: readonly string[];
}

const SRC = join(import.meta.dirname, "../../src");

/** The module folders under src/ (each one a subpath export). */
export function moduleNames(): string[] {
  return readdirSync(SRC)
    .filter((name) => statSync(join(SRC, name)).isDirectory())
    .sort();
}

let found: readonly DocumentedExport[] | undefined;

/**
 * Every export of every module's public index, resolved to its declaration, with its TSDoc.
 * Uses the type checker so re-exports (`export { x } from "./x.js"`) resolve to where `x` is written.
 * Built once per test worker (the test files share modules: `isolate: false`), since src/ does not change
 * during a run.
 */
export function documentedExports(): readonly DocumentedExport[] {
  found ??= findDocumentedExports();
  return found;
}

function findDocumentedExports(): DocumentedExport[] {
  const roots = moduleNames().map((name) => join(SRC, name, "index.ts"));
  const program = ts.createProgram(roots, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const found: DocumentedExport[] = [];
  for (const module of moduleNames()) {
    const source = program.getSourceFile(join(SRC, module, "index.ts"));
    if (!source) continue;
    const symbol = checker.getSymbolAtLocation(source);
    if (!symbol) continue;
    for (const exported of checker.getExportsOfModule(symbol)) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = target.declarations?.[0];
      if (!declaration) continue;
      const file = declaration.getSourceFile();
      const docs = jsDocOf(declaration);
      found.push({
        module,
        name: exported.getName(),
        file: relative(join(SRC, ".."), file.fileName),
        line: file.getLineAndCharacterOfPosition(declaration.getStart()).line + 1,
        hasSummary: docs.some((doc) => commentText(doc.comment).trim().length > 0),
        examples: docs.flatMap((doc) =>
          (doc.tags ?? [])
            .filter((tag) => tag.tagName.text === "example")
            .map((tag) => codeOf(commentText(tag.comment))),
        ),
      });
    }
  }
  return found;
}

function jsDocOf(declaration: ts.Declaration): readonly ts.JSDoc[] {
  // A variable's TSDoc sits on its statement, two levels up from the declaration.
  const holder = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  return ts.getJSDocCommentsAndTags(holder).filter((node): node is ts.JSDoc => ts.isJSDoc(node));
}

function commentText(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  if (comment === undefined) return "";
  if (typeof comment === "string") return comment;
  return comment.map((part) => part.text).join("");
}

function codeOf(example: string): string {
  const fenced = /```(?:ts|typescript)?\n([\s\S]*?)```/.exec(example);
  return (fenced ? fenced[1]! : example).trim();
}

/** Read a file relative to the repository root (for tests that check docs and examples exist). */
export function readRepoFile(path: string): string {
  return readFileSync(join(SRC, "..", path), "utf8");
}

/** The `@example` blocks of the package root's `@module` comment (`src/index.ts`, which exports only namespaces). */
export function rootExamples(): string[] {
  const header = /^\/\*\*([\s\S]*?)\*\//.exec(readRepoFile("src/index.ts"))?.[1] ?? "";
  const text = header.replace(/^[ \t]*\* ?/gm, "");
  return [...text.matchAll(/@example\s*```ts\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
}
