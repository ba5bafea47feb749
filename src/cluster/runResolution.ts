import { candidatePairs } from "./candidatePairs.js";
import { clusterLinks } from "./clusterLinks.js";
import { compareField, DEFAULT_THRESHOLDS, MATCH_FIELDS } from "./comparisons.js";
import type { IdentityLink } from "./Evidence.js";
import { estimateModel } from "./estimateModel.js";
import type { IdentityRecord } from "./IdentityRecord.js";
import { DEFAULT_MODEL, type MatchModel } from "./MatchModel.js";
import { type PreparedRecord, prepareRecord } from "./prepareRecord.js";
import type { Resolution } from "./Resolution.js";
import { createScorer, probability } from "./Scorer.js";

const FIELDS = MATCH_FIELDS.length;

/** What a run starts from: all the records (sorted by id), and for an incremental run the links already known. */
export interface RunInput {
  readonly records: readonly IdentityRecord[];
  readonly options: Resolution["options"];
  readonly model?: MatchModel;
  /** For `linkRecords`: the ids of the new records, and the links among the old ones. */
  readonly incremental?: { readonly newIds: ReadonlySet<string>; readonly links: readonly IdentityLink[] };
}

/** Blocks, compares, estimates (unless given a model), scores, and clusters. */
export function runResolution(input: RunInput): Resolution {
  const { records, options } = input;
  const phones = new Map<string, string>();
  const prepared = records.map((record) => prepareRecord(record, phones));
  const scopes = scopesOf(prepared, options.linkClusters);
  const isNew = input.incremental && Uint8Array.from(records, (r) => (input.incremental!.newIds.has(r.id) ? 1 : 0));
  const pairs = candidatePairs(prepared, scopes, options.blockingRules, options.maxPairs, isNew);
  const thresholds = input.model?.thresholds ?? DEFAULT_THRESHOLDS;
  const count = pairs.left.length;
  const levels = new Uint8Array(count * FIELDS);
  for (let p = 0; p < count; p++) {
    const a = prepared[pairs.left[p]!]!;
    const b = prepared[pairs.right[p]!]!;
    for (let f = 0; f < FIELDS; f++) levels[p * FIELDS + f] = compareField(MATCH_FIELDS[f]!, a, b, thresholds);
  }
  const model = input.model ?? trainedModel(prepared, scopes, pairs, levels, options);
  const scorer = createScorer(model);
  const cut = Math.log2(options.threshold / (1 - options.threshold));
  const links: IdentityLink[] = input.incremental ? [...input.incremental.links] : [];
  for (let p = 0; p < count; p++) {
    const a = prepared[pairs.left[p]!]!;
    const b = prepared[pairs.right[p]!]!;
    const weight = scorer.weigh(levels, p * FIELDS, a, b);
    if (!(weight > cut)) continue;
    links.push({
      left: a.id,
      right: b.id,
      matchWeight: weight,
      matchProbability: probability(weight),
      accepted: false,
      evidence: scorer.evidence(levels, p * FIELDS, a),
    });
  }
  links.sort((x, y) => y.matchWeight - x.matchWeight || compareText(x.left, y.left) || compareText(x.right, y.right));
  const index = new Map(records.map((record, i) => [record.id, i]));
  const pairOf = (left: string, right: string): [number, number] | undefined => {
    const i = index.get(left);
    const j = index.get(right);
    return i === undefined || j === undefined || i === j ? undefined : [Math.min(i, j), Math.max(i, j)];
  };
  const never = new Set<number>();
  const mustLink: [number, number][] = [];
  for (const decision of options.decisions) {
    const pair = pairOf(decision.left, decision.right);
    if (pair === undefined) continue;
    if (decision.kind === "never-link") never.add(pair[0] * records.length + pair[1]);
    else mustLink.push(pair);
  }
  const guard = options.guardFields.map((field) => ({ field, last: 0 }));
  for (const g of guard) g.last = model.fields[g.field].length;
  const conflict = (i: number, j: number): boolean => {
    if (never.has(Math.min(i, j) * records.length + Math.max(i, j))) return true;
    for (const { field, last } of guard)
      if (compareField(field, prepared[i]!, prepared[j]!, thresholds) === last) return true;
    return false;
  };
  const { identities, groupOf } = clusterLinks({
    ids: records.map((record) => record.id),
    links: links.map((link) => pairOf(link.left, link.right)!),
    mustLink,
    conflict,
  });
  const decided = links.map((link) => {
    const accepted = groupOf[index.get(link.left)!] === groupOf[index.get(link.right)!];
    return accepted === link.accepted ? link : { ...link, accepted };
  });
  return { identities, links: decided, model, records, options };
}

function trainedModel(
  prepared: readonly PreparedRecord[],
  scopes: readonly string[],
  pairs: ReturnType<typeof candidatePairs>,
  levels: Uint8Array,
  options: Resolution["options"],
): MatchModel {
  // Too few records to estimate parameters or term frequencies that mean anything.
  if (prepared.length < options.minimumTrainingRecords) return DEFAULT_MODEL;
  return estimateModel({
    records: prepared,
    scopes,
    pairs,
    levels,
    rules: options.blockingRules,
    thresholds: DEFAULT_THRESHOLDS,
    randomPairs: options.randomPairs,
    seed: options.seed,
  });
}

/** Each record's scope: its cluster, or the first group of `linkClusters` that holds the cluster. */
function scopesOf(records: readonly PreparedRecord[], groups: readonly (readonly string[])[]): string[] {
  const scopeOf = new Map<string, string>();
  groups.forEach((group, g) => {
    for (const cluster of group) if (!scopeOf.has(cluster)) scopeOf.set(cluster, `group ${g}\u0001`);
  });
  return records.map((record) => scopeOf.get(record.cluster) ?? `cluster ${record.cluster}\u0001`);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
