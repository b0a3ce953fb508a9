/**
 * "Is this word also written in lower case in the article?": the question dropJunk asks of its
 * single-word candidates ("Protein" at a sentence start, "protein" later).
 */
import { LETTER, LOWER, classAt, classOf, widthAt } from './chars.ts';

/**
 * The keys that the text writes as lower-case words: as matches of `(?<![\p{L}.])\p{Ll}[\p{Ll}'’-]*`
 * (global, Unicode; a word does not start right after a letter or a dot). The keys of BMP lower-case letters only (all but
 * the rarest) are found by one regex of the keys, longest first, each occurrence checked for being
 * exactly one match of that regex; a key of other characters is never a match, bar those
 * with a surrogate or ' ’ - (then, or when a check cannot settle, the scan below answers for all keys).
 * Why: the body's lower-case words were sliced and stored one by one for the few dozen keys an
 * article asks about; the regex engine skips the text between occurrences in native code.
 */
export function lowerWordsAmong(paragraphs: string[], keys: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const plain: string[] = [];
  for (const key of keys) {
    const kind = keyKind(key);
    if (kind === UNSURE) return scanAmong(paragraphs, keys);
    if (kind === LOWER_LETTERS) plain.push(key);
  }
  if (plain.length === 0) return found;
  // Note: lower-case letters are no regex syntax; at one position the longest key is tried first.
  const re = new RegExp(plain.sort((a, b) => b.length - a.length).join('|'), 'g');
  for (const p of paragraphs) {
    re.lastIndex = 0;
    for (let m = re.exec(p); m !== null; m = re.exec(p)) {
      const whole = isWholeMatch(p, m.index, m.index + m[0].length);
      if (whole === undefined) return scanAmong(paragraphs, keys);
      if (whole) found.add(m[0]);
    }
  }
  return found;
}

const LOWER_LETTERS = 0, NEVER = 1, UNSURE = 2;

/** LOWER_LETTERS: BMP \p{Ll} only; NEVER: holds a character no match holds (or is empty); UNSURE otherwise. */
function keyKind(key: string): number {
  if (key === '') return NEVER;
  let never = false;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if ((c >= 0xd800 && c <= 0xdfff) || c === 39 || c === 0x2019 || c === 45) return UNSURE;
    if ((classOf(c) & LOWER) === 0) never = true;
  }
  return never ? NEVER : LOWER_LETTERS;
}

/**
 * Is p[from, to) (lower-case letters) exactly one match? The match starting at `from` ends at `to`
 * unless the next character continues it. A match starts at `from` when the character before it is
 * neither a letter nor a dot (look-behind), and no earlier match runs through it: after ' ’ or -, the
 * run of [\p{Ll}'’-] it belongs to must hold no earlier start (a lower-case letter after ' ’ - or after
 * the character before the run, when that is no letter or dot: "rock-solid" holds "rock-solid" only).
 * undefined next to a surrogate.
 */
function isWholeMatch(p: string, from: number, to: number): boolean | undefined {
  if (to < p.length) {
    const c = p.charCodeAt(to);
    if (c === 39 || c === 0x2019 || c === 45) return false;
    if (c >= 0xd800 && c <= 0xdfff) return undefined;
    if ((classOf(c) & LOWER) !== 0) return false;
  }
  if (from === 0) return true;
  const c = p.charCodeAt(from - 1);
  if (c === 46) return false;
  if (c >= 0xd800 && c <= 0xdfff) return undefined;
  if (c !== 39 && c !== 0x2019 && c !== 45) return (classOf(c) & LETTER) === 0;
  // Back to the start of the run, then forward for an earlier start.
  let j = from - 1;
  while (j > 0) {
    const b = p.charCodeAt(j - 1);
    if (b >= 0xd800 && b <= 0xdfff) return undefined;
    if (b === 39 || b === 0x2019 || b === 45 || (classOf(b) & LOWER) !== 0) j--;
    else break;
  }
  for (let s = j; s < from; s++) {
    if ((classOf(p.charCodeAt(s)) & LOWER) === 0) continue;
    const b = s === 0 ? 32 : p.charCodeAt(s - 1);
    if (b !== 46 && (classOf(b) & LETTER) === 0) return false;
  }
  return true;
}

/**
 * lowerWordsAmong by a scan of every character (that regex by hand), where a match becomes a string only
 * when a cheap fingerprint (length, first and last character) fits one of the keys.
 */
function scanAmong(paragraphs: string[], keys: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (keys.size === 0) return found;
  const filter = new Uint8Array(FILTER_SIZE);
  for (const key of keys) if (key !== '') filter[fingerprint(key.length, key.charCodeAt(0), key.charCodeAt(key.length - 1))] = 1;
  for (const p of paragraphs) {
    const n = p.length;
    // Note: a word does not start right after a letter or a dot ("e.g", "iPhone" → "i" only).
    let blocked = false;
    let i = 0;
    while (i < n) {
      const c = p.charCodeAt(i);
      // ASCII characters of a mixed paragraph (most of it) with their classes inline: a-z lower, A-Z upper.
      if (c < 128 && (c < 97 || c > 122 || blocked)) {
        blocked = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
        i++;
        continue;
      }
      const k = classAt(p, i);
      if ((k & LOWER) !== 0 && !blocked) {
        let j = i + widthAt(p, i);
        while (j < n) {
          const c = p.charCodeAt(j);
          if (c === 39 || c === 0x2019 || c === 45 || (c >= 97 && c <= 122)) j++;
          else if (c >= 128 && (classAt(p, j) & LOWER) !== 0) j += widthAt(p, j);
          else break;
        }
        const last = p.charCodeAt(j - 1);
        if (filter[fingerprint(j - i, c, last)] === 1) {
          const word = p.slice(i, j);
          if (keys.has(word)) found.add(word);
        }
        // The match's last character is a letter or ' ’ -; only a letter blocks the next start.
        blocked = last >= 97 && last <= 122 ? true : (classAt(p, j - 1) & LETTER) !== 0 || isLowSurrogateOfLetter(p, j - 1);
        i = j;
        continue;
      }
      blocked = (k & LETTER) !== 0 || c === 46;
      i += widthAt(p, i);
    }
  }
  return found;
}

const FILTER_SIZE = 1 << 16;

/** A 16-bit hash of a string's length and first and last UTF-16 units. */
function fingerprint(length: number, first: number, last: number): number {
  return (length * 0x9e5 + first * 0x3b + last) & (FILTER_SIZE - 1);
}

function isLowSurrogateOfLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff || i === 0) return false;
  const cp = s.codePointAt(i - 1) ?? 0;
  return cp > 0xffff && (classOf(cp) & LETTER) !== 0;
}

