/**
 * Text → URL slug: lower-case ASCII words joined by "-", accents folded (é → e). Scripts with no
 * ASCII form (CJK, Arabic, Cyrillic…) keep their letters, which browsers and static hosts serve
 * fine as UTF-8 paths. Never empty, never longer than `max` characters, never "." or "..".
 */
const LATIN_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * Memo of slugify at the default length: every rebuild slugs each speaker, outlet and topic name once
 * per mention (hundreds of thousands of calls for a few thousand distinct names), and the Unicode
 * normalising and regexes are the cost. A cache of a pure function, cleared when large so memory stays bounded.
 */
const memo = new Map<string, string>();

export function slugify(text: string, max = 80): string {
  if (max !== 80) return makeSlug(text, max);
  let slug = memo.get(text);
  if (slug === undefined) {
    if (memo.size >= 50_000) memo.clear();
    memo.set(text, (slug = makeSlug(text, max)));
  }
  return slug;
}

const ASCII = /^[\x00-\x7f]*$/;

function makeSlug(text: string, max: number): string {
  return ASCII.test(text) ? asciiSlug(text, max) : unicodeSlug(text, max);
}

/** The slug of any text (exported so tests hold asciiSlug to it). */
export function unicodeSlug(text: string, max: number): string {
  const folded = text
    .normalize('NFKD')
    // Note: only marks on Latin letters are accents to fold; elsewhere a mark is part of the letter
    // (ピ is ヒ + handakuten, Devanagari vowel signs, й is и + breve) and NFC puts it back.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[’'`]/g, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    // Latin letters that NFKD does not split into base + accent ("Łódź" would give "łodz").
    .replace(/[ßæœøłđðþı]/g, (c) => LATIN_FOLDS[c]);
  return joinWords(folded.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [], max, (w) => [...w].length);
}

/**
 * makeSlug for ASCII text, which nearly every headline is: ASCII has no accents to fold, its letters
 * and digits are [a-z0-9] once lower-cased and each is one code point, so the Unicode normalising,
 * the property regexes and the code-point counting can all be skipped for the same slug (a cold
 * build slugs every headline once: ~6 µs each the long way).
 */
function asciiSlug(text: string, max: number): string {
  return joinWords(text.replace(/['`]/g, '').replace(/&/g, ' and ').toLowerCase().match(/[a-z0-9]+/g) ?? [], max, (w) => w.length);
}

/**
 * Words joined by "-" while the slug stays within `max` characters as `length` counts them (code
 * points; a word's UTF-16 length when it is ASCII); a first word longer than that is cut.
 */
function joinWords(words: string[], max: number, length: (w: string) => number): string {
  let slug = '';
  let size = 0;
  for (const w of words) {
    const next = (slug ? size + 1 : 0) + length(w);
    if (next > max) break;
    slug = slug ? `${slug}-${w}` : w;
    size = next;
  }
  if (!slug && words.length) slug = [...words[0]].slice(0, max).join('');
  return slug || 'untitled';
}
