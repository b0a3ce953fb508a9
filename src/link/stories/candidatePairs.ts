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
 * A term in more than dfCap articles is a topic word, not a story marker, and adds little after IDF.
 * Date blocking: postings are kept in date order, so a dated article only walks the postings of
 * articles within `maxDays` after it (plus the undated ones, which may belong anywhere).
 */
export function candidatePairs(
  sv: StoryVectors,
  dfCap: number,
  floor: number,
  days: (number | null)[],
  maxDays: number,
): ScoredPair[] {
  const { vectors, df } = sv;
  const n = vectors.length;
  const order = [...vectors.keys()].sort((x, y) => {
    const dx = days[x];
    const dy = days[y];
    if (dx !== dy) {
      if (dx === null) return 1;
      if (dy === null) return -1;
      return dx - dy;
    }
    return x - y;
  });
  // Postings in one flat array (offset per term), filled in date order: no per-term arrays to grow.
  // which terms are indexed, looked up once per term rather than per (document, term)
  const isIndexed = new Uint8Array(df.length);
  for (let t = 0; t < df.length; t++) isIndexed[t] = df[t] >= 2 && df[t] <= dfCap ? 1 : 0;
  const start = new Int32Array(df.length + 1);
  for (let t = 0; t < df.length; t++) start[t + 1] = start[t] + (isIndexed[t] ? df[t] : 0);
  const fill = start.slice(0, df.length);
  const postDoc = new Int32Array(start[df.length]);
  const postW = new Float64Array(start[df.length]);
  // where each term's undated postings begin (they come last, as undated articles come last in `order`)
  const undated = new Int32Array(df.length).fill(-1);
  for (const d of order) {
    const v = vectors[d];
    for (let k = 0; k < v.ids.length; k++) {
      const t = v.ids[k];
      if (!isIndexed[t]) continue;
      if (days[d] === null && undated[t] < 0) undated[t] = fill[t];
      postDoc[fill[t]] = d;
      postW[fill[t]++] = v.weights[k];
    }
  }
  const acc = new Float64Array(n);
  const touched: number[] = [];
  const out: ScoredPair[] = [];
  // Where document d sits in term t's postings: documents are walked in the order the postings were
  // filled, so a second cursor per term finds it without a stored position per (document, term).
  const cursor = start.slice(0, df.length);
  const add = (e: number, w: number) => {
    if (acc[e] === 0) touched.push(e);
    acc[e] += w;
  };
  for (const d of order) {
    const v = vectors[d];
    const day = days[d];
    for (let k = 0; k < v.ids.length; k++) {
      const t = v.ids[k];
      if (!isIndexed[t]) continue;
      const w = v.weights[k];
      const end = start[t + 1];
      const und = undated[t] < 0 ? end : undated[t];
      let m = cursor[t]++ + 1;
      if (day !== null) {
        for (; m < und && (days[postDoc[m]] as number) - day <= maxDays; m++) add(postDoc[m], w * postW[m]);
        m = Math.max(m, und);
      }
      for (; m < end; m++) add(postDoc[m], w * postW[m]);
    }
    touched.sort((x, y) => x - y);
    for (const e of touched) {
      if (acc[e] >= floor) out.push(d < e ? { a: d, b: e, sim: cosine(v, vectors[e]) } : { a: e, b: d, sim: cosine(v, vectors[e]) });
      acc[e] = 0;
    }
    touched.length = 0;
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}
