import { PairIndex } from './pairIndex.ts';
import type { ArticleTerms } from './storyTerms.ts';

/**
 * TF-IDF vectors over the archive itself, unit length, stored sparse (term ids ascending) so that a dot
 * product is one merge walk. IDF is smoothed with `prior` pseudo-documents that contain no term: in a
 * tiny archive (two articles) raw IDF would call every shared word worthless; the prior makes weights
 * near-uniform there and vanishes as the archive grows.
 *
 * Terms found in one article only are left out of the stored vectors once they have counted in the
 * norm: they can never add to a dot product, and at archive scale they are most phrases.
 */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface StoryVectors {
  vectors: SparseVector[];
  /** Document frequency of each term id. */
  df: Int32Array;
  /** Term string of an id (for explanations and debugging). */
  term: (id: number) => string;
}

/**
 * An article's terms as a terms pack keeps them (build/story-terms-pack.ts): ArticleTerms whose words
 * are ids into a vocabulary shared by every packed article (`vocabulary` below) instead of strings, so
 * that 16,000 articles' words are not hashed again on every rebuild. refs and weights as in ArticleTerms.
 */
export interface PackedTerms {
  wordIds: Int32Array;
  refs: Int32Array;
  weights: Float64Array;
  /**
   * A guess at the order the terms sort in by id: their positions, as they sorted when the pack was
   * written (see StoryVectorOptions.onSorted). Ids are numbered by first occurrence, so an archive a few
   * articles away from that one sorts them almost the same: the guess is then put right in linear time
   * instead of sorting afresh. A wrong guess only costs time.
   */
  order?: Uint16Array;
}

export interface StoryVectorOptions {
  /** The sorted word list that PackedTerms' word ids index. */
  vocabulary?: readonly string[];
  /** Called with each article's term positions in ascending order of their ids (a scratch array). */
  onSorted?: (k: number, positions: Int32Array) => void;
}

/** Whether the terms are PackedTerms (word ids) rather than ArticleTerms (word strings). */
export const isPacked = (t: ArticleTerms | PackedTerms): t is PackedTerms => (t as PackedTerms).wordIds !== undefined;

/** Index of `w` in `sorted` (ascending by UTF-16 code units, as `<` compares), or -1. */
export function findSorted(sorted: readonly string[], w: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = sorted[mid];
    if (x === w) return mid;
    if (x < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Vectors of articles 0 … n-1, whose terms `termsOf(k)` gives (computed, cached or packed: each
 * article's terms are needed once, in order, and need not be kept; they are copied before the next
 * call, so a caller may hand out the same scratch arrays each time). Term ids are numbered in order of
 * first occurrence (article by article, each article's terms in their own order), so that every sum
 * below is made in the same order whatever the storage. `vocabulary`: the sorted word list that
 * PackedTerms' word ids index; a word is one word whether it comes as a string or as an id.
 */
export function storyVectors(n: number, termsOf: (k: number) => ArticleTerms | PackedTerms, prior = 10, idfPower = 1, opts: StoryVectorOptions = {}): StoryVectors {
  const { vocabulary = [], onSorted } = opts;
  // Word ids: 0 … V-1 are the vocabulary's words; a string outside it is numbered from V on. Which id
  // a word gets never matters, only that it is one id: terms are numbered by first occurrence.
  // A word term is keyed by its word id, a phrase by its two, a quote shingle by its first two
  // (numbered apart) and its third.
  const V = vocabulary.length;
  const dict = new Map<string, number>();
  const extraWords: string[] = [];
  let termOfWord = new Int32Array(Math.max(1024, V + 1024)).fill(-1);
  const phrases = new PairIndex(1 << 16);
  const quoteStarts = new PairIndex(1 << 12);
  const quotes = new PairIndex(1 << 12);
  let quoteStartCount = 0;
  let parts = new Int32Array(3 * 1024);
  let df = new Int32Array(1024);
  // position in the current article of each of its terms, by term id (sorting by id below)
  let positionOf = new Int32Array(1024);
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
  let scratch = new Int32Array(256);
  let packedKeys = new Float64Array(256);
  let unsorted = new Int32Array(256);
  const hinted = new HintedSort();
  for (let d = 0; d < n; d++) {
    const t = termsOf(d);
    let local: Int32Array;
    if (isPacked(t)) local = t.wordIds;
    else {
      if (scratch.length < t.words.length) scratch = new Int32Array(t.words.length * 2);
      local = scratch;
      for (let i = 0; i < t.words.length; i++) {
        const w = t.words[i];
        let g = dict.get(w);
        if (g === undefined) {
          g = V > 0 ? findSorted(vocabulary, w) : -1;
          if (g < 0) {
            g = V + extraWords.length;
            extraWords.push(w);
            while (g >= termOfWord.length) termOfWord = grow(termOfWord, -1);
          }
          dict.set(w, g);
        }
        local[i] = g;
      }
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
        if (id === df.length) {
          df = grow(df);
          positionOf = grow(positionOf);
        }
        if (3 * id + 3 > parts.length) parts = grow(parts);
        parts[3 * id] = x;
        parts[3 * id + 1] = y;
        parts[3 * id + 2] = z;
      }
      df[id]++;
      own[k] = id;
      positionOf[id] = k;
    }
    // Sorted by id here, while the article's terms are at hand: from the packed order when it is close
    // (HintedSort), else as plain int32s (a native sort, far cheaper than sorting id-and-position packed
    // into doubles) with each weight following its id through positionOf. The weights are copied, so the
    // caller's terms stay as they were.
    const weights = t.weights;
    const order = isPacked(t) ? t.order : undefined;
    if (order !== undefined && hinted.sort(own, weights, order, tf)) {
      onSorted?.(d, hinted.positions);
      ids.push(own);
      tfs.push(tf);
      continue;
    }
    // Note: the ids in the article's own order, for the rare article with a term twice (below).
    if (unsorted.length < m) unsorted = new Int32Array(m * 2);
    unsorted.set(own);
    own.sort();
    let distinct = true;
    for (let i = 0; i < m; i++) {
      if (i > 0 && own[i] === own[i - 1]) {
        distinct = false;
        break;
      }
      tf[i] = weights[positionOf[own[i]]];
    }
    if (!distinct) {
      // Note: the same term twice in one article (terms made by hand, never by articleTerms): sorted
      // by id, then by position, packed into doubles as id * m + position.
      if (packedKeys.length < m) packedKeys = new Float64Array(m * 2);
      const p = packedKeys.subarray(0, m);
      for (let k = 0; k < m; k++) p[k] = unsorted[k] * m + k;
      p.sort();
      for (let i = 0; i < m; i++) {
        const id = Math.floor(p[i] / m);
        own[i] = id;
        tf[i] = weights[p[i] - id * m];
      }
    }
    if (onSorted) {
      if (scratch.length < m) scratch = new Int32Array(m * 2);
      if (distinct) for (let i = 0; i < m; i++) scratch[i] = positionOf[own[i]];
      else for (let i = 0; i < m; i++) scratch[i] = packedKeys[i] - own[i] * m;
      onSorted(d, scratch.subarray(0, m));
    }
    ids.push(own);
    tfs.push(tf);
  }
  df = df.slice(0, terms);
  const idf = new Float64Array(terms);
  for (let id = 0; id < terms; id++) idf[id] = Math.log((n + prior) / df[id]) ** idfPower;

  const vectors: SparseVector[] = [];
  for (let d = 0; d < n; d++) {
    const own = ids[d];
    const ws = tfs[d];
    const base = own.length;
    let norm = 0;
    for (let i = 0; i < base; i++) {
      const x = ws[i] * idf[own[i]];
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    // written back over the article's own arrays, keeping only terms another article shares
    let kept = 0;
    for (let i = 0; i < base; i++) {
      const id = own[i];
      if (df[id] < 2) continue;
      own[kept] = id;
      ws[kept++] = (ws[i] * idf[id]) / norm;
    }
    vectors.push({ ids: own.subarray(0, kept), weights: ws.subarray(0, kept) });
  }
  const wordOf = (x: number) => (x < V ? vocabulary[x] : extraWords[x - V]);
  const term = (id: number) => {
    const [x, y, z] = parts.subarray(3 * id, 3 * id + 3);
    return z >= 0 ? `q:${wordOf(x)} ${wordOf(y)} ${wordOf(z)}` : y >= 0 ? `b:${wordOf(x)} ${wordOf(y)}` : wordOf(x);
  };
  return { vectors, df, term };
}

/**
 * Sorting an article's term ids from a guess (PackedTerms.order): ids taken in the guessed order, then
 * insertion-sorted, each weight and position moving with its id. Linear when the guess is nearly right;
 * gives up (returns false, the ids untouched) past a budget of moves, on a position out of range, or on
 * an id met twice, and the caller sorts as usual.
 */
class HintedSort {
  private ids = new Int32Array(256);
  private weights = new Float64Array(256);
  private at = new Int32Array(256);
  /** The positions, in ascending order of id, of the last successful sort. */
  positions = new Int32Array(0);

  sort(own: Int32Array, weights: Float64Array, order: Uint16Array, tf: Float64Array): boolean {
    const m = own.length;
    if (order.length !== m) return false;
    if (this.ids.length < m) {
      this.ids = new Int32Array(m * 2);
      this.weights = new Float64Array(m * 2);
      this.at = new Int32Array(m * 2);
    }
    const { ids, weights: ws, at } = this;
    let budget = 4 * m + 64;
    for (let i = 0; i < m; i++) {
      const p = order[i];
      if (p >= m) return false;
      const id = own[p];
      const w = weights[p];
      let j = i - 1;
      while (j >= 0 && ids[j] > id) {
        if (--budget < 0) return false;
        ids[j + 1] = ids[j];
        ws[j + 1] = ws[j];
        at[j + 1] = at[j];
        j--;
      }
      if (j >= 0 && ids[j] === id) return false;
      ids[j + 1] = id;
      ws[j + 1] = w;
      at[j + 1] = p;
    }
    own.set(ids.subarray(0, m));
    tf.set(ws.subarray(0, m));
    this.positions = at.subarray(0, m);
    return true;
  }
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
