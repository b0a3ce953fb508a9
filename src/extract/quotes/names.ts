/**
 * Speaker names: the canonical form of one name, and the article's fullest form of a short one.
 */
import { HONORIFICS, isKnownFirstName, isKnownOrganization, NAME_TITLES, ORG_WORDS, TITLE_WORDS } from './lexicon.ts';

// Note: Unicode property regexes are module constants: run through tsx (esbuild), a literal with \p{…}
// inside a function is rebuilt with new RegExp() at every call (~0.2 µs each).
const STARTS_UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const SHOUTED_WORD = /^\p{Lu}{4,}$/u;
const FINAL_DOT = /(?<!\b(?:Jr|Sr|\p{Lu}))\.$/u;

/** Titles dropped from the front of a name when more name follows ("President Joe Biden" → "Joe Biden"). */
const LEADING_TITLES = new RegExp(
  '^(?:(?:' +
    [
      'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative',
      'gov', 'governor', 'president', 'vice president', 'prime minister', 'mayor', 'judge', 'justice', 'sir', 'dame',
      'lord', 'lady', 'gen', 'general', 'lt', 'col', 'capt', 'captain', 'sgt', 'adm', 'admiral', 'rev', 'reverend',
      'hon', 'chancellor', 'secretary', 'minister', 'ambassador', 'commissioner', 'coach', 'chairman', 'chairwoman',
      'congressman', 'congresswoman', 'councillor', 'councilman', 'councilwoman', 'sheriff', 'detective', 'officer',
      'monsieur', 'madame', 'mme', 'herr', 'frau', 'messrs',
    ].join('|') +
    ')\\.?\\s+)+(?=\\S+)',
  'i',
);

/**
 * The canonical form of a speaker's name, for merging across articles: honorifics and leading
 * titles dropped, curly apostrophes straightened, a possessive 's and stray punctuation removed,
 * whitespace collapsed. Royal and clerical titles that are part of how a person is named
 * ("King Charles", "Pope Francis") are kept.
 */
const canonCache = new Map<string, string>();

export function canonicalSpeaker(name: string): string {
  const cached = canonCache.get(name);
  if (cached !== undefined) return cached;
  const canon = computeCanonical(name);
  if (canonCache.size > 20000) canonCache.clear();
  canonCache.set(name, canon);
  return canon;
}

function computeCanonical(name: string): string {
  let s = name.normalize('NFC').replace(/[\u2018\u2019\u02BC`´]/g, "'").replace(/\s+/g, ' ').trim();
  s = s.replace(/^["“”„«»'‹›\s]+|["“”„«»‹›\s]+$/g, '');
  s = s.replace(/^(?:the|a|an)\s+/i, (m) => (/\s+\S/.test(s.slice(m.length)) || /^[A-Z]/.test(s.slice(m.length)) ? '' : m));
  // Drop leading titles only while a name of two words, or a capitalised one, remains.
  // "General Motors", "General Electric": a known organisation keeps its first word.
  while (!isKnownOrganization(s.toLowerCase())) {
    const m = LEADING_TITLES.exec(s);
    if (!m) break;
    const rest = s.slice(m[0].length);
    if (!STARTS_UPPER.test(rest)) break;
    s = rest;
  }
  s = s.replace(/'s$/i, '').replace(/s'$/, 's').replace(/'$/, '');
  // "PETER Capaldi": a shouted word inside a mixed-case name is written as a name.
  const words = s.split(' ');
  if (words.length > 1 && words.some((w) => HAS_LOWER.test(w))) {
    s = words.map((w) => (SHOUTED_WORD.test(w) && isKnownFirstName(w) ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
  }
  s = s.replace(/[,;:!?]+$/g, '').replace(FINAL_DOT, '');
  return s.trim();
}

/** One person (or institution) the article names in full. */
export interface NameEntry {
  /** Fullest form, canonical ("John Kirby"). */
  full: string;
  tokens: string[];
  /** The tokens in lower case, made once (expand compares them for every entry at every miss). */
  lower: string[];
  /** Evidence it is a person (first-name list, title, honorific, speech-verb subject). */
  person: boolean;
  /** How often the article writes this full form. */
  count: number;
  /** Registration order: the article's reading order. */
  order: number;
}

/** Words that never make a name: a run holding one is an institution or a place. */
function hasOrgWord(tokens: string[]): boolean {
  return tokens.some((t) => ORG_WORDS.has(t.toLowerCase()));
}

/**
 * The article's name registry: full names (two or more words), so a short or titled form can be
 * expanded to "the fullest form of the name the article uses".
 */
export class NameRegistry {
  private entries: NameEntry[] = [];
  private byFull = new Map<string, NameEntry>();

  add(name: string, person: boolean): void {
    const full = canonicalSpeaker(name);
    const tokens = full.split(' ');
    if (tokens.length < 2) return;
    const known = this.byFull.get(full);
    if (known) {
      known.person ||= person;
      known.count++;
      return;
    }
    if (hasOrgWord(tokens)) return;
    const entry = { full, tokens, lower: tokens.map((w) => w.toLowerCase()), person, count: 1, order: this.entries.length };
    this.matchCache.clear();
    this.entries.push(entry);
    this.byFull.set(full, entry);
  }

  /**
   * The fullest registered form of `name`: an entry whose last words are `name`'s words
   * ("Kirby" → "John Kirby"), or, for people only, whose first word is it ("Kim" → "Kim Jong-un").
   * The longest match wins; an ambiguous surname (two different Bidens) resolves to the one
   * named most recently, which the caller passes as `prefer`.
   */
  private matchCache = new Map<string, NameEntry[]>();

  expand(name: string, prefer?: (candidates: NameEntry[]) => NameEntry | undefined): string {
    const canon = canonicalSpeaker(name);
    if (canon === '') return canon;
    // Note: the name's words are made only when asked for: most calls find a remembered empty match.
    let lowerWords: string[] | undefined;
    let matches = this.matchCache.get(canon);
    if (!matches) {
      const words = canon.split(' ');
      lowerWords = words.map((w) => w.toLowerCase());
      matches = this.matching(words, lowerWords);
      this.matchCache.set(canon, matches);
    }
    if (matches.length === 0) return canon;
    const tail = lowerWords ?? canon.split(' ').map((w) => w.toLowerCase());
    const distinct = new Set(matches.map((m) => m.full));
    if (distinct.size > 1 && prefer) {
      const chosen = prefer(matches);
      if (chosen) return chosen.full;
    }
    // Prefer surname matches, then the longest form.
    const best = matches.slice().sort((a, b) => tailScore(b, tail) - tailScore(a, tail) || b.tokens.length - a.tokens.length);
    return best[0].full;
  }

  private matching(words: string[], lowerWords: string[]): NameEntry[] {
    return this.entries.filter((e) => {
      if (e.tokens.length <= words.length) return false;
      const lower = e.lower;
      // "Warren Jeffs" → "Warren Steed Jeffs": same first and last word, more in between.
      if (words.length >= 2) {
        if (lower[0] === lowerWords[0] && lower[lower.length - 1] === lowerWords[lowerWords.length - 1]) return true;
      }
      if (endsWith(lower, lowerWords)) return true;
      if (!e.person || words.length !== 1) return false;
      return lower[0] === lowerWords[0];
    });
  }

  has(full: string): boolean {
    return this.byFull.has(full);
  }

  isPerson(full: string): boolean {
    return this.byFull.get(full)?.person ?? false;
  }
}

function tailScore(e: NameEntry, words: string[]): number {
  return endsWith(e.lower, words) ? 1 : 0;
}

/** Are the last words of `words` those of `tail`, in order (the tail no longer than the words)? */
function endsWith(words: string[], tail: string[]): boolean {
  const off = words.length - tail.length;
  for (let i = 0; i < tail.length; i++) if (words[off + i] !== tail[i]) return false;
  return true;
}

/** True for a capitalised title word that belongs to the name ("King", "Pope"). */
export function isNameTitle(word: string): boolean {
  return NAME_TITLES.has(word.toLowerCase());
}

/** True for a title or honorific word. */
export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_WORDS.has(w) || HONORIFICS.has(w);
}
