import { PairIndex } from './pairIndex.ts';
import { ALL_CAPS, CAP, INITIAL, NUM, TokenBuffer } from './tokenBuffer.ts';
import { DIGIT, NOT_NAME, STOP, WordTable } from './wordTable.ts';

/**
 * The weighted terms (before IDF) that say what one article is about. Term kinds, by prefix:
 *   plain  content word, lightly stemmed ("missiles" → "missil")
 *   b:     two adjacent content words ("ballistic missil") — phrases are more specific than words
 *   q:     three words from inside quotation marks — the same quote in two articles is strong evidence
 * Names (words this article capitalises mid-sentence and never writes in lower case) and numbers are
 * boosted: they tell one earthquake from another, where topic words ("quake", "magnitude") cannot.
 */
export interface TermWeights {
  /** Multiplier on headline tokens' counts: the headline states the story. */
  headline: number;
  /** Multiplier on name words and on phrases made of names. */
  name: number;
  /** Multiplier on number tokens ("8900", "6.1", "2013"). */
  number: number;
  /** Multiplier on adjacent-word phrases. */
  bigram: number;
  /** Multiplier on quote shingles. */
  quote: number;
}

export const DEFAULT_TERM_WEIGHTS: TermWeights = { headline: 2, name: 2, number: 3, bigram: 1, quote: 1.5 };

export interface TermSource {
  headline: string;
  body: string;
  people?: string[];
  places?: string[];
  orgs?: string[];
  quotes?: string[];
}

/**
 * One article's terms in a compact, serialisable form, independent of any other article (so it can be
 * cached per article, keyed by the article's headline, body, entity lists, quotes and the weights):
 *   words    the distinct words its terms are made of (stems, names, numbers, a quote's words)
 *   refs     three word indexes per term, in the order terms first occur: [i, -1, -1] is the word
 *            words[i]; [i, j, -1] the phrase "b:words[i] words[j]"; [i, j, k] the quote shingle
 *            "q:words[i] words[j] words[k]"
 *   weights  each term's weight before IDF: sublinear tf times its kind's boost
 * Turn it back into term strings with `termStrings`.
 */
export interface ArticleTerms {
  words: string[];
  refs: Int32Array;
  weights: Float64Array;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** Light suffix stripping so "killed", "killing" and "kills" meet; names and numbers are left alone. */
export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const w = stripSuffix(word);
  // the memo is a cache of a pure function; cleared when large so memory stays bounded
  if (stems.size > 200_000) stems.clear();
  stems.set(word, w);
  return w;
}

const stems = new Map<string, string>();

function stripSuffix(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Quoted passages: text between curly or straight double quotes. */
function quotedSpans(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/“([^”]{3,}?)”|"([^"\n]{3,}?)"/g)) out.push(m[1] ?? m[2]);
  return out;
}

// Scratch state reused from article to article: the word memo, the token buffer and the term tables.
// articleTerms is still a pure function of its arguments: these only spare allocations.
const words = new WordTable();
const tokens = new TokenBuffer();
const phrases = new PairIndex(4096);
let stamp = 0;
const termA: number[] = [];
const termB: number[] = [];
const termC: number[] = [];
const shingleFirst = new PairIndex(256);
const shingleThen = new PairIndex(256);
const termCount: number[] = [];
const termBoost: number[] = [];
/** Per word of the current article (index into its word list): its unigram term, or -1. */
const unigram: number[] = [];

export function articleTerms(a: TermSource, weights: TermWeights = DEFAULT_TERM_WEIGHTS): ArticleTerms {
  words.bound();
  const s = ++stamp;
  tokens.reset();
  phrases.clear();
  tokens.text(a.headline, words, true);
  const headEnd = tokens.sentences;
  tokens.text(a.body, words, true);
  const bodyEnd = tokens.sentences;
  const { word, flag, start } = tokens;
  const { info, nameMark } = words;

  // Names: words this article capitalises mid-sentence (or as an acronym) and never writes in lower
  // case. A headline in sentence case ("Dina Boluarte sends army to Caylloma") shows names by their
  // capitals as a body does; a Title Case one capitalises every word and says nothing. A snippet whose
  // only text is its headline needs this to see names at all.
  const capitalised: number[] = [];
  for (let k = 0; k < bodyEnd; k++) {
    if (k < headEnd && !isSentenceCase(start[k], start[k + 1])) continue;
    for (let i = start[k]; i < start[k + 1]; i++) {
      const w = word[i];
      const f = flag[i];
      if (!(f & CAP)) words.lowerMark[w] = s;
      else if ((!(f & INITIAL) || f & ALL_CAPS) && words.capMark[w] !== s) {
        words.capMark[w] = s;
        capitalised.push(w);
      }
    }
  }
  for (const w of capitalised) if (words.lowerMark[w] !== s && !(info[w] & (NOT_NAME | DIGIT))) nameMark[w] = s;
  // Optional entity lists: every word of a listed name counts as a name.
  for (const list of [a.people, a.places, a.orgs]) {
    for (const n of list ?? []) for (const m of n.matchAll(TOKEN)) nameMark[words.of(m[0].toLowerCase())] = s;
  }

  const list: string[] = [];
  let terms = 0;
  const { localMark, local, text } = words;
  // one term per (word), (word, word) or (word, word, word): unigram[x] for words, tables for the rest
  let prev = -1;
  let prevName = false;
  let factor = weights.headline;
  for (let k = 0; k < bodyEnd; k++) {
    if (k === headEnd) factor = 1;
    prev = -1;
    for (let i = start[k]; i < start[k + 1]; i++) {
      const f = flag[i];
      let w = word[i];
      if (!isContent(f, w, s)) {
        prev = -1;
        continue;
      }
      const name = nameMark[w] === s;
      const num = (f & NUM) !== 0;
      // names and numbers are terms as written; other words are stemmed
      if (!num && !name) w = words.stem(w, stem);
      let x: number;
      if (localMark[w] === s) x = local[w];
      else {
        localMark[w] = s;
        x = local[w] = list.length;
        unigram[x] = -1;
        list.push(text[w]);
      }
      let t = unigram[x];
      if (t < 0) t = unigram[x] = newTerm(terms++, x, -1, -1, 1);
      termCount[t] += factor;
      if (name) termBoost[t] = weights.name;
      else if (num) termBoost[t] = weights.number;
      if (prev >= 0) {
        let b = phrases.getOrSet(prev, x, terms);
        if (b < 0) b = newTerm(terms++, prev, x, -1, 1);
        termCount[b] += factor;
        // the last occurrence decides, as a stem may meet a name of the same spelling
        termBoost[b] = weights.bigram * (prevName && name ? weights.name : 1);
      }
      prev = x;
      prevName = name;
    }
  }

  // Quote shingles: three words from inside quotation marks, at least two of them content words;
  // each distinct shingle counts once.
  shingleFirst.clear();
  shingleThen.clear();
  let firstTwo = 0;
  for (const q of [...quotedSpans(a.body), ...(a.quotes ?? [])]) {
    const from = tokens.count;
    tokens.text(q, words, false);
    for (let i = from; i + 3 <= tokens.count; i++) {
      if ((isContent(flag[i], word[i], s) ? 1 : 0) + (isContent(flag[i + 1], word[i + 1], s) ? 1 : 0) + (isContent(flag[i + 2], word[i + 2], s) ? 1 : 0) < 2) continue;
      const x = quoteWord(i, s, list);
      const y = quoteWord(i + 1, s, list);
      const z = quoteWord(i + 2, s, list);
      let p = shingleFirst.getOrSet(x, y, firstTwo);
      if (p < 0) p = firstTwo++;
      if (shingleThen.getOrSet(p, z, terms) >= 0) continue;
      termCount[newTerm(terms++, x, y, z, weights.quote)] = 1;
    }
  }

  const refs = new Int32Array(3 * terms);
  const out = new Float64Array(terms);
  for (let t = 0; t < terms; t++) {
    refs[3 * t] = termA[t];
    refs[3 * t + 1] = termB[t];
    refs[3 * t + 2] = termC[t];
    // Sublinear tf: the tenth "Kirby" says less than the second.
    out[t] = (1 + Math.log(termCount[t])) * termBoost[t];
  }
  return { words: list, refs, weights: out };
}

function newTerm(t: number, x: number, y: number, z: number, boost: number): number {
  termA[t] = x;
  termB[t] = y;
  termC[t] = z;
  termCount[t] = 0;
  termBoost[t] = boost;
  return t;
}

function isContent(f: number, w: number, s: number): boolean {
  if (f & NUM) return true;
  if (words.text[w].length < 2) return false;
  // "US" is a country, "us" a pronoun: an acronym mid-sentence is kept even when its lower case is a stopword.
  if (words.info[w] & STOP) return (f & ALL_CAPS) !== 0 && !(f & INITIAL) && words.nameMark[w] === s;
  return true;
}

/** Index in the article's word list of token i's term word (as written for names and numbers, else stemmed). */
function quoteWord(i: number, s: number, list: string[]): number {
  let w = tokens.word[i];
  if (!(tokens.flag[i] & NUM || words.nameMark[w] === s)) w = words.stem(w, stem);
  if (words.localMark[w] === s) return words.local[w];
  words.localMark[w] = s;
  words.local[w] = list.length;
  unigram[list.length] = -1;
  list.push(words.text[w]);
  return list.length - 1;
}

/** At most half the longer words after the first are capitalised: capitals there mark names. */
function isSentenceCase(from: number, to: number): boolean {
  let n = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    const f = tokens.flag[i];
    if (f & (INITIAL | NUM | ALL_CAPS) || words.text[tokens.word[i]].length < 4) continue;
    n++;
    if (f & CAP) caps++;
  }
  return n > 0 && caps * 2 <= n;
}

/** The term string of each term of `t`, in order ("missil", "b:ballistic missil", "q:…"). */
export function termStrings(t: ArticleTerms): string[] {
  const out: string[] = [];
  for (let k = 0; k < t.weights.length; k++) {
    const [x, y, z] = t.refs.subarray(3 * k, 3 * k + 3);
    out.push(z >= 0 ? `q:${t.words[x]} ${t.words[y]} ${t.words[z]}` : y >= 0 ? `b:${t.words[x]} ${t.words[y]}` : t.words[x]);
  }
  return out;
}

/** The weighted terms of one article as a map (term string → weight), in first-occurrence order. */
export function storyTerms(a: TermSource, weights: TermWeights = DEFAULT_TERM_WEIGHTS): Map<string, number> {
  const t = articleTerms(a, weights);
  const names = termStrings(t);
  return new Map(names.map((n, k) => [n, t.weights[k]]));
}
