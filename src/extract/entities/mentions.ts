/**
 * Candidate names in one paragraph: runs of capitalised words, found with a tokenizer, no parser.
 *
 * A mention carries what its surroundings say (a title before it, a sentence start) so the caller
 * can judge it without reading the text again.
 */
import { demonymOf, nameKey } from './known-names.ts';
import { LETTER, MARK, NUMBER, SPACE, UPPER, classAt, widthAt } from './chars.ts';
import { isCommonWord, isDemonymWord, isFirstName, isFunctionWord, isOrgWord, isPlaceWord, isTimeWord, isTitleToken, lexiconKind } from './lexicon.ts';

// Note: Unicode property regexes are module constants: run through tsx (esbuild), a literal with \p{…}
// inside a function is rebuilt with new RegExp() at every call (~0.2 µs each).
const PLACE_COMPOUND = /^(\p{Lu}[\p{L}\p{M}]+)-(\p{Lu}[\p{L}\p{M}]+)$/u;
const SHOUTED_CREDIT = /^\p{Lu}{3,}$/u;
const NOT_A_NAME_WORD = /^\p{Lu}$|'(?:m|d|ve|ll|re|t)$/iu;
const CAPITAL_APOSTROPHE = /^\p{Lu}'/u;
const LOWER_SUFFIX = /^(.+?)-\p{Ll}{3,}.*$/u;

export interface Mention {
  /** The name as written, possessive removed ("Biden’s" → "Biden"). */
  text: string;
  /** The first word began a sentence (so its capital letter proves nothing). */
  sentenceInitial: boolean;
  /** A title stood before it ("President", "spokesman"): a person. */
  titled: boolean;
  /** "in Austin", "near Houston": a preposition of place stood before it (and it is no possessive). */
  placeCue: boolean;
  /** It is a country adjective ("North Korean" → "North Korea"). */
  demonymOf: string | null;
  /**
   * At a sentence start, the name without its first word when that is an ordinary word
   * ("Use Snapchat" → "Snapchat", "White House" → "House"); the caller picks whichever form
   * the rest of the article confirms.
   */
  tail: string | null;
}

/**
 * The tokens of one paragraph, as parallel arrays of offsets and flags (no object or string per token):
 * most tokens are lower-case words and punctuation that findMentions only glances at, so a token's
 * text is sliced when asked for (capitalised words: once, when made, for the capital test).
 * Module-level buffers, reused: findMentions is not re-entrant.
 */
let START = new Int32Array(1024);
let END = new Int32Array(1024);
let FLAGS = new Uint8Array(1024);
let TEXTS: (string | undefined)[] = [];
let COUNT = 0;
let SOURCE = '';
/** Index of the first word token (-1 when none). */
let FIRST_WORD = 0;

/** Word tokens: letters/digits; otherwise one punctuation character. */
const WORD = 1;
/** Follows a sentence end, an opening quote or bracket, or starts the paragraph. */
const INITIAL = 2;
/** Begins with a capital letter. */
const UPPER_FIRST = 4;
/** isCapitalWord(), computed once when the token is made (it is asked up to three times per token). */
const CAP = 8;

function pushToken(start: number, end: number, flags: number, text: string | undefined): void {
  if (COUNT === START.length) {
    const size = COUNT * 2;
    const s = new Int32Array(size), e = new Int32Array(size), f = new Uint8Array(size);
    s.set(START);
    e.set(END);
    f.set(FLAGS);
    START = s;
    END = e;
    FLAGS = f;
  }
  START[COUNT] = start;
  END[COUNT] = end;
  FLAGS[COUNT] = flags;
  TEXTS[COUNT] = text;
  if (FIRST_WORD < 0 && (flags & WORD) !== 0) FIRST_WORD = COUNT;
  COUNT++;
}

/** The text of token k (undefined past the end, like tokens[k]?.text). */
function textOf(k: number): string | undefined {
  if (k < 0 || k >= COUNT) return undefined;
  let t = TEXTS[k];
  if (t === undefined) {
    t = SOURCE.slice(START[k], END[k]);
    TEXTS[k] = t;
  }
  return t;
}

function isCapAt(k: number): boolean {
  return k < COUNT && (FLAGS[k] & CAP) !== 0;
}

/** One of . ! ? : ; … (what /^[.!?:;…]$/ accepts in a one-character token). */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026;
}
const WORDISH = LETTER | MARK | NUMBER;

/** End of the run of letters, marks and digits starting at `i` (ASCII letters and digits inline). */
function skipWordChars(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) i++;
      else break;
    } else if ((classAt(text, i) & WORDISH) !== 0) i += widthAt(text, i);
    else break;
  }
  return i;
}

/** Is this character one that may join two parts of a word ("O'Brien", "Jong-un", "U.S", "AT&T")? */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 38;
}

/** Are text[from, to) all ASCII digits (/^\d+$/ on that slice)? */
function allDigits(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

/**
 * Words with inner apostrophes, hyphens, dots or ampersands ("O’Brien", "Jong-un", "U.S", "AT&T"),
 * else one non-space character each. Scanned by hand: this is exactly the regex
 * /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.&][\p{L}\p{M}\p{N}]+)*|\S/gu, without its cost per match.
 * Fills the token buffers.
 */
function tokenize(text: string): void {
  COUNT = 0;
  FIRST_WORD = -1;
  SOURCE = text;
  let initial = true;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    // ASCII spaces inline (most characters between tokens).
    if (code === 32 || (code >= 9 && code <= 13)) {
      i++;
      continue;
    }
    const k = classAt(text, i);
    const w = widthAt(text, i);
    if (k & SPACE) {
      i += w;
      continue;
    }
    if ((k & (LETTER | NUMBER)) === 0) {
      // Note: quotes, brackets and bullets keep a sentence start ("“This", "*All", "• The").
      if (w === 1 && isSentenceEnd(code)) initial = true;
      pushToken(i, i + w, 0, code === 0x2019 ? "'" : undefined);
      i += w;
      continue;
    }
    let j = skipWordChars(text, i + w);
    // Note: a hyphen can only enter the word as a joiner; noted here rather than searched for after.
    let hyphen = false, curly = false;
    while (j + 1 < n && isJoiner(text.charCodeAt(j)) && (classAt(text, j + 1) & WORDISH) !== 0) {
      const joiner = text.charCodeAt(j);
      if (joiner === 45) hyphen = true;
      else if (joiner === 0x2019) curly = true;
      j = skipWordChars(text, j + 1);
    }
    const from = i;
    const upper = (k & UPPER) !== 0;
    let t: string | undefined;
    // Note: keep the dot of abbreviations ("U.S.", "Mr.", "J.") so it does not end the sentence.
    // (Both forms open with a capital: lower-case words are not sliced to be tested.)
    if (upper && text.charCodeAt(j) === 46) {
      t = wordText(text, from, j, curly);
      if (INITIALS.test(t) || isTitleAbbrev(t)) {
        t += '.';
        j += 1;
      }
    }
    i = j;
    // A list number ("3 Ways", "1.") does not start the sentence's words.
    const keepsInitial = (k & NUMBER) !== 0 && allDigits(text, from, j);
    if (hyphen) {
      t ??= wordText(text, from, j, curly);
      const parts = splitCompound(t);
      if (parts.length === 3) {
        // Two capitalised words ("Russia-Ukraine"): neither part starts the sentence.
        const a = from + parts[0].length;
        pushToken(from, a, WORD | UPPER_FIRST | (capitalWord(true, true, parts[0]) ? CAP : 0), parts[0]);
        pushToken(a, a + 1, 0, '-');
        pushToken(a + 1, j, WORD | UPPER_FIRST | (capitalWord(true, true, parts[2]) ? CAP : 0), parts[2]);
      } else pushToken(from, j, WORD | (initial ? INITIAL : 0) | (upper ? UPPER_FIRST : 0) | (upper && capitalWord(true, upper, t) ? CAP : 0), t);
    } else {
      if (upper || curly) t ??= wordText(text, from, j, curly);
      pushToken(from, j, WORD | (initial ? INITIAL : 0) | (upper ? UPPER_FIRST : 0) | (upper && capitalWord(true, upper, t!) ? CAP : 0), t);
    }
    if (!keepsInitial) initial = false;
  }
}

/**
 * The paragraph is read as written; a token holding ’ gets its text made at once with ' for ’ (what
 * findMentions reads: "O'Brien's"), so no copy of the whole paragraph is made to replace it.
 * (A module function, not a closure: made per paragraph, a closure cost a name property set by the loader.)
 */
function wordText(text: string, from: number, to: number, curly: boolean): string {
  return curly ? text.slice(from, to).replace(/’/g, "'") : text.slice(from, to);
}

/** "Russia-Ukraine" names two places; "Jong-un" or "Smith-Jones" stays one name. */
function splitCompound(t: string): string[] {
  if (!t.includes('-')) return [t];
  const m = PLACE_COMPOUND.exec(t);
  if (m && isKnownPlace(m[1]) && isKnownPlace(m[2])) return [m[1], '-', m[2]];
  return [t];
}

function isKnownPlace(word: string): boolean {
  const key = nameKey(word);
  return lexiconKind(key) === 'place' || demonymOf(key) !== undefined;
}

const TITLE_ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Sgt', 'Rev', 'St', 'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd']);

function isTitleAbbrev(t: string): boolean {
  return TITLE_ABBREVIATIONS.has(t);
}

/** /^\p{Lu}/u.test(word), by the class table. */
function startsCapital(word: string): boolean {
  return word.length > 0 && (classAt(word, 0) & UPPER) !== 0;
}
/** Prepositions that put a name on the map ("in Austin"); "to" and "from" also take people. */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'outside', 'inside', 'throughout', 'within', 'around']);
/** Months that the word lists do not take for dates, since they are also a word or a name ("Theresa May"). */
const AMBIGUOUS_MONTHS = new Set(['March', 'May', 'MARCH', 'MAY']);
/** A day or a year after a month: "11", "11th", "2005". */
const DAY_OR_YEAR = /^(?:\d{1,2}(?:st|nd|rd|th)?|\d{4})$/;
/** Words after which an ambiguous month is one ("in May", "until March"; not "by May", which may be the person). */
const MONTH_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'during', 'early', 'late', 'mid', 'last', 'next', 'this']);
/** Lower-case words that may sit inside a name ("Bank of England", "Ludwig van Beethoven"). */
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'dos', 'das', 'du', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'y']);

/** The candidate names of one paragraph. */
export function findMentions(paragraph: string): Mention[] {
  tokenize(paragraph);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < COUNT) {
    if (!isCapAt(i)) {
      i++;
      continue;
    }
    const start = i;
    const words: string[] = [];
    let end = i;
    while (end < COUNT) {
      if (isCapAt(end)) {
        const split = splitToken(textOf(end)!);
        words.push(split.text);
        end++;
        if (split.endsName) break;
        continue;
      }
      if (words.length > 0 && joinsName(end, words)) {
        words.push(textOf(end)!);
        end++;
        continue;
      }
      break;
    }
    // Drop particles left dangling at the end ("Bank of").
    while (words.length > 0 && !startsCapital(words[words.length - 1])) words.pop();
    // Reason: "Trip Details:" or "The Problem:" opening a line is a label, not a name.
    const label = textOf(end) === ':' && (FIRST_WORD < 0 || FIRST_WORD >= start) && words.some((w) => isCommonWord(nameKey(w)));
    const prevWord = previousWord(start);
    // Reason: "REUTERS/Kevin Lamarque" is a photo credit, not a person in the story.
    const credit = start > 0 && textOf(start - 1) === '/' && start > 1 && SHOUTED_CREDIT.test(textOf(start - 2)!);
    let initial = (FLAGS[start] & INITIAL) !== 0;
    // Reason: "March" and "May" are words and names too, so the word lists do not call them dates;
    // before a day or a year ("March 11, 2005", "May 2024") or after "in", "since"… they are.
    if (words.length > 0 && AMBIGUOUS_MONTHS.has(words[words.length - 1]) && DAY_OR_YEAR.test(textOf(end) ?? '')) words.pop();
    if (words.length > 0 && AMBIGUOUS_MONTHS.has(words[0]) && prevWord !== null && MONTH_PREPOSITIONS.has(prevWord.toLowerCase())) {
      words.shift();
      initial = false;
    }
    if (!credit && !label && words.length > 0) {
      const titledBefore = prevWord !== null && isPersonTitle(prevWord, words.length);
      const last = textOf(end - 1) ?? '';
      const possessive = last.endsWith("'") || last.endsWith("'s");
      const placeCue = prevWord !== null && PLACE_PREPOSITIONS.has(prevWord) && !possessive;
      for (const m of shapeMention(words, initial, titledBefore)) {
        // Note: shapeMention's mentions are fresh objects.
        m.placeCue = placeCue && m.demonymOf === null;
        mentions.push(m);
      }
    }
    i = Math.max(end, start + 1);
  }
  return mentions;
}

function capitalWord(word: boolean, upper: boolean, text: string): boolean {
  // Note: "I'm", "I've", "We'll" are a pronoun and a verb, not a name.
  // Note: a lone capital ("A", "I") is an article or a pronoun; initials keep their dot ("J.").
  return word && upper && !NOT_A_NAME_WORD.test(text);
}

/**
 * A word before a name that makes it a person's: an honorific ("Mr.", "Dr.") before any name, a
 * role ("spokesman", "President") only before a name of two words or more, since "student
 * Tuition" or "new Production" would otherwise pass.
 */
function isPersonTitle(word: string, nameWords: number): boolean {
  if (HONORIFICS.has(word) || (word.endsWith('.') && isTitleToken(word))) return true;
  return nameWords >= 2 && isTitleToken(word);
}

/** Mr, Mrs, Ms, Dr with or without their dot. */
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.']);

function previousWord(index: number): string | null {
  return index > 0 && index <= COUNT && (FLAGS[index - 1] & WORD) !== 0 ? textOf(index - 1)! : null;
}

/** Possessives end a name; a lower-case hyphen suffix ("Korean-supplied") is not part of it. */
function splitToken(text: string): { text: string; endsName: boolean } {
  // The regexes only on the words they can match: ending in ' or 's, holding a hyphen.
  const possessive = text.endsWith("'") || text.endsWith("'s") ? /^(.+?)'s?$/u.exec(text) : null;
  if (possessive && !CAPITAL_APOSTROPHE.test(text)) return { text: possessive[1], endsName: true };
  const suffix = text.includes('-') ? LOWER_SUFFIX.exec(text) : null;
  if (suffix) return { text: suffix[1], endsName: true };
  return { text, endsName: false };
}

/** The longest token joinsName accepts ("della"); lower-casing never shortens a string. */
const LONGEST_JOINER = 5;

/** "of", "&" and name particles join capitalised words, but only where a name goes on. */
function joinsName(index: number, words: string[]): boolean {
  if (index + 1 >= COUNT) return false;
  // Note: most tokens here are ordinary words, too long to be a joiner: no string is made for them.
  if (END[index] - START[index] > LONGEST_JOINER) return false;
  const tok = textOf(index)!;
  const lower = tok.toLowerCase();
  const last = words[words.length - 1].toLowerCase();
  if (tok === '&') return isCapAt(index + 1);
  if (lower === 'of' || lower === 'for') {
    // Note: only after an institution word ("Bank of", "Ministry for"), so "Kirby of the NSC" splits.
    if (!(isOrgWord(last) || isPlaceWord(last) || /^(?:republic|ministry|secretary|department|university|minister|bank|kingdom|state|city|house)$/.test(last))) return false;
    if (isCapAt(index + 1)) return true;
    return textOf(index + 1) === 'the' && index + 2 < COUNT && isCapAt(index + 2);
  }
  if (lower === 'the' && words.length > 0) {
    const before = textOf(index - 1);
    return (before === 'of' || before === 'for') && isCapAt(index + 1);
  }
  return PARTICLES.has(tok) && isCapAt(index + 1);
}

/** What the word lists say of a one-word name as written: a date word, or a country adjective. */
interface SingleWord {
  time: boolean;
  demonym: string | null;
}

/**
 * Remembered per word as written: a name recurs through an article and an archive, and its key and
 * two look-ups cost more than one look-up of the word. Cleared past a bound (memory, not behaviour).
 */
const SINGLE_WORDS = new Map<string, SingleWord>();

function singleWord(text: string): SingleWord {
  let known = SINGLE_WORDS.get(text);
  if (known === undefined) {
    const key = nameKey(text);
    known = { time: isTimeWord(key), demonym: demonymOf(key) ?? null };
    if (SINGLE_WORDS.size >= 100_000) SINGLE_WORDS.clear();
    SINGLE_WORDS.set(text, known);
  }
  return known;
}

/**
 * Trim a run of capitalised words to the name in it: leading common words at a sentence start
 * ("The White House"), leading titles ("President Joe Biden"), a leading country adjective before
 * a title ("Chinese President Xi Jinping"), months and weekdays at the edges.
 */
function shapeMention(words: string[], initial: boolean, titledBefore: boolean): Mention[] {
  // One word (most mentions): of the trims below only the date test applies, and its key is the name's.
  if (words.length === 1) {
    const text = words[0];
    const known = singleWord(text);
    if (known.time) return [];
    return [{ text, sentenceInitial: initial, titled: titledBefore, placeCue: false, demonymOf: known.demonym, tail: null }];
  }
  const out: Mention[] = [];
  let w = [...words];
  let sentenceInitial = initial;
  let titled = titledBefore;
  // Reason: at a sentence start a capital is grammar, not a name ("The", "According", "In").
  // Note: what follows keeps its sentence start: "The Problem" proves no more than "Problem".
  while (sentenceInitial && w.length > 1 && isFunctionWord(nameKey(w[0])) && lexiconKind(nameKey(w.join(' '))) === null) {
    w = w.slice(1);
  }
  // Reason: a country adjective before a title describes the person ("Russian President …").
  if (w.length > 2 && isDemonymWord(w[0].toLowerCase()) && isTitleToken(w[1])) {
    out.push(demonymMention(w[0], sentenceInitial));
    w = w.slice(1);
    sentenceInitial = false;
  }
  // Reason: titles are not part of a name, but they do say the name is a person's.
  const lastKey = w[w.length - 1].toLowerCase();
  if (!isOrgWord(lastKey) && !isPlaceWord(lastKey)) {
    while (w.length > 1 && isTitleToken(w[0]) && lexiconKind(nameKey(w.join(' '))) === null && looksLikeNameAfterTitle(w.slice(1))) {
      w = w.slice(1);
      titled = true;
      sentenceInitial = false;
    }
  }
  // Reason: dates are not topics ("January", "Monday").
  while (w.length > 0 && isTimeWord(nameKey(w[0]))) { w = w.slice(1); sentenceInitial = false; }
  while (w.length > 0 && isTimeWord(nameKey(w[w.length - 1]))) w = w.slice(0, -1);
  if (w.length === 0) return out;
  const text = w.join(' ');
  const country = demonymOf(nameKey(text)) ?? null;
  const tail = sentenceInitial && w.length > 1 && isCommonWord(nameKey(w[0])) ? w.slice(1).join(' ') : null;
  out.push({ text, sentenceInitial, titled, placeCue: false, demonymOf: country, tail });
  return out;
}

/** "President Joe Biden", "Minister Modi": yes; "Major League Baseball": no (ordinary words follow). */
function looksLikeNameAfterTitle(rest: string[]): boolean {
  if (isFirstName(nameKey(rest[0]))) return true;
  return rest.length <= 3 && rest.every((word) => !isCommonWord(nameKey(word)));
}

function demonymMention(word: string, sentenceInitial: boolean): Mention {
  return { text: word, sentenceInitial, titled: false, placeCue: false, demonymOf: demonymOf(nameKey(word)) ?? null, tail: null };
}
