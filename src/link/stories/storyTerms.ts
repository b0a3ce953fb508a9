import { NOT_NAMES, STOPWORDS } from './stopwords.ts';

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

interface Token {
  /** Lower-cased surface form, possessive removed. */
  low: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Every letter is a capital (an acronym such as "US", "BBC"). */
  allCaps: boolean;
  /** First token of its sentence: its capital says nothing about being a name. */
  initial: boolean;
  /** Contains a digit: a number, a model name ("8900", "Q10"), a date. */
  num: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;
const SENTENCE_END = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u;
const DIGIT = /[0-9]/;

function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n+/)) {
    const p = para.trim();
    if (p) out.push(...p.split(SENTENCE_END));
  }
  return out;
}

function tokensOf(sentence: string): Token[] {
  const out: Token[] = [];
  // Lower-case the sentence once; per-token slices of it are the tokens' lower-case forms (unless
  // lower-casing changed the length, as it can for a few non-English letters).
  const lowered = sentence.toLowerCase();
  const aligned = lowered.length === sentence.length;
  // one shared /g regex: exec is synchronous, so resetting lastIndex is enough
  const re = TOKEN;
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    let raw = m[0];
    // possessive and trailing abbreviation dot: "Smith's" is Smith, "U.S." is "u.s"
    const last = raw.charCodeAt(raw.length - 1);
    if ((last === 115 || last === 83) && raw.length > 2 && (raw[raw.length - 2] === "'" || raw[raw.length - 2] === '’')) raw = raw.slice(0, -2);
    else if (last === 46) raw = raw.slice(0, -1);
    const low = aligned ? lowered.slice(m.index, m.index + raw.length) : raw.toLowerCase();
    const cap = raw[0] !== low[0];
    const allCaps = cap && raw.length >= 2 && raw === raw.toUpperCase();
    out.push({ low, cap, allCaps, initial: out.length === 0, num: DIGIT.test(low) });
  }
  return out;
}

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

/** Words this article treats as names: capitalised mid-sentence, never written in lower case. */
function nameWords(sentences: Token[][]): Set<string> {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const s of sentences) {
    for (const t of s) {
      if (!t.cap) lower.add(t.low);
      else if (!t.initial || t.allCaps) capitalised.add(t.low);
    }
  }
  const names = new Set<string>();
  for (const w of capitalised) if (!lower.has(w) && !NOT_NAMES.has(w) && !DIGIT.test(w)) names.add(w);
  return names;
}

/** At most half the longer words after the first are capitalised: capitals there mark names. */
function isSentenceCase(s: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of s) {
    if (t.initial || t.num || t.allCaps || t.low.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words > 0 && caps * 2 <= words;
}

/** Quoted passages: text between curly or straight double quotes. */
function quotedSpans(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/“([^”]{3,}?)”|"([^"\n]{3,}?)"/g)) out.push(m[1] ?? m[2]);
  return out;
}

function isContent(t: Token, names: Set<string>): boolean {
  if (t.num) return true;
  if (t.low.length < 2) return false;
  // "US" is a country, "us" a pronoun: an acronym mid-sentence is kept even when its lower case is a stopword.
  if (STOPWORDS.has(t.low)) return t.allCaps && !t.initial && names.has(t.low);
  return true;
}

function termOf(t: Token, names: Set<string>): string {
  if (t.num || names.has(t.low)) return t.low;
  return stem(t.low);
}

export function storyTerms(a: TermSource, weights: TermWeights = DEFAULT_TERM_WEIGHTS): Map<string, number> {
  const bodySentences = sentencesOf(a.body).map(tokensOf);
  const headSentences = sentencesOf(a.headline).map(tokensOf);
  // A headline in sentence case ("Dina Boluarte sends army to Caylloma") shows names by their capitals
  // as a body does; a Title Case one capitalises every word and says nothing. A snippet whose only text
  // is its headline needs this to see names at all.
  const names = nameWords([...bodySentences, ...headSentences.filter(isSentenceCase)]);
  // Optional entity lists: every word of a listed name counts as a name.
  for (const list of [a.people, a.places, a.orgs]) {
    for (const n of list ?? []) for (const m of n.matchAll(TOKEN)) names.add(m[0].toLowerCase());
  }
  const counts = new Map<string, number>();
  const add = (term: string, by: number) => counts.set(term, (counts.get(term) ?? 0) + by);
  const boost = new Map<string, number>();

  const take = (sentences: Token[][], factor: number) => {
    for (const s of sentences) {
      let prev: { term: string; name: boolean } | null = null;
      for (const t of s) {
        if (!isContent(t, names)) {
          prev = null;
          continue;
        }
        const name = names.has(t.low);
        const term = t.num || name ? t.low : stem(t.low);
        add(term, factor);
        if (name) boost.set(term, weights.name);
        else if (t.num) boost.set(term, weights.number);
        if (prev) {
          const b = `b:${prev.term} ${term}`;
          add(b, factor);
          boost.set(b, weights.bigram * (prev.name && name ? weights.name : 1));
        }
        prev = { term, name };
      }
    }
  };
  take(headSentences, weights.headline);
  take(bodySentences, 1);

  const quotes = [...quotedSpans(a.body), ...(a.quotes ?? [])];
  for (const q of quotes) {
    const toks = tokensOf(q);
    for (let i = 0; i + 3 <= toks.length; i++) {
      const tri = toks.slice(i, i + 3);
      if (tri.filter((t) => isContent(t, names)).length < 2) continue;
      const term = `q:${tri.map((t) => termOf(t, names)).join(' ')}`;
      if (!counts.has(term)) {
        add(term, 1);
        boost.set(term, weights.quote);
      }
    }
  }

  // Sublinear tf: the tenth "Kirby" says less than the second.
  const out = new Map<string, number>();
  for (const [term, c] of counts) out.set(term, (1 + Math.log(c)) * (boost.get(term) ?? 1));
  return out;
}
