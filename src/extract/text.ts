// Small string helpers shared by the extract stage. Cheap, allocation-light: they run on every line.
import { Buffer } from 'node:buffer';

/** Lower case, letters and digits only, single spaces: for comparing lines and names loosely. */
const ASCII = /^[\x00-\x7f]*$/;
/**
 * Latin text with typographic punctuation (curly quotes, dashes): nearly every line of an English or
 * European page. These take hand-rolled fast paths instead of Unicode property regexes.
 */
const NOT_SIMPLE = /[^\u0000-\u024f\u2000-\u206f]/;
const isSimple = (s: string) => !NOT_SIMPLE.test(s);

// Note: Unicode property regexes are module constants: run through tsx (esbuild), a \p{…} literal inside
// a function is rebuilt with new RegExp() at every call. The /g ones are only used by match and
// replace, which start from the beginning whatever lastIndex holds.
const NOT_WORD_CHARS = /[^\p{L}\p{N}\p{M}]+/gu;
const UNICODE_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;
const LETTER_WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
const UPPER_START = /^\p{Lu}/u;

/**
 * Is the text in the simple range (see NOT_SIMPLE)? A caller that computes it once passes it to the
 * …Of variants (wordCountOf, lineStatsOf, normaliseLineOf) instead of each helper scanning the line again.
 */
export const isSimpleText = isSimple;

/** A letter or digit in the simple range (ASCII, Latin-1 and Latin Extended-A/B, without × and ÷). */
function isSimpleWordChar(c: number): boolean {
  // A table read, not four range tests: word and separator characters alternate too irregularly for
  // the tests' branches to be predicted.
  return c < 0x250 && LOOSE_WORD[c] === 1;
}

/** 1 for the characters isSimpleWordChar accepts. */
const LOOSE_WORD = Uint8Array.from({ length: 0x250 }, (_, c) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ? 1 : 0);

export function loose(s: string): string {
  return looseOf(s, isSimple(s));
}

/** loose() of a line whose isSimpleText() is known. */
export function looseOf(s: string, simple: boolean): string {
  // Simple lines (most of them) skip the costly Unicode normalisation and property classes.
  if (simple) {
    // Note: whole runs are appended, not single characters: a string built a character at a time is a
    // deep rope that every later regex on the key has to flatten first.
    let out = '';
    const lower = s.toLowerCase();
    const n = lower.length;
    let i = 0;
    while (i < n) {
      while (i < n && !isSimpleWordChar(lower.charCodeAt(i))) i++;
      if (i >= n) break;
      const start = i;
      while (i < n && isSimpleWordChar(lower.charCodeAt(i))) i++;
      out = out ? `${out} ${lower.slice(start, i)}` : start === 0 && i === n ? lower : lower.slice(start, i);
    }
    return out;
  }
  return s.normalize('NFKC').toLowerCase().replace(NOT_WORD_CHARS, ' ').trim();
}

/**
 * The normal form of a line used to spot template lines repeated across an outlet's articles.
 * Digits are folded so "3 comments" and "12 comments" (or dates in a footer) count as one line.
 * The build computes `templateLines` with this same function.
 */
export function normaliseLine(s: string): string {
  return normaliseLineOf(s, isSimple(s));
}

/**
 * `re` (a sticky regex, flag y) matched exactly at `at` in `text`, or null: the part of a pattern that
 * follows a known prefix ("Karina" + " holds …"), without building a pattern per prefix.
 */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** normaliseLine() of a line whose isSimpleText() is known. */
export function normaliseLineOf(s: string, simple: boolean): string {
  return simple && s.length <= NORM_BUFFER.length ? normaliseSimple(s) : foldDigits(looseOf(s, simple));
}

function foldDigits(l: string): string {
  return /\d/.test(l) ? l.replace(/\d+/g, '0') : l;
}

/**
 * Where normaliseSimple() writes its characters, as Latin-1 bytes (one module buffer, as lines are
 * normalised one at a time): a Latin-1 string is made from it natively.
 */
const NORM_BUFFER = Buffer.allocUnsafe(1024);
const ZERO = 48, NINE = 57, SPACE = 32, LATIN1_END = 256;

/**
 * normaliseLine() of a simple line in one pass over its lower-case form: word runs joined by single
 * spaces, each run of digits one "0" (looseOf, then the digit fold, built without a string per word).
 * Most lines come out as their lower-case form (words, single spaces, no digits): that string is returned.
 * A line with a letter past Latin-1 (Latin Extended: "ł", "ő") takes the general way.
 */
function normaliseSimple(s: string): string {
  const lower = s.toLowerCase();
  const n = lower.length;
  // Lower-casing may lengthen a line ("İ" → "i̇"): one too long for the buffer takes the general way.
  if (n > NORM_BUFFER.length) return foldDigits(looseOf(s, true));
  const out = NORM_BUFFER;
  let k = 0;
  // Since the last word character: none, one space, or more (or other separators).
  let gap = 0;
  let inDigits = false;
  let same = true;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (!isSimpleWordChar(c)) {
      if (c !== SPACE || gap > 0 || k === 0) same = false;
      gap++;
      inDigits = false;
      continue;
    }
    if (c >= LATIN1_END) return foldDigits(looseOf(s, true));
    if (gap > 0 && k > 0) out[k++] = SPACE;
    gap = 0;
    if (c >= ZERO && c <= NINE) {
      same = false;
      if (inDigits) continue;
      inDigits = true;
      out[k++] = ZERO;
    } else {
      inDigits = false;
      out[k++] = c;
    }
  }
  // A trailing separator was dropped.
  if (gap > 0) same = false;
  return same ? lower : out.toString('latin1', 0, k);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;

/** Word count; CJK-like scripts written without spaces count one word per two characters. */

/** What wordCount counts in simple text (countSimpleWords counts its matches by hand). */
export const SIMPLE_WORD = /[A-Za-z0-9\u00c0-\u024f]+(?:['’.-][A-Za-z0-9\u00c0-\u024f]+)*/g;

export function wordCount(s: string): number {
  return wordCountOf(s, isSimple(s));
}

/** wordCount() of a line whose isSimpleText() is known. */
export function wordCountOf(s: string, simple: boolean): number {
  return simple ? countSimpleWords(s) : wordCountUnicode(s);
}

/**
 * The number of SIMPLE_WORD matches: runs of letters/digits, joined by ' ’ . - inside a word ("U.S.",
 * "don’t", "e-mail"). Counted in one pass without building the array of matches (the match array was
 * most of the cost): every run of word characters starts a match unless one joiner (' ’ . -) links it
 * to the run just before, since a match takes each joiner that a word character follows.
 */
function countSimpleWords(s: string): number {
  // Branch-free per character (table bits, arithmetic): letters and spaces alternate too irregularly
  // for the branches of a plain loop to be predicted (the table form measured twice as fast).
  let count = 0;
  let before = 0; // class bits of the character before
  let wordTwoBack = 0; // 1 when the character two back is a word character
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const bits = c < SIMPLE_TABLE_SIZE ? SIMPLE_CLASS[c] : c === 0x2019 ? JOINER : 0;
    const word = bits & WORD;
    // A run starts here unless a word character or a joiner that a word character precedes comes before.
    count += word & ~before & ~((before >> 1) & wordTwoBack);
    wordTwoBack = before & WORD;
    before = bits;
  }
  return count;
}

const WORD = 1, JOINER = 2;
const SIMPLE_TABLE_SIZE = 0x250;
/** SIMPLE_WORD's classes below U+0250: word characters (WORD) and the joiners ' . - (JOINER; ’ is tested apart). */
const SIMPLE_CLASS = Uint8Array.from({ length: SIMPLE_TABLE_SIZE }, (_, c) => (isSimpleWordCode(c) ? WORD : isJoinerCode(c) ? JOINER : 0));

/** SIMPLE_WORD's joiners: ' ’ . - */
function isJoinerCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/** SIMPLE_WORD's word characters: A-Z a-z 0-9 and U+00C0–U+024F (× and ÷ included, as in the regex). */
function isSimpleWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

function wordCountUnicode(s: string): number {
  const m = s.match(UNICODE_WORD);
  let n = m ? m.length : 0;
  const cjk = s.match(CJK);
  if (cjk && cjk.length > 4) n = Math.max(n, Math.round(cjk.length / 2));
  return n;
}

const STOP = new Set(
  ('a an the and or but of to in on at for with by from as is are was were be been being it its this that these those ' +
    'he she they we you i his her their our your them him us not no have has had do does did will would can could ' +
    'should may might must than then there here which who whom whose what when where why how if so also just about ' +
    'into over after before more most some any all such only other out up said says').split(' '),
);

/** Is this lower-case word a common English function word? */
export function isStopWord(w: string): boolean {
  return STOP.has(w);
}

/** Share of words that are common English function words (0 for other languages). */
export function stopwordRatio(s: string): number {
  const words = s.toLowerCase().match(/[a-z']+/g);
  if (!words || words.length === 0) return 0;
  let n = 0;
  for (const w of words) if (STOP.has(w)) n++;
  return n / words.length;
}

/** Share of words starting with a capital letter (ignores small function words). */
export function titleCaseRatio(s: string): number {
  const words = ASCII.test(s) ? s.match(/[A-Za-z][A-Za-z'-]*/g) : s.match(LETTER_WORD);
  if (!words) return 0;
  let n = 0, caps = 0;
  for (const w of words) {
    if (STOP.has(w.toLowerCase()) && w.length < 5) continue;
    n++;
    if (UPPER_START.test(w)) caps++;
  }
  return n ? caps / n : 0;
}

/** Does the line end like a sentence (terminal punctuation, possibly inside a closing quote)? */
export function endsLikeSentence(s: string): boolean {
  // The regex /[.!?。！？…:;]["'”’»)\]]*\s*$/u, read from the end: the regex engine tried it at every
  // position of the line. The three classes are disjoint, so stripping each maximal run is exact.
  let i = s.length - 1;
  while (i >= 0 && isJsSpace(s.charCodeAt(i))) i--;
  while (i >= 0 && isClosing(s.charCodeAt(i))) i--;
  return i >= 0 && isTerminal(s.charCodeAt(i));
}

/** JavaScript's \s (one UTF-16 unit: every member is in the BMP). */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** ["'”’»)\]] */
function isClosing(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
}

/** [.!?。！？…:;] */
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x2026 || c === 58 || c === 59;
}

export function collapseSpaces(s: string): string {
  if (s.indexOf('  ') < 0 && s.indexOf('\t') < 0 && s.indexOf('\u00a0') < 0) return s.trim();
  return s.replace(/[ \t\u00a0]+/g, ' ').trim();
}

export interface LineStats {
  /** Share of function words (Latin script only). */
  stop: number;
  /** Share of capitalised content words. */
  caps: number;
}

/**
 * STOP words packed as numbers (a=1 … z=26, base 32; six letters fit in 30 bits) so lineStats can look a
 * word up without slicing and lower-casing it. Every STOP word is plain ASCII letters.
 */
const STOP_CODES = new Set([...STOP].map((w) => packAsciiWord(w, 0, w.length)));

/**
 * s[start, end) packed as in STOP_CODES, or -1 when a character is not an ASCII letter (such a word,
 * lower-cased, is never a STOP word: the only simple-range letter that lower-cases to ASCII, İ, also
 * yields a combining dot).
 */
function packAsciiWord(s: string, start: number, end: number): number {
  let code = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) code = code * 32 + (c - 96);
    else if (c >= 65 && c <= 90) code = code * 32 + (c - 64);
    else return -1;
  }
  return code;
}

const UPPER_A = 65, UPPER_Z = 90;

function isLetterLike(c: number): boolean {
  return c < 0x250 && (STATS_CLASS[c] & LETTER_LIKE) !== 0;
}

/** Inside a word of lineStats: a letter-like character or ' - ’ (tested apart, past the table). */
function continuesWord(c: number): boolean {
  return c < 0x250 ? (STATS_CLASS[c] & IN_WORD) !== 0 : c === 0x2019;
}

const LETTER_LIKE = 1, IN_WORD = 2;
/** lineStats' classes as table bits (see isSimpleWordChar for why a table). */
const STATS_CLASS = Uint8Array.from({ length: 0x250 }, (_, c) => {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
  return (letter ? LETTER_LIKE | IN_WORD : 0) | (c === 39 || c === 45 ? IN_WORD : 0);
});

/**
 * Stop-word and title-case shares in one pass. ASCII lines (most of them) are scanned by hand: no
 * regex, no per-word arrays, since this runs on every line of every page.
 */
export function lineStats(s: string): LineStats {
  return lineStatsOf(s, isSimple(s));
}

/** lineStats() of a line whose isSimpleText() is known. */
export function lineStatsOf(s: string, simple: boolean): LineStats {
  if (!simple) return lineStatsUnicode(s);
  let words = 0, stops = 0, content = 0, caps = 0;
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isLetterLike(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (continuesWord(c)) i++;
      else break;
    }
    words++;
    const len = i - start;
    const first = s.charCodeAt(start);
    const isStop = len <= 6 && STOP_CODES.has(packAsciiWord(s, start, i));
    if (isStop) {
      stops++;
      if (len < 5) continue;
    }
    content++;
    if ((first >= UPPER_A && first <= UPPER_Z) || (first >= 0xc0 && first <= 0xde && first !== 0xd7)) caps++;
  }
  if (!words) return { stop: 0, caps: 0 };
  return { stop: stops / words, caps: content ? caps / content : 0 };
}

function lineStatsUnicode(s: string): LineStats {
  const words = s.match(LETTER_WORD);
  if (!words) return { stop: 0, caps: 0 };
  let stops = 0, content = 0, caps = 0;
  for (const w of words) {
    const lw = w.toLowerCase();
    if (STOP.has(lw)) {
      stops++;
      if (w.length < 5) continue;
    }
    content++;
    const c = w.charCodeAt(0);
    if ((c >= UPPER_A && c <= UPPER_Z) || (c > 127 && w[0] !== lw[0])) caps++;
  }
  return { stop: stops / words.length, caps: content ? caps / content : 0 };
}
