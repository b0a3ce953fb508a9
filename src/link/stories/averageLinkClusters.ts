import type { ScoredPair } from './candidatePairs.ts';

/**
 * Agglomerative clustering with average linkage over a sparse similarity graph (absent pairs count as
 * 0): repeatedly merge the two groups whose mean pairwise similarity is highest, until no pair of groups
 * reaches `threshold`. Unlike connected components, a chain a~b~c does not join a and c unless the
 * groups as a whole are similar, so two look-alike stories bridged by one ambiguous article stay apart.
 * `canMerge(x, y)` may veto a merge of two groups (given as member index lists), e.g. a date span too long.
 * Returns a group label (its smallest member index) per item. Deterministic: ties go to lower indices.
 */
export function averageLinkClusters(
  n: number,
  pairs: ScoredPair[],
  threshold: number,
  canMerge: (x: number[], y: number[]) => boolean = () => true,
): number[] {
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const alive = new Uint8Array(n).fill(1);
  const version = new Int32Array(n);
  // sums[x] maps neighbour cluster → sum of pair similarities between the two clusters
  const sums: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const { a, b, sim } of pairs) {
    if (sim <= 0) continue;
    sums[a].set(b, (sums[a].get(b) ?? 0) + sim);
    sums[b].set(a, (sums[b].get(a) ?? 0) + sim);
  }
  const heap = new PairHeap();
  const push = (x: number, y: number) => {
    const s = sums[x].get(y);
    if (s === undefined) return;
    const avg = s / (members[x].length * members[y].length);
    if (avg >= threshold) heap.push({ avg, x: Math.min(x, y), y: Math.max(x, y), vx: version[Math.min(x, y)], vy: version[Math.max(x, y)] });
  };
  for (let x = 0; x < n; x++) for (const y of sums[x].keys()) if (x < y) push(x, y);

  for (let e = heap.pop(); e; e = heap.pop()) {
    const { x, y } = e;
    if (!alive[x] || !alive[y] || version[x] !== e.vx || version[y] !== e.vy) continue;
    if (!canMerge(members[x], members[y])) continue;
    // merge y into x (x is the lower index, so labels stay the smallest member)
    alive[y] = 0;
    members[x] = members[x].concat(members[y]);
    members[y] = [];
    version[x]++;
    for (const [c, s] of sums[y]) {
      if (c === x) continue;
      sums[x].set(c, (sums[x].get(c) ?? 0) + s);
      sums[c].delete(y);
      sums[c].set(x, sums[x].get(c)!);
    }
    sums[x].delete(y);
    sums[y].clear();
    for (const c of sums[x].keys()) push(x, c);
  }
  const label = new Array<number>(n);
  // a live cluster's id is its smallest member: merges always fold the higher id into the lower
  for (let x = 0; x < n; x++) if (alive[x]) for (const m of members[x]) label[m] = x;
  return label;
}

interface HeapEntry {
  avg: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
}

/** Max-heap on avg; ties broken by (x, y) ascending so the result never depends on insertion order. */
class PairHeap {
  private a: HeapEntry[] = [];
  private before(p: HeapEntry, q: HeapEntry): boolean {
    if (p.avg !== q.avg) return p.avg > q.avg;
    if (p.x !== q.x) return p.x < q.x;
    return p.y < q.y;
  }
  push(e: HeapEntry): void {
    const a = this.a;
    a.push(e);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop(): HeapEntry | undefined {
    const a = this.a;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.before(a[l], a[m])) m = l;
        if (r < a.length && this.before(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}
