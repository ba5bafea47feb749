import type { Identity } from "./Resolution.js";

/** What clustering reads: the links as record indexes, strongest first, and the checks between records. */
export interface ClusterInput {
  /** Record ids, sorted. */
  readonly ids: readonly string[];
  /** Links in the order they are tried: `[left, right]` indexes. */
  readonly links: readonly (readonly [number, number])[];
  /** Pairs a caseworker has joined: unioned first, whatever the guard says. */
  readonly mustLink: readonly (readonly [number, number])[];
  /** Whether two records must never share an identity (the chaining guard or a `never-link`). */
  readonly conflict: (i: number, j: number) => boolean;
}

/**
 * Identities from links: every must-link pair joined first, then each link in turn joins the two groups it
 * touches, unless some record of one conflicts with some record of the other (the chaining guard: one
 * weak link cannot chain two different people together). Each group's id is its smallest record id.
 */
export function clusterLinks(input: ClusterInput): { identities: Identity[]; groupOf: Int32Array } {
  const n = input.ids.length;
  const parent = new Int32Array(n);
  const members: number[][] = [];
  for (let i = 0; i < n; i++) {
    parent[i] = i;
    members.push([i]);
  }
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[i] !== root) {
      const next = parent[i]!;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const union = (a: number, b: number): void => {
    const [big, small] = members[a]!.length >= members[b]!.length ? [a, b] : [b, a];
    parent[small] = big;
    for (const i of members[small]!) members[big]!.push(i);
    members[small] = [];
  };
  for (const [i, j] of input.mustLink) {
    const a = find(i);
    const b = find(j);
    if (a !== b) union(a, b);
  }
  for (const [i, j] of input.links) {
    const a = find(i);
    const b = find(j);
    if (a === b || conflicts(members[a]!, members[b]!, input.conflict)) continue;
    union(a, b);
  }
  const groupOf = new Int32Array(n);
  const identities: Identity[] = [];
  // Ids are sorted, so the first record met of each group is its smallest id, and identities come out sorted.
  const seen = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const root = find(i);
    if (seen[root] === -1) {
      seen[root] = identities.length;
      const recordIds = members[root]!.map((r) => input.ids[r]!).sort();
      identities.push({ id: recordIds[0]!, recordIds });
    }
    groupOf[i] = seen[root]!;
  }
  return { identities, groupOf };
}

function conflicts(
  left: readonly number[],
  right: readonly number[],
  conflict: (i: number, j: number) => boolean,
): boolean {
  for (const i of left) for (const j of right) if (conflict(i, j)) return true;
  return false;
}
