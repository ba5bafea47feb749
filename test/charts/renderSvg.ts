import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** Compiles a Vega-Lite spec with vega-lite and renders it to SVG with vega, collecting any warnings. */
export async function renderSvg(spec: unknown): Promise<{ svg: string; warnings: string[] }> {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => warnings.push(args.map(String).join(" ")),
    warn: (...args: unknown[]) => warnings.push(args.map(String).join(" ")),
    info: () => logger,
    debug: () => logger,
  };
  const { spec: compiled } = compile(structuredClone(spec) as TopLevelSpec, { logger: logger as never });
  const view = new vega.View(vega.parse(compiled), { renderer: "none", logLevel: vega.Warn });
  view.logger({
    ...logger,
    level: () => logger,
    error: (...a: unknown[]) => warnings.push(a.map(String).join(" ")),
    warn: (...a: unknown[]) => warnings.push(a.map(String).join(" ")),
  } as never);
  const svg = await view.toSVG();
  view.finalize();
  return { svg, warnings };
}
