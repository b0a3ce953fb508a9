import type { ScoredPair } from './candidatePairs.ts';

/**
 * Each article's neighbours and their cosines in flat arrays (CSR): the neighbours of article i are
 * `nb[start[i]]` … `nb[start[i + 1] - 1]`, with cosines at the same places in `cs`, in the order the
 * pairs list them. One typed array each instead of an array per article, so the 16,000 articles of a
 * large archive cost three allocations.
 */
export interface PairAdjacency {
  start: Int32Array;
  nb: Int32Array;
  cs: Float64Array;
}

export function pairAdjacency(n: number, pairs: ScoredPair[]): PairAdjacency {
  const start = new Int32Array(n + 1);
  for (const p of pairs) {
    start[p.a + 1]++;
    start[p.b + 1]++;
  }
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const nb = new Int32Array(start[n]);
  const cs = new Float64Array(start[n]);
  for (const p of pairs) {
    nb[fill[p.a]] = p.b;
    cs[fill[p.a]++] = p.sim;
    nb[fill[p.b]] = p.a;
    cs[fill[p.b]++] = p.sim;
  }
  return { start, nb, cs };
}
