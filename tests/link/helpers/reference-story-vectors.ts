/**
 * storyVectors as it was before its speed-ups (ids sorted as id-and-position packed into doubles, words
 * hashed as strings): kept word for word so tests can hold the fast one to exactly its output.
 */
import { PairIndex } from '../../../src/link/stories/pairIndex.ts';
import type { ArticleTerms } from '../../../src/link/stories/storyTerms.ts';
import type { SparseVector, StoryVectors } from '../../../src/link/stories/storyVectors.ts';

export function referenceStoryVectors(n: number, termsOf: (k: number) => ArticleTerms, prior = 10, idfPower = 1): StoryVectors {
  // word string → word id; a word term is keyed by its word id, a phrase by its two, a quote
  // shingle by its first two (numbered apart) and its third
  const dict = new Map<string, number>();
  const wordStrings: string[] = [];
  let termOfWord = new Int32Array(1024).fill(-1);
  const phrases = new PairIndex(1 << 16);
  const quoteStarts = new PairIndex(1 << 12);
  const quotes = new PairIndex(1 << 12);
  let quoteStartCount = 0;
  let parts = new Int32Array(3 * 1024);
  let df = new Int32Array(1024);
  let terms = 0;
  const grow = (a: Int32Array, fill = 0) => {
    const b = new Int32Array(a.length * 2).fill(fill);
    b.set(a);
    return b;
  };

  const ids: Int32Array[] = [];
  const tfs: Float64Array[] = [];
  // Each article's arrays are views into large shared blocks: tens of thousands of small typed
  // arrays would each carry a buffer of their own, and their external memory triggers full GCs.
  const BLOCK = 1 << 20;
  let idBlock = new Int32Array(0);
  let tfBlock = new Float64Array(0);
  let used = 0;
  let local = new Int32Array(256);
  for (let d = 0; d < n; d++) {
    const t = termsOf(d);
    if (local.length < t.words.length) local = new Int32Array(t.words.length * 2);
    for (let i = 0; i < t.words.length; i++) {
      const w = t.words[i];
      let g = dict.get(w);
      if (g === undefined) {
        g = wordStrings.length;
        dict.set(w, g);
        wordStrings.push(w);
        if (g === termOfWord.length) termOfWord = grow(termOfWord, -1);
      }
      local[i] = g;
    }
    const m = t.weights.length;
    if (used + m > idBlock.length) {
      idBlock = new Int32Array(Math.max(BLOCK, m));
      tfBlock = new Float64Array(Math.max(BLOCK, m));
      used = 0;
    }
    const own = idBlock.subarray(used, used + m);
    const tf = tfBlock.subarray(used, used + m);
    used += m;
    const refs = t.refs;
    for (let k = 0; k < m; k++) {
      const x = local[refs[3 * k]];
      const y = refs[3 * k + 1] < 0 ? -1 : local[refs[3 * k + 1]];
      const z = refs[3 * k + 2] < 0 ? -1 : local[refs[3 * k + 2]];
      let id: number;
      if (y < 0) {
        id = termOfWord[x];
        if (id < 0) id = termOfWord[x] = terms;
      } else if (z < 0) {
        id = phrases.getOrSet(x, y, terms);
      } else {
        let q = quoteStarts.getOrSet(x, y, quoteStartCount);
        if (q < 0) q = quoteStartCount++;
        id = quotes.getOrSet(q, z, terms);
      }
      if (id < 0 || id === terms) {
        // a new term: numbered in order of first occurrence
        id = terms++;
        if (id === df.length) df = grow(df);
        if (3 * id + 3 > parts.length) parts = grow(parts);
        parts[3 * id] = x;
        parts[3 * id + 1] = y;
        parts[3 * id + 2] = z;
      }
      df[id]++;
      own[k] = id;
    }
    ids.push(own);
    // a copy: the caller's terms (perhaps cached) stay as they were
    tf.set(t.weights);
    tfs.push(tf);
  }
  df = df.slice(0, terms);
  const idf = new Float64Array(terms);
  for (let id = 0; id < terms; id++) idf[id] = Math.log((n + prior) / df[id]) ** idfPower;

  let packed = new Float64Array(256);
  let w = new Float64Array(256);
  const vectors: SparseVector[] = [];
  for (let d = 0; d < n; d++) {
    const own = ids[d];
    const ws = tfs[d];
    const base = own.length;
    if (packed.length < base) {
      packed = new Float64Array(base * 2);
      w = new Float64Array(base * 2);
    }
    // sort (id, weight) pairs by id: pack id and position into one number, id * size + position
    const p = packed.subarray(0, base);
    for (let i = 0; i < base; i++) p[i] = own[i] * base + i;
    p.sort();
    let norm = 0;
    for (let i = 0; i < base; i++) {
      const id = Math.floor(p[i] / base);
      const x = ws[p[i] - id * base] * idf[id];
      w[i] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    // written back over the article's own arrays, keeping only terms another article shares
    let kept = 0;
    for (let i = 0; i < base; i++) {
      const id = Math.floor(p[i] / base);
      if (df[id] < 2) continue;
      own[kept] = id;
      ws[kept++] = w[i] / norm;
    }
    vectors.push({ ids: own.subarray(0, kept), weights: ws.subarray(0, kept) });
  }
  const term = (id: number) => {
    const [x, y, z] = parts.subarray(3 * id, 3 * id + 3);
    return z >= 0 ? `q:${wordStrings[x]} ${wordStrings[y]} ${wordStrings[z]}` : y >= 0 ? `b:${wordStrings[x]} ${wordStrings[y]}` : wordStrings[x];
  };
  return { vectors, df, term };
}
