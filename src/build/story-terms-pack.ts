/**
 * Every article's story terms in one file of the record cache (`story-terms.pack` beside the entries),
 * so that same-story linking of a 16,000-article archive reads one file instead of 16,000 `.terms`
 * files, and finds each article's words as ids into one vocabulary instead of hashing 2 million word
 * strings again (link/stories/storyVectors PackedTerms).
 *
 * The `.terms` files stay the source of truth: an entry missing from the pack (a new article), or a pack
 * that is missing, damaged or of another record version, is read from them as before. The pack only
 * repeats them, so what linking computes never depends on it. It is rewritten when it has gone stale
 * (see `packIsStale`), not on every build: adding one article reads that article's `.terms` file.
 *
 * Layout (little-endian; every section starts at a multiple of 8 bytes, so typed arrays view the file):
 *   header   u32 × 12: magic, format, bytes of the record version, vocabulary words, vocabulary bytes,
 *            palette size, entries, key bytes, words (all entries), terms (all entries), 0, 0
 *   palette  f64 × palette size: the distinct term weights (weights are few: a tf times a kind's boost)
 *   entries  u32 × 4 × entries: first word, word count, first term, term count
 *   words    i32 × words: each entry's words as vocabulary ids
 *   refs     u16 × 3 × terms: as ArticleTerms refs, 0xffff for none
 *   weights  u16 × terms: palette indexes
 *   order    u16 × terms: per entry, its term positions in ascending order of their ids when the pack
 *            was written (PackedTerms.order: nearly how they sort in the next builds)
 *   then UTF-8 text: the record version; the vocabulary, sorted, joined by "\n"; the keys joined by "\n"
 * (a term word never holds a line break; a cache key is hex and ":" only).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ArticleTerms } from '../link/stories/storyTerms.ts';
import { isPacked, type PackedTerms } from '../link/stories/storyVectors.ts';

const MAGIC = 0x50545342; // "BSTP"
const FORMAT = 2;
const HEADER = 48;
const NONE = 0xffff;
/** An entry's word indexes are u16 (0xffff meaning none), its weights u16 palette indexes. */
const MAX_WORDS = NONE;
const MAX_PALETTE = 0x10000;

const align8 = (n: number): number => (n + 7) & ~7;

export class TermsPack {
  /** The pack's words, sorted by UTF-16 code units: PackedTerms' word ids index this. */
  readonly vocabulary: string[];
  private readonly index = new Map<string, number>();
  private readonly entries: Uint32Array;
  private readonly words: Int32Array;
  private readonly refs: Uint16Array;
  private readonly weightIndex: Uint16Array;
  private readonly order: Uint16Array;
  private readonly palette: Float64Array;
  // Scratch handed out by `terms` (valid until its next call: storyVectors copies what it keeps).
  private refsOut = new Int32Array(3 * 1024);
  private weightsOut = new Float64Array(1024);

  private constructor(b: Uint8Array, vocabulary: string[], keys: string[], sizes: { palette: number; entries: number; words: number; terms: number }) {
    this.vocabulary = vocabulary;
    keys.forEach((k, i) => this.index.set(k, i));
    let at = HEADER;
    const view = <T>(make: (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number, width: number): T => {
      const out = make(b.buffer, b.byteOffset + at, length);
      at = align8(at + length * width);
      return out;
    };
    this.palette = view((x, o, l) => new Float64Array(x, o, l), sizes.palette, 8);
    this.entries = view((x, o, l) => new Uint32Array(x, o, l), 4 * sizes.entries, 4);
    this.words = view((x, o, l) => new Int32Array(x, o, l), sizes.words, 4);
    this.refs = view((x, o, l) => new Uint16Array(x, o, l), 3 * sizes.terms, 2);
    this.weightIndex = view((x, o, l) => new Uint16Array(x, o, l), sizes.terms, 2);
    this.order = view((x, o, l) => new Uint16Array(x, o, l), sizes.terms, 2);
  }

  /** How many entries the pack holds. */
  get size(): number {
    return this.index.size;
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  /**
   * The terms of the entry `key`, or undefined when the pack has none or they do not hold together
   * (a word id outside the vocabulary, a ref outside the entry's words): then the `.terms` file decides.
   * The refs and weights are scratch arrays, overwritten by the next call.
   */
  terms(key: string): PackedTerms | undefined {
    const e = this.index.get(key);
    if (e === undefined) return undefined;
    const firstWord = this.entries[4 * e];
    const wordCount = this.entries[4 * e + 1];
    const firstTerm = this.entries[4 * e + 2];
    const m = this.entries[4 * e + 3];
    if (firstWord + wordCount > this.words.length || firstTerm + m > this.weightIndex.length) return undefined;
    const wordIds = this.words.subarray(firstWord, firstWord + wordCount);
    const V = this.vocabulary.length;
    for (let i = 0; i < wordCount; i++) if (wordIds[i] < 0 || wordIds[i] >= V) return undefined;
    if (this.refsOut.length < 3 * m) {
      this.refsOut = new Int32Array(6 * m);
      this.weightsOut = new Float64Array(2 * m);
    }
    const refs = this.refsOut;
    const weights = this.weightsOut;
    const from = this.refs;
    const P = this.palette.length;
    for (let k = 0; k < m; k++) {
      const at = 3 * (firstTerm + k);
      const x = from[at];
      const y = from[at + 1];
      const z = from[at + 2];
      if (x >= wordCount || (y !== NONE && y >= wordCount) || (z !== NONE && (z >= wordCount || y === NONE))) return undefined;
      refs[3 * k] = x;
      refs[3 * k + 1] = y === NONE ? -1 : y;
      refs[3 * k + 2] = z === NONE ? -1 : z;
      const w = this.weightIndex[firstTerm + k];
      if (w >= P) return undefined;
      weights[k] = this.palette[w];
    }
    return { wordIds, refs: refs.subarray(0, 3 * m), weights: weights.subarray(0, m), order: this.order.subarray(firstTerm, firstTerm + m) };
  }

  /** The pack in `bytes`, or null when they are not a whole pack of this record version. */
  static parse(bytes: Uint8Array, recordVersion: string): TermsPack | null {
    // Note: typed-array views need aligned offsets; a large file read whole has its own buffer at 0.
    const b = bytes.byteOffset % 8 === 0 ? bytes : Uint8Array.from(bytes);
    if (b.length < HEADER) return null;
    const h = new Uint32Array(b.buffer, b.byteOffset, HEADER / 4);
    if (h[0] !== MAGIC || h[1] !== FORMAT) return null;
    const [, , versionBytes, vocabularyWords, vocabularyBytes, palette, entries, keyBytes, words, terms] = h;
    const binary = HEADER + align8(8 * palette) + align8(16 * entries) + align8(4 * words) + align8(6 * terms) + 2 * align8(2 * terms);
    if (b.length !== binary + versionBytes + vocabularyBytes + keyBytes) return null;
    const text = Buffer.from(b.buffer, b.byteOffset, b.length);
    if (text.toString('utf8', binary, binary + versionBytes) !== recordVersion) return null;
    const vocabulary = vocabularyWords === 0 ? [] : text.toString('utf8', binary + versionBytes, binary + versionBytes + vocabularyBytes).split('\n');
    const keys = entries === 0 ? [] : text.toString('utf8', binary + versionBytes + vocabularyBytes).split('\n');
    if (vocabulary.length !== vocabularyWords || keys.length !== entries) return null;
    return new TermsPack(b, vocabulary, keys, { palette, entries, words, terms });
  }

  /** The pack at `path`, or null when there is none or it cannot be used. */
  static read(path: string, recordVersion: string): TermsPack | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return null;
    }
    return TermsPack.parse(bytes, recordVersion);
  }
}

/**
 * Whether a pack should be written afresh for an archive of `articles` entries, `missing` of them not
 * in it: when there is none, or when enough articles were added since (each costs a file read and a
 * word lookup per word) or removed (each holds memory for nothing) that rewriting, a few hundred
 * milliseconds, pays. Adding or removing today's article never rewrites it. The record pack
 * (record-pack.ts) follows the same rule.
 */
export function packIsStale(pack: { readonly size: number } | null, articles: number, missing: number): boolean {
  if (pack === null) return articles > 0;
  const unused = pack.size - (articles - missing);
  return missing > Math.max(32, articles >> 6) || unused > Math.max(32, articles >> 2);
}

/** Collects entries as linking reads them, then writes the pack. */
export class TermsPackWriter {
  private readonly keys: string[] = [];
  private readonly seen = new Set<string>();
  /** word string → id in order of first occurrence; sorted into vocabulary ids by `bytes` */
  private readonly wordId = new Map<string, number>();
  private readonly wordList: string[] = [];
  private readonly paletteOf = new Map<number, number>();
  private readonly palette: number[] = [];
  private entries: number[] = [];
  private words = new Int32Array(1 << 16);
  private wordCount = 0;
  private refs = new Uint16Array(3 << 16);
  private weights = new Uint16Array(1 << 16);
  private order = new Uint16Array(1 << 16);
  private termCount = 0;
  /** Where the last entry added starts and ends in the term arrays (see `setOrder`), or -1 when it was left out. */
  private lastFrom = -1;
  private lastTo = -1;
  /** vocabulary id of a pack being read → id here, when entries come packed */
  private fromVocabulary: Int32Array | null = null;
  private fromWords: readonly string[] | null = null;

  private idOf(w: string): number {
    let id = this.wordId.get(w);
    if (id === undefined) {
      id = this.wordList.length;
      this.wordId.set(w, id);
      this.wordList.push(w);
    }
    return id;
  }

  /**
   * Adds the entry `key` (its terms as ArticleTerms, or as PackedTerms over `vocabulary`). An entry
   * the layout cannot hold exactly (65,535 words or more, a 65,537th distinct weight) is left out:
   * its `.terms` file serves it.
   */
  add(key: string, t: ArticleTerms | PackedTerms, vocabulary: readonly string[] = []): void {
    this.lastFrom = this.lastTo = -1;
    if (this.seen.has(key) || key.includes('\n')) return;
    const n = isPacked(t) ? t.wordIds.length : t.words.length;
    const m = t.weights.length;
    if (n >= MAX_WORDS || m > MAX_WORDS) return;
    // weights first: an entry that would overflow the palette is left out before anything is stored
    const fresh = new Map<number, number>();
    for (let k = 0; k < m; k++) {
      const w = t.weights[k];
      // Note: a Map finds 0 for -0; an entry with both (never made by articleTerms) is left out.
      const known = this.paletteOf.get(w);
      if (known !== undefined) {
        if (!Object.is(this.palette[known], w)) return;
        continue;
      }
      const f = fresh.get(w);
      if (f !== undefined) {
        if (!Object.is(f, w)) return;
        continue;
      }
      fresh.set(w, w);
      if (this.palette.length + fresh.size > MAX_PALETTE) return;
    }
    for (const w of fresh.values()) {
      this.paletteOf.set(w, this.palette.length);
      this.palette.push(w);
    }
    this.seen.add(key);
    this.keys.push(key);
    this.entries.push(this.wordCount, n, this.termCount, m);
    while (this.wordCount + n > this.words.length) this.words = grow(this.words);
    if (isPacked(t)) {
      if (this.fromWords !== vocabulary) {
        this.fromWords = vocabulary;
        this.fromVocabulary = new Int32Array(vocabulary.length).fill(-1);
      }
      const map = this.fromVocabulary!;
      for (let i = 0; i < n; i++) {
        const v = t.wordIds[i];
        let id = map[v];
        if (id < 0) id = map[v] = this.idOf(vocabulary[v]);
        this.words[this.wordCount++] = id;
      }
    } else {
      for (let i = 0; i < n; i++) this.words[this.wordCount++] = this.idOf(t.words[i]);
    }
    while (3 * (this.termCount + m) > this.refs.length) this.refs = grow(this.refs);
    while (this.termCount + m > this.weights.length) {
      this.weights = grow(this.weights);
      this.order = grow(this.order);
    }
    for (let k = 0; k < m; k++) {
      const at = 3 * (this.termCount + k);
      for (let j = 0; j < 3; j++) {
        const r = t.refs[3 * k + j];
        this.refs[at + j] = r < 0 ? NONE : r;
      }
      this.weights[this.termCount + k] = this.paletteOf.get(t.weights[k])!;
      this.order[this.termCount + k] = k;
    }
    this.lastFrom = this.termCount;
    this.termCount += m;
    this.lastTo = this.termCount;
  }

  /** The order the last entry added sorted in (StoryVectorOptions.onSorted); ignored if it was left out. */
  setOrder(positions: Int32Array): void {
    if (this.lastFrom < 0 || positions.length !== this.lastTo - this.lastFrom) return;
    this.order.set(positions, this.lastFrom);
  }

  /** How many entries were added. */
  get size(): number {
    return this.keys.length;
  }

  /** The pack's bytes, for the record version `recordVersion`. */
  bytes(recordVersion: string): Uint8Array {
    // The vocabulary sorted, so that a word not given as an id is found by binary search.
    const order = this.wordList.map((_, i) => i).sort((a, b) => (this.wordList[a] < this.wordList[b] ? -1 : 1));
    const rank = new Int32Array(order.length);
    order.forEach((id, r) => (rank[id] = r));
    const version = Buffer.from(recordVersion, 'utf8');
    const vocabulary = Buffer.from(order.map((id) => this.wordList[id]).join('\n'), 'utf8');
    const keys = Buffer.from(this.keys.join('\n'), 'utf8');
    const P = this.palette.length;
    const N = this.keys.length;
    const W = this.wordCount;
    const T = this.termCount;
    const binary = HEADER + align8(8 * P) + align8(16 * N) + align8(4 * W) + align8(6 * T) + 2 * align8(2 * T);
    const out = new Uint8Array(binary + version.length + vocabulary.length + keys.length);
    new Uint32Array(out.buffer, 0, HEADER / 4).set([MAGIC, FORMAT, version.length, order.length, vocabulary.length, P, N, keys.length, W, T, 0, 0]);
    let at = HEADER;
    new Float64Array(out.buffer, at, P).set(this.palette);
    at += align8(8 * P);
    new Uint32Array(out.buffer, at, 4 * N).set(this.entries);
    at += align8(16 * N);
    const words = new Int32Array(out.buffer, at, W);
    for (let i = 0; i < W; i++) words[i] = rank[this.words[i]];
    at += align8(4 * W);
    new Uint16Array(out.buffer, at, 3 * T).set(this.refs.subarray(0, 3 * T));
    at += align8(6 * T);
    new Uint16Array(out.buffer, at, T).set(this.weights.subarray(0, T));
    at += align8(2 * T);
    new Uint16Array(out.buffer, at, T).set(this.order.subarray(0, T));
    at += align8(2 * T);
    out.set(version, at);
    out.set(vocabulary, at + version.length);
    out.set(keys, at + version.length + vocabulary.length);
    return out;
  }

  /** Writes the pack to `path` (written then renamed: a build killed midway leaves the old pack or none). */
  write(path: string, recordVersion: string): void {
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, this.bytes(recordVersion));
    renameSync(tmp, path);
  }
}

function grow<T extends Int32Array | Uint16Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
