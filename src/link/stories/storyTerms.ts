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
 *   words    distinct unigram terms (stems, names, numbers) and quote shingles ("q:…")
 *   refs     two numbers per term, in the order terms first occur: [i, -1] is words[i];
 *            [i, j] the phrase "b:words[i] words[j]"; [i, -2] the quote shingle words[i]
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
  const newTerm = (x: number, y: number, boost: number): number => {
    termA[terms] = x;
    termB[terms] = y;
    termCount[terms] = 0;
    termBoost[terms] = boost;
    return terms++;
  };
  /** The article's index for word w, added to its word list on first use. */
  const localOf = (w: number): number => {
    if (words.localMark[w] === s) return words.local[w];
    words.localMark[w] = s;
    words.local[w] = list.length;
    unigram[list.length] = -1;
    list.push(words.text[w]);
    return list.length - 1;
  };
  const isContent = (i: number): boolean => {
    const f = flag[i];
    if (f & NUM) return true;
    const w = word[i];
    if (words.text[w].length < 2) return false;
    // "US" is a country, "us" a pronoun: an acronym mid-sentence is kept even when its lower case is a stopword.
    if (info[w] & STOP) return (f & ALL_CAPS) !== 0 && !(f & INITIAL) && nameMark[w] === s;
    return true;
  };
  /** Names and numbers are terms as written; other words are stemmed. */
  const termWord = (i: number): number => (flag[i] & NUM || nameMark[word[i]] === s ? word[i] : words.stem(word[i], stem));

  const take = (from: number, to: number, factor: number) => {
    for (let k = from; k < to; k++) {
      let prev = -1;
      let prevName = false;
      for (let i = start[k]; i < start[k + 1]; i++) {
        if (!isContent(i)) {
          prev = -1;
          continue;
        }
        const name = nameMark[word[i]] === s;
        const num = (flag[i] & NUM) !== 0;
        const x = localOf(num || name ? word[i] : words.stem(word[i], stem));
        let t = unigram[x];
        if (t < 0) t = unigram[x] = newTerm(x, -1, 1);
        termCount[t] += factor;
        if (name) termBoost[t] = weights.name;
        else if (num) termBoost[t] = weights.number;
        if (prev >= 0) {
          let b = phrases.getOrSet(prev, x, terms);
          if (b < 0) b = newTerm(prev, x, 1);
          termCount[b] += factor;
          // the last occurrence decides, as a stem may meet a name of the same spelling
          termBoost[b] = weights.bigram * (prevName && name ? weights.name : 1);
        }
        prev = x;
        prevName = name;
      }
    }
  };
  take(0, headEnd, weights.headline);
  take(headEnd, bodyEnd, 1);

  // Quote shingles: three words from inside quotation marks, at least two of them content words.
  const shingles = new Map<string, number>();
  for (const q of [...quotedSpans(a.body), ...(a.quotes ?? [])]) {
    const from = tokens.count;
    tokens.text(q, words, false);
    for (let i = from; i + 3 <= tokens.count; i++) {
      if ((isContent(i) ? 1 : 0) + (isContent(i + 1) ? 1 : 0) + (isContent(i + 2) ? 1 : 0) < 2) continue;
      const term = `q:${words.text[termWord(i)]} ${words.text[termWord(i + 1)]} ${words.text[termWord(i + 2)]}`;
      if (shingles.has(term)) continue;
      shingles.set(term, list.length);
      termCount[newTerm(list.length, -2, weights.quote)] = 1;
      list.push(term);
    }
  }

  const refs = new Int32Array(2 * terms);
  const out = new Float64Array(terms);
  for (let t = 0; t < terms; t++) {
    refs[2 * t] = termA[t];
    refs[2 * t + 1] = termB[t];
    // Sublinear tf: the tenth "Kirby" says less than the second.
    out[t] = (1 + Math.log(termCount[t])) * termBoost[t];
  }
  return { words: list, refs, weights: out };
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
    const x = t.refs[2 * k];
    const y = t.refs[2 * k + 1];
    out.push(y >= 0 ? `b:${t.words[x]} ${t.words[y]}` : t.words[x]);
  }
  return out;
}

/** The weighted terms of one article as a map (term string → weight), in first-occurrence order. */
export function storyTerms(a: TermSource, weights: TermWeights = DEFAULT_TERM_WEIGHTS): Map<string, number> {
  const t = articleTerms(a, weights);
  const names = termStrings(t);
  return new Map(names.map((n, k) => [n, t.weights[k]]));
}
