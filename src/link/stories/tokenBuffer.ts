import { DIGIT, type WordTable } from './wordTable.ts';

/** Token flags. */
export const CAP = 1; // starts with a capital letter
export const ALL_CAPS = 2; // every letter a capital ("US", "BBC"); only set with CAP, from two characters on
export const INITIAL = 4; // first token of its sentence: its capital says nothing about being a name
export const NUM = 8; // contains a digit: a number, a model name ("8900", "Q10"), a date

const SEP_APOS = 39;
const SEP_RSQUO = 0x2019;
const SEP_DOT = 46;
const SEP_HYPHEN = 45;

// Letters and numbers beyond ASCII, decided once per UTF-16 unit (0 unknown, 1 yes, 2 no) by the same
// Unicode classes the token pattern has always used.
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const bmp = new Uint8Array(65536);
const astral = new Map<number, boolean>();

/** Width in UTF-16 units of the letter or number at `i` (0 when it is neither): `[\p{L}\p{N}]` with /u. */
function letterWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      let yes = astral.get(cp);
      if (yes === undefined) {
        yes = LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
        astral.set(cp, yes);
      }
      return yes ? 2 : 0;
    }
  }
  let v = bmp[c];
  if (v === 0) {
    v = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
    bmp[c] = v;
  }
  return v === 1 ? 1 : 0;
}

const SPACE = /^\s$/u;
const UPPER_OR_NUMBER = /^[\p{Lu}\p{N}]$/u;
const spaceCache = new Uint8Array(65536);
const upperCache = new Uint8Array(65536);
const astralUpper = new Map<number, boolean>();

/** `\s`: every whitespace character is one UTF-16 unit. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  let v = spaceCache[c];
  if (v === 0) {
    v = SPACE.test(String.fromCharCode(c)) ? 1 : 2;
    spaceCache[c] = v;
  }
  return v === 1;
}

/** `[\p{Lu}\p{N}]` with /u at position i. */
function isUpperOrNumber(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      let yes = astralUpper.get(cp);
      if (yes === undefined) {
        yes = UPPER_OR_NUMBER.test(String.fromCodePoint(cp));
        astralUpper.set(cp, yes);
      }
      return yes;
    }
  }
  let v = upperCache[c];
  if (v === 0) {
    v = UPPER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
    upperCache[c] = v;
  }
  return v === 1;
}

/**
 * Whether the whitespace run starting at p (s[p - 1] is not whitespace) ends a sentence: exactly where
 * `/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u` matches, the pattern sentences are split on.
 */
function endsSentence(s: string, p: number): boolean {
  const b = s.charCodeAt(p - 1);
  if (!isStop(b) && !((b === 34 || b === 0x201d || b === 0x2019 || b === 41) && p >= 2 && isStop(s.charCodeAt(p - 2)))) return false;
  let q = p + 1;
  while (q < s.length && isSpace(s.charCodeAt(q))) q++;
  if (q >= s.length) return false;
  const c = s.charCodeAt(q);
  if (c === 34 || c === 0x201c || c === 0x2018 || c === 40) return q + 1 < s.length && isUpperOrNumber(s, q + 1);
  return isUpperOrNumber(s, q);
}

const isStop = (c: number) => c === 46 || c === 33 || c === 63;

const SENTENCE_END = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u;

/**
 * The tokens of an article's sentences, as word ids and flags in flat arrays reused from article to
 * article (no object per token). A token is a run of Unicode letters and numbers, possibly joined by
 * single ' ’ . - characters (the pattern [\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)* with the u flag), found
 * by one pass over the character codes; a possessive "'s" is dropped ("Smith's" is Smith).
 */
// ASCII classes: 0 other, then lower-case letter, capital, digit.
const LOWER = 1;
const UPPER = 2;
const ASCII = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII[c] = LOWER;
for (let c = 65; c <= 90; c++) ASCII[c] = UPPER;
for (let c = 48; c <= 57; c++) ASCII[c] = 3;
export const FNV_BASIS = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

// Whether lower-casing the character at i changes its length (today only İ, U+0130): cached per unit.
const lengthChange = new Uint8Array(65536);
function changesLength(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return String.fromCharCode(c, d).toLowerCase().length !== 2;
  }
  let v = lengthChange[c];
  if (v === 0) {
    v = String.fromCharCode(c).toLowerCase().length !== 1 ? 1 : 2;
    lengthChange[c] = v;
  }
  return v === 1;
}

/** End of the token whose first letters end at i: more letters, or a separator followed by letters. */
function tokenEnd(s: string, i: number): number {
  const n = s.length;
  let w = 0;
  for (;;) {
    while (i < n && (w = letterWidth(s, i)) > 0) i += w;
    if (i + 1 < n) {
      const c = s.charCodeAt(i);
      if ((c === SEP_APOS || c === SEP_RSQUO || c === SEP_DOT || c === SEP_HYPHEN) && (w = letterWidth(s, i + 1)) > 0) {
        i += 1 + w;
        continue;
      }
    }
    return i;
  }
}

export class TokenBuffer {
  word: number[] = [];
  flag: number[] = [];
  count = 0;
  /** Token index where each sentence starts; sentence k is [start[k], start[k + 1]). */
  start: number[] = [0];
  sentences = 0;

  reset(): void {
    this.count = 0;
    this.sentences = 0;
    this.start[0] = 0;
  }

  /**
   * Appends the tokens of a text. With `split`, each paragraph (line) is split into sentences at
   * sentence ends (see endsSentence); without, the whole text is one sentence (a quote). Sentences
   * without tokens are not recorded: they would change nothing.
   */
  text(text: string, words: WordTable, split: boolean): void {
    const count = this.count;
    const sentences = this.sentences;
    if (this.fast(text, words, split)) return;
    // Lower-casing changes this text's length (a few non-English letters do): token positions in
    // its lower case are off, so each sentence is lowered on its own, as sentences always were.
    this.count = count;
    this.sentences = sentences;
    if (!split) return this.sentence(text, words);
    for (const para of text.split(/\n+/)) {
      const p = para.trim();
      if (p) for (const sentence of p.split(SENTENCE_END)) this.sentence(sentence, words);
    }
  }

  /**
   * One pass over the text's character codes. An ASCII token is hashed, lower-cased and flagged as it
   * is read and looked up without becoming a string; a token with other letters is lower-cased as a
   * slice of the text's lower case (the same as its sentence's: lower-casing never looks across
   * whitespace). A line break ends a sentence (paragraphs are lines). Returns false, having recorded
   * nothing useful, if lower-casing would change the text's length.
   */
  private fast(text: string, words: WordTable, split: boolean): boolean {
    const n = text.length;
    let lowered: string | null = null;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const k = c < 128 ? ASCII[c] : 0;
      if (k === 0) {
        let w = 0;
        if (c >= 128) {
          if (changesLength(text, i)) return false;
          w = letterWidth(text, i);
        }
        if (w === 0) {
          if (split && i > 0 && isSpace(c)) {
            if (c === 10) this.close();
            else if (!isSpace(text.charCodeAt(i - 1)) && endsSentence(text, i)) this.close();
          }
          i++;
          continue;
        }
      }
      const initial = this.count === this.start[this.sentences];
      // read the token: letters, and a joiner (' ’ . -) when a letter follows it
      const from = i;
      let h = FNV_BASIS;
      let beforeJoiner = h;
      let ascii = true;
      let firstLower = -1;
      for (;;) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          const e = ASCII[d];
          if (e !== 0) {
            if (e === LOWER && firstLower < 0) firstLower = i;
            h = Math.imul(h ^ (e === UPPER ? d + 32 : d), FNV_PRIME);
            i++;
            continue;
          }
        } else {
          if (changesLength(text, i)) return false;
          const w = letterWidth(text, i);
          if (w > 0) {
            ascii = false;
            i += w;
            continue;
          }
        }
        if (i > from && i + 1 < n && (d === SEP_APOS || d === SEP_RSQUO || d === SEP_DOT || d === SEP_HYPHEN) && letterWidth(text, i + 1) > 0) {
          beforeJoiner = h;
          h = Math.imul(h ^ d, FNV_PRIME);
          i++;
          continue;
        }
        break;
      }
      if (!ascii) {
        lowered ??= text.toLowerCase();
        this.aligned(text, lowered, from, i, words, initial);
        continue;
      }
      let end = i;
      const last = text.charCodeAt(end - 1);
      const before = text.charCodeAt(end - 2);
      // possessive: "Smith's" is Smith (a token never ends with its joiner, so no trailing dot here)
      if ((last === 115 || last === 83) && end - from > 2 && (before === SEP_APOS || before === SEP_RSQUO)) {
        end -= 2;
        h = beforeJoiner;
      }
      let flag = initial ? INITIAL : 0;
      if (ASCII[text.charCodeAt(from)] === UPPER) {
        flag |= CAP;
        if (end - from >= 2 && (firstLower < 0 || firstLower >= end)) flag |= ALL_CAPS;
      }
      const word = words.atAscii(text, from, end, h);
      if (words.info[word] & DIGIT) flag |= NUM;
      this.push(word, flag);
    }
    this.close();
    return true;
  }

  /** One sentence whose lower case may differ in length: each token is lowered on its own. */
  private sentence(sentence: string, words: WordTable): void {
    const lowered = sentence.toLowerCase();
    const aligned = lowered.length === sentence.length;
    const first = this.count;
    let i = 0;
    while (i < sentence.length) {
      const w = letterWidth(sentence, i);
      if (w === 0) {
        i++;
        continue;
      }
      const from = i;
      i = tokenEnd(sentence, i + w);
      if (aligned) this.aligned(sentence, lowered, from, i, words, this.count === first);
      else this.unaligned(sentence.slice(from, i), words, this.count === first);
    }
    this.close();
  }

  /** Ends the current sentence, if it has any token. */
  private close(): void {
    if (this.count > this.start[this.sentences]) this.start[++this.sentences] = this.count;
  }

  private push(word: number, flag: number): void {
    this.word[this.count] = word;
    this.flag[this.count++] = flag;
  }

  private aligned(s: string, lowered: string, from: number, to: number, words: WordTable, initial: boolean): void {
    let end = to;
    const last = s.charCodeAt(end - 1);
    const before = s.charCodeAt(end - 2);
    // possessive and trailing abbreviation dot: "Smith's" is Smith, "U.S." is "u.s"
    if ((last === 115 || last === 83) && end - from > 2 && (before === SEP_APOS || before === SEP_RSQUO)) end -= 2;
    else if (last === SEP_DOT) end -= 1;
    const k = words.at(lowered, from, end);
    let flag = initial ? INITIAL : 0;
    if (s.charCodeAt(from) !== lowered.charCodeAt(from)) {
      flag |= CAP;
      if (end - from >= 2) {
        // all capitals: an ASCII token has no a-z; anything else is compared with its upper case
        let upper = true;
        for (let j = from; j < end; j++) {
          const c = s.charCodeAt(j);
          if (c >= 128) {
            const raw = s.slice(from, end);
            upper = raw === raw.toUpperCase();
            break;
          }
          if (c >= 97 && c <= 122) {
            upper = false;
            break;
          }
        }
        if (upper) flag |= ALL_CAPS;
      }
    }
    if (words.info[k] & DIGIT) flag |= NUM;
    this.push(k, flag);
  }

  /** The rare sentence whose lower case has another length: each token lowered on its own. */
  private unaligned(token: string, words: WordTable, initial: boolean): void {
    let raw = token;
    const last = raw.charCodeAt(raw.length - 1);
    if ((last === 115 || last === 83) && raw.length > 2 && (raw[raw.length - 2] === "'" || raw[raw.length - 2] === '’')) raw = raw.slice(0, -2);
    else if (last === SEP_DOT) raw = raw.slice(0, -1);
    const low = raw.toLowerCase();
    const k = words.of(low);
    let flag = initial ? INITIAL : 0;
    if (raw[0] !== low[0]) {
      flag |= CAP;
      if (raw.length >= 2 && raw === raw.toUpperCase()) flag |= ALL_CAPS;
    }
    if (words.info[k] & DIGIT) flag |= NUM;
    this.push(k, flag);
  }
}
