/**
 * Unicode character classes of one code point, as bits, for hand-written scanners.
 *
 * Why: the entity scanners look at every character of every article; a Unicode property regex per
 * word (or a regex-driven tokenizer) cost more than the rest of topic finding. Each BMP code point is
 * classified once with the same property regexes (so the classes are exactly the regexes' classes)
 * and remembered in a table; astral code points are classified each time (rare in news text).
 */

export const LETTER = 1;
export const UPPER = 2;
export const LOWER = 4;
export const MARK = 8;
export const NUMBER = 16;
/** JavaScript's `\s`. */
export const SPACE = 32;
const DONE = 128;

const TABLE = new Uint8Array(0x10000);

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let k = 0;
  if (/\p{L}/u.test(ch)) k |= LETTER;
  if (/\p{Lu}/u.test(ch)) k |= UPPER;
  if (/\p{Ll}/u.test(ch)) k |= LOWER;
  if (/\p{M}/u.test(ch)) k |= MARK;
  if (/\p{N}/u.test(ch)) k |= NUMBER;
  if (/\s/u.test(ch)) k |= SPACE;
  return k;
}

/** The class bits of a code point. */
export function classOf(cp: number): number {
  if (cp > 0xffff) return classify(cp);
  let k = TABLE[cp];
  if (k === 0) {
    k = classify(cp) | DONE;
    TABLE[cp] = k;
  }
  return k;
}

/** The class bits of the code point starting at `i` (a surrogate pair counts as one). */
export function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return classOf(c);
  return classOf(s.codePointAt(i) ?? c);
}

/** UTF-16 length of the code point starting at `i`: 2 for a surrogate pair, else 1. */
export function widthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}
