import type { ScoredPair } from './candidatePairs.ts';
import { pairAdjacency } from './pairAdjacency.ts';

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
  const { start: deg, nb, cs } = pairAdjacency(n, pairs);
  // the expansion set of each article: itself with weight 1, then its nearest neighbours
  const expJ: Int32Array[] = [];
  const expW: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const near: number[] = [];
    for (let e = deg[i]; e < deg[i + 1]; e++) if (cs[e] >= floor) near.push(e);
    near.sort((x, y) => cs[y] - cs[x] || nb[x] - nb[y]);
    const m = Math.min(k, near.length);
    const j = new Int32Array(m + 1);
    const w = new Float64Array(m + 1);
    j[0] = i;
    w[0] = 1;
    for (let t = 0; t < m; t++) {
      j[t + 1] = nb[near[t]];
      w[t + 1] = cs[near[t]];
    }
    expJ.push(j);
    expW.push(w);
  }
  // cos(a, ·) for each member a of one article's expansion, spread over dense rows so that a dot
  // product looks cosines up by index; pairs missing from `pairs` read 0, as they count
  const rows = Array.from({ length: k + 1 }, () => new Float64Array(n));
  const spread = (x: number, on: boolean) => {
    const ja = expJ[x];
    for (let t = 0; t < ja.length; t++) {
      const row = rows[t];
      for (let e = deg[ja[t]]; e < deg[ja[t] + 1]; e++) row[nb[e]] = on ? cs[e] : 0;
    }
  };
  /** x'·y' = Σ_a Σ_b w_a w_b cos(a, b), summed in that order; rows must hold x's expansion. */
  const dot = (x: number, y: number) => {
    const ja = expJ[x];
    const wa = expW[x];
    const jb = expJ[y];
    const wb = expW[y];
    let s = 0;
    for (let t = 0; t < ja.length; t++) {
      const row = rows[t];
      for (let u = 0; u < jb.length; u++) s += wa[t] * wb[u] * (ja[t] === jb[u] ? 1 : row[jb[u]]);
    }
    return s;
  };
  const norm = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    spread(i, true);
    norm[i] = Math.sqrt(dot(i, i));
    spread(i, false);
  }
  const out: ScoredPair[] = [];
  const seen = new Set<number>();
  const mark = new Int32Array(n).fill(-1);
  const cand: number[] = [];
  const add = (j: number, i: number) => {
    if (mark[j] === i) return;
    mark[j] = i;
    cand.push(j);
  };
  for (let i = 0; i < n; i++) {
    cand.length = 0;
    for (let e = deg[i]; e < deg[i + 1]; e++) add(nb[e], i);
    const ja = expJ[i];
    for (let t = 0; t < ja.length; t++) {
      add(ja[t], i);
      const jb = expJ[ja[t]];
      for (let u = 0; u < jb.length; u++) add(jb[u], i);
    }
    cand.sort((x, y) => x - y);
    spread(i, true);
    for (const j of cand) {
      if (j === i) continue;
      const key = i < j ? i * n + j : j * n + i;
      if (seen.has(key) || !allowed(i, j)) continue;
      seen.add(key);
      const s = dot(i, j) / (norm[i] * norm[j]);
      if (s > keep) out.push(i < j ? { a: i, b: j, sim: s } : { a: j, b: i, sim: s });
    }
    spread(i, false);
  }
  return out;
}
