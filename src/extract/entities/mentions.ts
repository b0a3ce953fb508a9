/**
 * Candidate names in one paragraph: runs of capitalised words, found with a tokenizer, no parser.
 *
 * A mention carries what its surroundings say (a title before it, a sentence start) so the caller
 * can judge it without reading the text again.
 */
import { DEMONYMS, nameKey } from './known-names.ts';
import { LETTER, MARK, NUMBER, SPACE, UPPER, classAt, widthAt } from './chars.ts';
import { isCommonWord, isDemonymWord, isFirstName, isFunctionWord, isOrgWord, isPlaceWord, isTimeWord, isTitleToken, lexiconKind } from './lexicon.ts';

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

interface Token {
  text: string;
  /** Word tokens: letters/digits; otherwise one punctuation character. */
  word: boolean;
  /** Follows a sentence end, an opening quote or bracket, or starts the paragraph. */
  initial: boolean;
  /** Begins with a capital letter. */
  upper: boolean;
  /** isCapitalWord(), computed once when the token is made (it is asked up to three times per token). */
  cap: boolean;
}

/** One of . ! ? : ; … (what /^[.!?:;…]$/ accepts in a one-character token). */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026;
}
const WORDISH = LETTER | MARK | NUMBER;

/** End of the run of letters, marks and digits starting at `i`. */
function skipWordChars(text: string, i: number): number {
  while (i < text.length && (classAt(text, i) & WORDISH) !== 0) i += widthAt(text, i);
  return i;
}

/** Is this character one that may join two parts of a word ("O'Brien", "Jong-un", "U.S", "AT&T")? */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 38;
}

/**
 * Words with inner apostrophes, hyphens, dots or ampersands ("O’Brien", "Jong-un", "U.S", "AT&T"),
 * else one non-space character each. Scanned by hand: this is exactly the regex
 * /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.&][\p{L}\p{M}\p{N}]+)*|\S/gu, without its cost per match.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let initial = true;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const k = classAt(text, i);
    const w = widthAt(text, i);
    if (k & SPACE) {
      i += w;
      continue;
    }
    if ((k & (LETTER | NUMBER)) === 0) {
      // Note: quotes, brackets and bullets keep a sentence start ("“This", "*All", "• The").
      const t = text.slice(i, i + w);
      if (w === 1 && isSentenceEnd(text.charCodeAt(i))) initial = true;
      i += w;
      tokens.push({ text: t, word: false, initial: false, upper: false, cap: false });
      continue;
    }
    let j = skipWordChars(text, i + w);
    while (j + 1 < n && isJoiner(text.charCodeAt(j)) && (classAt(text, j + 1) & WORDISH) !== 0) j = skipWordChars(text, j + 1);
    let t = text.slice(i, j);
    i = j;
    // Note: keep the dot of abbreviations ("U.S.", "Mr.", "J.") so it does not end the sentence.
    if (text.charCodeAt(i) === 46 && (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(t) || isTitleAbbrev(t))) {
      t += '.';
      i += 1;
    }
    const upper = (k & UPPER) !== 0;
    if (t.includes('-')) {
      for (const part of splitCompound(t)) {
        const partUpper = part !== '-' && (part === t ? upper : true);
        tokens.push({ text: part, word: part !== '-', initial: initial && part === t, upper: partUpper, cap: capitalWord(part !== '-', partUpper, part) });
      }
    } else tokens.push({ text: t, word: true, initial, upper, cap: capitalWord(true, upper, t) });
    // Note: a list number ("3 Ways", "1.") does not start the sentence's words.
    if (!(k & NUMBER) || !/^\d+$/.test(t)) initial = false;
  }
  return tokens;
}

/** "Russia-Ukraine" names two places; "Jong-un" or "Smith-Jones" stays one name. */
function splitCompound(t: string): string[] {
  if (!t.includes('-')) return [t];
  const m = /^(\p{Lu}[\p{L}\p{M}]+)-(\p{Lu}[\p{L}\p{M}]+)$/u.exec(t);
  if (m && isKnownPlace(m[1]) && isKnownPlace(m[2])) return [m[1], '-', m[2]];
  return [t];
}

function isKnownPlace(word: string): boolean {
  const key = nameKey(word);
  return lexiconKind(key) === 'place' || DEMONYMS[key] !== undefined;
}

const TITLE_ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Sgt', 'Rev', 'St', 'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd']);

function isTitleAbbrev(t: string): boolean {
  return TITLE_ABBREVIATIONS.has(t);
}

const CAPITAL = /^\p{Lu}/u;
/** Prepositions that put a name on the map ("in Austin"); "to" and "from" also take people. */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'outside', 'inside', 'throughout', 'within', 'around']);
/** Lower-case words that may sit inside a name ("Bank of England", "Ludwig van Beethoven"). */
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'dos', 'das', 'du', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'y']);

/** The candidate names of one paragraph. */
export function findMentions(paragraph: string): Mention[] {
  const tokens = tokenize(paragraph.replace(/’/g, "'"));
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalWord(tokens[i])) {
      i++;
      continue;
    }
    const start = i;
    const words: string[] = [];
    let end = i;
    while (end < tokens.length) {
      const tok = tokens[end];
      if (isCapitalWord(tok)) {
        const split = splitToken(tok.text);
        words.push(split.text);
        end++;
        if (split.endsName) break;
        continue;
      }
      if (words.length > 0 && joinsName(tokens, end, words)) {
        words.push(tok.text);
        end++;
        continue;
      }
      break;
    }
    // Drop particles left dangling at the end ("Bank of").
    while (words.length > 0 && !CAPITAL.test(words[words.length - 1])) words.pop();
    const prev = start > 0 ? tokens[start - 1] : undefined;
    // Reason: "Trip Details:" or "The Problem:" opening a line is a label, not a name.
    const label = tokens[end]?.text === ':' && tokens.slice(0, start).every((t) => !t.word) && words.some((w) => isCommonWord(nameKey(w)));
    const prevWord = previousWord(tokens, start);
    // Reason: "REUTERS/Kevin Lamarque" is a photo credit, not a person in the story.
    const credit = prev?.text === '/' && start > 1 && /^\p{Lu}{3,}$/u.test(tokens[start - 2].text);
    if (!credit && !label && words.length > 0) {
      const titledBefore = prevWord !== null && isPersonTitle(prevWord, words.length);
      const last = tokens[end - 1]?.text ?? '';
      const possessive = last.endsWith("'") || last.endsWith("'s");
      const placeCue = prevWord !== null && PLACE_PREPOSITIONS.has(prevWord) && !possessive;
      for (const m of shapeMention(words, tokens[start].initial, titledBefore)) mentions.push({ ...m, placeCue: placeCue && m.demonymOf === null });
    }
    i = Math.max(end, start + 1);
  }
  return mentions;
}

function isCapitalWord(tok: Token): boolean {
  return tok.cap;
}

function capitalWord(word: boolean, upper: boolean, text: string): boolean {
  // Note: "I'm", "I've", "We'll" are a pronoun and a verb, not a name.
  // Note: a lone capital ("A", "I") is an article or a pronoun; initials keep their dot ("J.").
  return word && upper && !/^\p{Lu}$|'(?:m|d|ve|ll|re|t)$/iu.test(text);
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

function previousWord(tokens: Token[], index: number): string | null {
  const prev = tokens[index - 1];
  return prev !== undefined && prev.word ? prev.text : null;
}

/** Possessives end a name; a lower-case hyphen suffix ("Korean-supplied") is not part of it. */
function splitToken(text: string): { text: string; endsName: boolean } {
  // The regexes only on the words they can match: ending in ' or 's, holding a hyphen.
  const possessive = text.endsWith("'") || text.endsWith("'s") ? /^(.+?)'s?$/u.exec(text) : null;
  if (possessive && !/^\p{Lu}'/u.test(text)) return { text: possessive[1], endsName: true };
  const suffix = text.includes('-') ? /^(.+?)-\p{Ll}{3,}.*$/u.exec(text) : null;
  if (suffix) return { text: suffix[1], endsName: true };
  return { text, endsName: false };
}

/** "of", "&" and name particles join capitalised words, but only where a name goes on. */
function joinsName(tokens: Token[], index: number, words: string[]): boolean {
  const tok = tokens[index];
  const next = tokens[index + 1];
  if (next === undefined) return false;
  const lower = tok.text.toLowerCase();
  const last = words[words.length - 1].toLowerCase();
  if (tok.text === '&') return isCapitalWord(next);
  if (lower === 'of' || lower === 'for') {
    // Note: only after an institution word ("Bank of", "Ministry for"), so "Kirby of the NSC" splits.
    if (!(isOrgWord(last) || isPlaceWord(last) || /^(?:republic|ministry|secretary|department|university|minister|bank|kingdom|state|city|house)$/.test(last))) return false;
    if (isCapitalWord(next)) return true;
    return next.text === 'the' && tokens[index + 2] !== undefined && isCapitalWord(tokens[index + 2]);
  }
  if (lower === 'the' && words.length > 0) {
    const before = tokens[index - 1];
    return (before?.text === 'of' || before?.text === 'for') && isCapitalWord(next);
  }
  return PARTICLES.has(tok.text) && isCapitalWord(next);
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
    const key = nameKey(text);
    if (isTimeWord(key)) return [];
    return [{ text, sentenceInitial: initial, titled: titledBefore, placeCue: false, demonymOf: DEMONYMS[key] ?? null, tail: null }];
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
  const demonymOf = DEMONYMS[nameKey(text)] ?? null;
  const tail = sentenceInitial && w.length > 1 && isCommonWord(nameKey(w[0])) ? w.slice(1).join(' ') : null;
  out.push({ text, sentenceInitial, titled, placeCue: false, demonymOf, tail });
  return out;
}

/** "President Joe Biden", "Minister Modi": yes; "Major League Baseball": no (ordinary words follow). */
function looksLikeNameAfterTitle(rest: string[]): boolean {
  if (isFirstName(nameKey(rest[0]))) return true;
  return rest.length <= 3 && rest.every((word) => !isCommonWord(nameKey(word)));
}

function demonymMention(word: string, sentenceInitial: boolean): Mention {
  return { text: word, sentenceInitial, titled: false, placeCue: false, demonymOf: DEMONYMS[nameKey(word)] ?? null, tail: null };
}
