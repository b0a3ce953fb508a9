/**
 * Narration tokens: a paragraph with its quotations masked, cut into words, punctuation and
 * quote placeholders, and grouped into sentences. Attribution reads only these, so a name inside
 * a quotation is never taken for its speaker.
 */

import { LETTER, MARK, NUMBER, SPACE, classAt, widthAt } from '../entities/chars.ts';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  text: string;
  lower: string;
  kind: TokenKind;
  /** Offset in the paragraph. */
  start: number;
  end: number;
  /** Sentence number within the paragraph. */
  sentence: number;
  /** Index into the article's quote list when kind is 'quote'. */
  quote?: number;
  /** A word with a capital first letter ("Kirby", "U.S.", "Jean-Pierre"). */
  cap: boolean;
}

/** Masking character: a run of it stands for one quotation. */
export const MASK = '\u0001';

/** Abbreviations whose final period does not end a sentence. */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sen rep gov gen lt col capt sgt adm maj rev hon st jr sr inc corp co ltd no vs etc
   jan feb mar apr jun jul aug sep sept oct nov dec messrs mme mlle ft mt pres supt insp det cmdr cpl pvt
   u.s u.k u.n e.u a.m p.m d.c n.y l.a e.g i.e`.split(/\s+/),
);

// Kept as the specification of scanAny (which cuts any text into exactly these matches).
const TOKEN_RE = /(\u0001+)|([\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’\-]|\.(?=\p{L}))*\.?)|[^\s\p{L}\p{N}\u0001]/gu;
/**
 * TOKEN_RE for text of ASCII, no-break space and General Punctuation (curly quotes, dashes) only, where
 * \p{L} is [A-Za-z], \p{N} is [0-9], \p{M} is empty and \s is the same set: the same tokens, without the
 * Unicode property classes (most English paragraphs).
 */
// Kept as the specification of tokenizePlain (which cuts plain text into exactly these matches).
export const TOKEN_SPEC = TOKEN_RE;
const TOKEN_RE_PLAIN = /(\u0001+)|([A-Za-z0-9](?:[A-Za-z0-9'’\-]|\.(?=[A-Za-z]))*\.?)|[^\sA-Za-z0-9\u0001]/g;
export const PLAIN_TOKEN_SPEC = TOKEN_RE_PLAIN;
const NOT_PLAIN = /[^\u0000-\u007f\u00a0\u2000-\u206f]/;

/** Text of ASCII, no-break space and General Punctuation only: letter classes there are [A-Za-z]. */
export function isPlainText(s: string): boolean {
  return !NOT_PLAIN.test(s);
}

/** True for a word with a capital first letter ("Kirby", "U.S.", "Jean-Pierre"). */
export function isCapitalised(t: Token): boolean {
  return t.cap;
}

/**
 * Tokenise one masked paragraph. `quoteAt` maps the offset of each mask run to its quote index.
 */
export function tokenize(masked: string, quoteAt: Map<number, number>): Token[] {
  const tokens: Token[] = [];
  // Plain text (most paragraphs) is cut by tokenizePlain, the same tokens with TOKEN_RE_PLAIN's matches
  // cut inline; other text by scanAny, TOKEN_RE's matches by the class table (the regex, with its
  // Unicode classes, cost twice as much per token on the one paragraph in twenty that needs it).
  if (isPlainText(masked)) tokenizePlain(masked, quoteAt, tokens);
  else tokenizeAny(masked, quoteAt, tokens);
  assignSentences(tokens);
  return tokens;
}

/** tokenize() of any text, by scanAny. */
function tokenizeAny(masked: string, quoteAt: Map<number, number>, tokens: Token[]): void {
  let at = 0;
  for (;;) {
    let start: number, kind: 0 | 1 | 2;
    const next = scanAny(masked, at);
    if (next === null) break;
    [start, at, kind] = next;
    let text = masked.slice(start, at);
    if (kind === 1) {
      tokens.push({ text, lower: text, kind: 'quote', start, end: start + text.length, sentence: 0, quote: quoteAt.get(start), cap: false });
      continue;
    }
    if (kind === 2) {
      // A trailing period belongs to the word only for abbreviations and initials ("Mr.", "F.", "U.S.").
      if (text.length > 1 && text.charCodeAt(text.length - 1) === 46) {
        const bare = text.slice(0, -1).toLowerCase();
        const followedBy = masked[start + text.length] ?? ' ';
        // A period straight before a comma or bracket is an abbreviation's ("D-Mass.,").
        const keep = ABBREVIATIONS.has(bare) || (text.length === 2 && isUpper(text)) || bare.includes('.') || followedBy === ',' || followedBy === ')';
        if (!keep) {
          text = text.slice(0, -1);
          tokens.push(word(text, start));
          tokens.push({ text: '.', lower: '.', kind: 'punct', start: start + text.length, end: start + text.length + 1, sentence: 0, cap: false });
          continue;
        }
      }
      tokens.push(word(text, start));
      continue;
    }
    tokens.push({ text, lower: text, kind: 'punct', start, end: start + text.length, sentence: 0, cap: false });
  }
}

/**
 * tokenize() of plain text: TOKEN_RE_PLAIN's matches cut inline, each word's case noted as it is read
 * (what lowerOf and isUpper would find), with no call or match array per token (most tokens).
 */
function tokenizePlain(s: string, quoteAt: Map<number, number>, tokens: Token[]): void {
  const n = s.length;
  let i = 0;
  for (;;) {
    let c = 0;
    while (i < n) {
      c = s.charCodeAt(i);
      if (c === 32 || isPlainSpace(c)) i++;
      else break;
    }
    if (i >= n) return;
    const start = i;
    if (c === 1) {
      let j = i + 1;
      while (j < n && s.charCodeAt(j) === 1) j++;
      const text = s.slice(i, j);
      tokens.push({ text, lower: text, kind: 'quote', start, end: j, sentence: 0, quote: quoteAt.get(start), cap: false });
      i = j;
      continue;
    }
    const first = c < 128 ? ASCII_CLASS[c] : 0;
    if (first === 0) {
      const text = s.slice(i, i + 1);
      tokens.push({ text, lower: text, kind: 'punct', start, end: i + 1, sentence: 0, cap: false });
      i++;
      continue;
    }
    // A word: letters, digits, ' ’ -, and a dot before a letter; then a full stop, if one follows.
    // `lowerable`: it holds a capital or ’ (lowerOf's test for a plain word: A–Z or above ASCII).
    let lowerable = first === UP;
    let j = i + 1;
    while (j < n) {
      const d = s.charCodeAt(j);
      if (d < 128) {
        const k = ASCII_CLASS[d];
        if (k !== 0) {
          if (k === UP) lowerable = true;
          j++;
        } else if (d === 39 || d === 45) j++;
        else if (d === 46 && j + 1 < n && s.charCodeAt(j + 1) < 128 && ASCII_CLASS[s.charCodeAt(j + 1)] >= LO) j++;
        else break;
      } else if (d === 0x2019) {
        lowerable = true;
        j++;
      } else break;
    }
    if (j < n && s.charCodeAt(j) === 46) j++;
    let text = s.slice(i, j);
    i = j;
    const cap = first === UP;
    // A trailing period belongs to the word only for abbreviations and initials ("Mr.", "F.", "U.S.").
    if (text.length > 1 && text.charCodeAt(text.length - 1) === 46) {
      const bare = text.slice(0, -1).toLowerCase();
      const followedBy = j < n ? s.charCodeAt(j) : 32;
      // A period straight before a comma or bracket is an abbreviation's ("D-Mass.,").
      const keep = ABBREVIATIONS.has(bare) || (text.length === 2 && cap) || bare.includes('.') || followedBy === 44 || followedBy === 41;
      if (!keep) {
        text = text.slice(0, -1);
        tokens.push({ text, lower: lowerable ? text.toLowerCase() : text, kind: 'word', start, end: j - 1, sentence: 0, cap });
        tokens.push({ text: '.', lower: '.', kind: 'punct', start: j - 1, end: j, sentence: 0, cap: false });
        continue;
      }
    }
    tokens.push({ text, lower: lowerable ? text.toLowerCase() : text, kind: 'word', start, end: j, sentence: 0, cap });
  }
}

/** ASCII character classes for tokenizePlain: 0 none, DIGIT, LO (a–z), UP (A–Z); letters are >= LO. */
const DIGIT = 1, LO = 2, UP = 3;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = DIGIT;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = LO;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = UP;

/** JavaScript's \s within plain text (ASCII, U+00A0, General Punctuation). */
function isPlainSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

/**
 * The next match of TOKEN_RE at or after `from` in any text: [start, end, kind], kind 1 for a
 * mask run, 2 for a word, 0 for one other character; null when none is left. The regex reads code
 * points (u flag): a surrogate pair is one character, classed by the class table (the same Unicode
 * property classes: letter, mark, number, \s).
 */
function scanAny(s: string, from: number): [number, number, 0 | 1 | 2] | null {
  const n = s.length;
  let i = from;
  while (i < n && (classAt(s, i) & SPACE) !== 0) i += widthAt(s, i);
  if (i >= n) return null;
  if (s.charCodeAt(i) === 1) {
    let j = i + 1;
    while (j < n && s.charCodeAt(j) === 1) j++;
    return [i, j, 1];
  }
  if ((classAt(s, i) & (LETTER | NUMBER)) === 0) return [i, i + widthAt(s, i), 0];
  let j = i + widthAt(s, i);
  while (j < n) {
    const d = s.charCodeAt(j);
    if (d === 39 || d === 0x2019 || d === 45 || (classAt(s, j) & (LETTER | MARK | NUMBER)) !== 0) j += widthAt(s, j);
    else if (d === 46 && j + 1 < n && (classAt(s, j + 1) & LETTER) !== 0) j++;
    else break;
  }
  if (j < n && s.charCodeAt(j) === 46) j++;
  return [i, j, 2];
}

function isUpper(text: string): boolean {
  // ASCII first letters (most words) without two case conversions.
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function word(text: string, start: number): Token {
  return { text, lower: lowerOf(text), kind: 'word', start, end: start + text.length, sentence: 0, cap: isUpper(text) };
}

/** text.toLowerCase(), without a new string for a word with no capital or non-ASCII letter (most words). */
function lowerOf(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return text.toLowerCase();
  }
  return text;
}

/** A sentence ends at . ? ! when the next token starts a new one (capital, digit or a quotation). */
function assignSentences(tokens: Token[]): void {
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    tokens[i].sentence = s;
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    const terminal =
      (t.kind === 'punct' && (t.text === '.' || t.text === '?' || t.text === '!' || t.text === '…')) ||
      (t.kind === 'word' && t.lower.length === 4 && /^(?:u\.s|u\.k|u\.n|d\.c)\.$/.test(t.lower) && startsSentenceStrongly(next));
    if (!terminal) continue;
    // Closing brackets stay with the sentence they close.
    if (next.kind === 'punct' && /^[)\]]$/.test(next.text)) continue;
    if (next.kind === 'quote' || isCapitalised(next) || (next.kind === 'word' && /^\d/.test(next.text)) || (next.kind === 'punct' && /^[(\[—–-]$/.test(next.text))) {
      s++;
    }
  }
}

/** After "U.S." a new sentence needs a word that rarely follows a country name mid-sentence. */
function startsSentenceStrongly(t: Token): boolean {
  return t.kind === 'word' && /^(?:The|He|She|It|They|We|I|But|And|In|On|This|That|A|An)$/.test(t.text);
}
