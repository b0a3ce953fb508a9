/**
 * "Is this word also written in lower case in the article?": the question dropJunk asks of its
 * single-word candidates ("Protein" at a sentence start, "protein" later).
 */
import { LETTER, LOWER, classAt, classOf, widthAt } from './chars.ts';

/**
 * The keys that lowerCaseWords(paragraphs) holds: the same scan, but a match becomes a string (and a
 * set entry) only when a cheap fingerprint (length, first and last character) fits one of the keys.
 * Why: slicing and storing every lower-case word of the body was most of the scan's cost, for the
 * few dozen keys an article asks about.
 */
export function lowerWordsAmong(paragraphs: string[], keys: ReadonlySet<string>): Set<string> {
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

/**
 * The specification of lowerWordsAmong (kept for its tests). Every lower-case word of the text: the matches of `(?<![\p{L}.])\p{Ll}[\p{Ll}'’-]*` (global, Unicode),
 * scanned by hand (the regex with its look-behind cost as much as finding the names; even the ASCII
 * form of the regex was slower than the scan's inline ASCII classes).
 */
export function lowerCaseWords(paragraphs: string[]): Set<string> {
  const words = new Set<string>();
  for (const p of paragraphs) {
    // Note: in plain ASCII the same regex without Unicode classes is exact, and the engine's fast path.
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
        words.add(p.slice(i, j));
        // The match's last character is a letter or ' ’ -; only a letter blocks the next start.
        blocked = (classAt(p, j - 1) & LETTER) !== 0 || isLowSurrogateOfLetter(p, j - 1);
        i = j;
        continue;
      }
      blocked = (k & LETTER) !== 0 || p.charCodeAt(i) === 46;
      i += widthAt(p, i);
    }
  }
  return words;
}


function isLowSurrogateOfLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff || i === 0) return false;
  const cp = s.codePointAt(i - 1) ?? 0;
  return cp > 0xffff && (classOf(cp) & LETTER) !== 0;
}

