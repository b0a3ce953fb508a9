import type { ScoredPair } from './candidatePairs.ts';
import type { SparseVector } from './storyVectors.ts';

/**
 * Each article's vector plus its closest neighbours' vectors, weighted by similarity (document expansion,
 * as in pseudo-relevance feedback). A one-sentence report of a heist shares only a few words with each
 * fuller report of the same heist, but it shares its neighbours with them; expanded vectors let such
 * articles meet. Only neighbours at or above `floor` count, so an article with no close neighbour stays
 * as it was and cannot be pulled into a story by expansion alone.
 */
export function expandVectors(vectors: SparseVector[], pairs: ScoredPair[], k: number, floor: number, beta: number): SparseVector[] {
  const near: { j: number; sim: number }[][] = vectors.map(() => []);
  for (const { a, b, sim } of pairs) {
    if (sim < floor) continue;
    near[a].push({ j: b, sim });
    near[b].push({ j: a, sim });
  }
  return vectors.map((v, i) => {
    const top = near[i].sort((x, y) => y.sim - x.sim || x.j - y.j).slice(0, k);
    if (top.length === 0) return v;
    const acc = new Map<number, number>();
    for (let t = 0; t < v.ids.length; t++) acc.set(v.ids[t], v.weights[t]);
    for (const { j, sim } of top) {
      const u = vectors[j];
      for (let t = 0; t < u.ids.length; t++) acc.set(u.ids[t], (acc.get(u.ids[t]) ?? 0) + beta * sim * u.weights[t]);
    }
    const ids = Int32Array.from([...acc.keys()].sort((x, y) => x - y));
    const weights = Float64Array.from(ids, (id) => acc.get(id)!);
    let norm = 0;
    for (const w of weights) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (let t = 0; t < weights.length; t++) weights[t] /= norm;
    return { ids, weights };
  });
}
