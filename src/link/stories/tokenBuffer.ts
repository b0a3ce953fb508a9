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

/**
 * The tokens of an article's sentences, as word ids and flags in flat arrays reused from article to
 * article (no object per token). A token is a run of Unicode letters and numbers, possibly joined by
 * single ' ’ . - characters (the pattern [\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)* with the u flag), found
 * by one pass over the character codes; a possessive "'s" is dropped ("Smith's" is Smith).
 */
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

  /** Appends one sentence's tokens. */
  scan(sentence: string, words: WordTable): void {
    // Lower-case the sentence once; slices of it are the tokens' lower-case forms (unless lower-casing
    // changed the length, as it can for a few non-English letters: then each token is lowered alone).
    const lowered = sentence.toLowerCase();
    const aligned = lowered.length === sentence.length;
    const n = sentence.length;
    const first = this.count;
    let i = 0;
    while (i < n) {
      let w = letterWidth(sentence, i);
      if (w === 0) {
        i++;
        continue;
      }
      const from = i;
      i += w;
      for (;;) {
        while (i < n && (w = letterWidth(sentence, i)) > 0) i += w;
        if (i + 1 < n) {
          const c = sentence.charCodeAt(i);
          if ((c === SEP_APOS || c === SEP_RSQUO || c === SEP_DOT || c === SEP_HYPHEN) && (w = letterWidth(sentence, i + 1)) > 0) {
            i += 1 + w;
            continue;
          }
        }
        break;
      }
      if (aligned) this.aligned(sentence, lowered, from, i, words, this.count === first);
      else this.unaligned(sentence.slice(from, i), words, this.count === first);
    }
    this.start[++this.sentences] = this.count;
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
    const k = words.of(lowered.slice(from, end));
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
