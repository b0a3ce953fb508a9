import { cosine, type StoryVectors } from './storyVectors.ts';

export interface ScoredPair {
  a: number;
  b: number;
  sim: number;
}

/**
 * Pairs of articles worth comparing, with their exact cosine, without comparing everything with
 * everything: an inverted index over terms rare enough to be distinctive (document frequency ≤ dfCap)
 * accumulates a partial dot product; only pairs whose partial score reaches `floor` get the exact one.
 * A term in more than dfCap articles is a topic word, not a story marker, and contributes little
 * after IDF anyway. `allowed(a, b)` blocks pairs early (e.g. publication dates too far apart).
 */
export function candidatePairs(
  sv: StoryVectors,
  dfCap: number,
  floor: number,
  allowed: (a: number, b: number) => boolean,
): ScoredPair[] {
  const { vectors, df } = sv;
  const n = vectors.length;
  const postings: number[][] = Array.from({ length: df.length }, () => []);
  const postW: number[][] = Array.from({ length: df.length }, () => []);
  for (let d = 0; d < n; d++) {
    const v = vectors[d];
    for (let k = 0; k < v.ids.length; k++) {
      const t = v.ids[k];
      if (df[t] < 2 || df[t] > dfCap) continue;
      postings[t].push(d);
      postW[t].push(v.weights[k]);
    }
  }
  const acc = new Float64Array(n);
  const touched: number[] = [];
  const out: ScoredPair[] = [];
  for (let d = 0; d < n; d++) {
    const v = vectors[d];
    for (let k = 0; k < v.ids.length; k++) {
      const t = v.ids[k];
      if (df[t] < 2 || df[t] > dfCap) continue;
      const p = postings[t];
      const pw = postW[t];
      const w = v.weights[k];
      // postings are in document order: only later documents, so each pair is seen once
      for (let m = p.length - 1; m >= 0 && p[m] > d; m--) {
        const e = p[m];
        if (acc[e] === 0) touched.push(e);
        acc[e] += w * pw[m];
      }
    }
    touched.sort((x, y) => x - y);
    for (const e of touched) {
      if (acc[e] >= floor && allowed(d, e)) out.push({ a: d, b: e, sim: cosine(v, vectors[e]) });
      acc[e] = 0;
    }
    touched.length = 0;
  }
  return out;
}
