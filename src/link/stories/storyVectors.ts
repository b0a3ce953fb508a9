/**
 * TF-IDF vectors over the archive itself, unit length, stored sparse (term ids ascending) so that a dot
 * product is one merge walk. IDF is smoothed with `prior` pseudo-documents that contain no term: in a
 * tiny archive (two articles) raw IDF would call every shared word worthless; the prior makes weights
 * near-uniform there and vanishes as the archive grows.
 */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface StoryVectors {
  vectors: SparseVector[];
  /** Document frequency of each term id. */
  df: Int32Array;
  /** Term string of each id (for explanations and debugging). */
  terms: string[];
}

export function storyVectors(termMaps: Map<string, number>[], prior = 10, idfPower = 1): StoryVectors {
  const vocab = new Map<string, number>();
  const terms: string[] = [];
  const dfList: number[] = [];
  const docIds: number[][] = termMaps.map((m) => {
    const ids: number[] = [];
    for (const t of m.keys()) {
      let id = vocab.get(t);
      if (id === undefined) {
        id = terms.length;
        vocab.set(t, id);
        terms.push(t);
        dfList.push(0);
      }
      dfList[id]++;
      ids.push(id);
    }
    return ids;
  });
  const n = termMaps.length;
  const df = Int32Array.from(dfList);
  const idf = Float64Array.from(dfList, (d) => Math.log((n + prior) / d) ** idfPower);
  const vectors = termMaps.map((m, k) => {
    const ids = docIds[k];
    const ws = Float64Array.from(m.values());
    // sort (id, weight) pairs by id: pack id and position into one number, id * size + position
    const base = ids.length;
    const packed = Float64Array.from(ids, (id, i) => id * base + i).sort();
    const v: SparseVector = { ids: new Int32Array(packed.length), weights: new Float64Array(packed.length) };
    let norm = 0;
    for (let i = 0; i < packed.length; i++) {
      const id = Math.floor(packed[i] / base);
      const w = ws[packed[i] - id * base] * idf[id];
      v.ids[i] = id;
      v.weights[i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < v.weights.length; i++) v.weights[i] /= norm;
    return v;
  });
  return { vectors, df, terms };
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) {
      s += a.weights[i++] * b.weights[j++];
    } else if (x < y) i++;
    else j++;
  }
  return s;
}
