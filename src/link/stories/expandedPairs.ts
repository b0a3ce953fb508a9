import type { ScoredPair } from './candidatePairs.ts';

/**
 * Similarities after document expansion (as in pseudo-relevance feedback): each article is taken as its
 * own vector plus its `k` nearest neighbours' vectors (cosine ≥ `floor`), weighted by that cosine. A
 * one-sentence report of a heist shares few words with each fuller report, but it shares neighbours
 * with them, and expanded vectors let such articles meet. An article with no neighbour at `floor`
 * is left as it is, so expansion alone never pulls it into a story.
 *
 * Computed from the pair similarities alone: with x' = Σ w_a·a over x and its neighbours,
 * x'·y' = Σ_a Σ_b w_a w_b cos(a, b), and |x'|² likewise. Pairs missing from `pairs` count as 0.
 * Candidates: the given pairs, plus articles within two neighbour hops; pairs scoring below `keep`
 * are dropped (too weak to move an average, and many at archive scale).
 */
export function expandedPairs(
  n: number,
  pairs: ScoredPair[],
  k: number,
  floor: number,
  allowed: (a: number, b: number) => boolean,
  keep = 0,
): ScoredPair[] {
  const sim: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const { a, b, sim: s } of pairs) {
    sim[a].set(b, s);
    sim[b].set(a, s);
  }
  const cos = (a: number, b: number) => (a === b ? 1 : (sim[a].get(b) ?? 0));
  // the expansion set of each article: itself with weight 1, then its nearest neighbours
  const expansion: { j: number; w: number }[][] = [];
  for (let i = 0; i < n; i++) {
    const near = [...sim[i]].filter(([, s]) => s >= floor).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, k);
    expansion.push([{ j: i, w: 1 }, ...near.map(([j, s]) => ({ j, w: s }))]);
  }
  const dot = (x: number, y: number) => {
    let s = 0;
    for (const a of expansion[x]) for (const b of expansion[y]) s += a.w * b.w * cos(a.j, b.j);
    return s;
  };
  const norm = Float64Array.from({ length: n }, (_, i) => Math.sqrt(dot(i, i)));
  const out: ScoredPair[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const cand = new Set<number>(sim[i].keys());
    for (const a of expansion[i]) {
      cand.add(a.j);
      for (const b of expansion[a.j]) cand.add(b.j);
    }
    for (const j of [...cand].sort((x, y) => x - y)) {
      if (j === i) continue;
      const key = i < j ? i * n + j : j * n + i;
      if (seen.has(key) || !allowed(i, j)) continue;
      seen.add(key);
      const s = dot(i, j) / (norm[i] * norm[j]);
      if (s > keep) out.push(i < j ? { a: i, b: j, sim: s } : { a: j, b: i, sim: s });
    }
  }
  return out;
}
