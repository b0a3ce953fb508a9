/**
 * Which quotation marks hold speech: scare quotes, titles of works, terms and nicknames do not.
 */

// Note: Unicode property regexes are module constants: run through tsx (esbuild), a literal with \p{…}
// inside a function is rebuilt with new RegExp() at every call (~0.2 µs each).
const WORD_WITH_DOTS = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const CAPITALISED_NAME_WORD = /^\p{Lu}[\p{L}.'’\-]*$/u;
const CAPITALISED_START = /^\p{Lu}[\p{L}'’\-]*/u;

/** The reason a quotation is not a quote, 'short' for 1–2 words (kept only with adjacent attribution), or null. */
export type Verdict = null | 'short' | string;

/** Words before a quotation that introduce a title, a term or a name rather than speech. */
const CUE_BEFORE =
  /(?:\bso-called|\bdubbed|\bnicknamed|\bknown as|\b(?:en)?titled|\bnamed|\bcalled it simply|\bthe (?:words?|phrase|term|slogan|hashtag|motto|label|headline|caption|message|sign|banner|tagline)|\b(?:film|movie|book|novel|song|single|album|series|show|sitcom|programme|program|play|musical|opera|poem|documentary|podcast|painting|exhibition|essay|column|article|report|game|track|episode|memoir|biography|brand|campaign|operation|project|initiative|hashtag|app)|#)\s*$/i;

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'de', 'la', 'le', 'vs', 'vs.']);

export const NICKNAME = 'nickname between the parts of a name';

export function countWords(text: string): number {
  const m = text.match(WORD_WITH_DOTS);
  return m ? m.length : 0;
}

/** Title Case throughout, with no sentence punctuation: the name of a work, not speech. */
function isTitleCase(raw: string): boolean {
  // American style puts the sentence's full stop or comma inside the marks: “Game of Thrones.”
  const inner = raw.replace(/[.,]\s*$/, '');
  if (/[.?!,;:]\s*$/.test(inner) || /[.?!;]\s/.test(inner)) return false;
  const words = inner.match(WORD) ?? [];
  if (words.length < 2 || words.length > 10) return false;
  let significant = 0;
  for (const [i, w] of words.entries()) {
    if (i > 0 && SMALL_WORDS.has(w.toLowerCase())) continue;
    if (STARTS_LOWER.test(w)) return false;
    if (STARTS_UPPER.test(w)) significant++;
  }
  return significant >= 2;
}

/**
 * Judge one quotation from its inner text and the paragraph text right around its marks.
 * Each rejection carries its reason.
 */
export function judgeQuote(inner: string, before: string, after: string): Verdict {
  const words = countWords(inner);
  if (words === 0) return 'empty quotation marks';
  const prevWord = /(\S+)\s$/.exec(before)?.[1] ?? '';
  const nextWord = /^\s(\S+)/.exec(after)?.[1] ?? '';
  if (
    words <= 4 &&
    CAPITALISED_NAME_WORD.test(prevWord) &&
    CAPITALISED_START.test(nextWord) &&
    !/[.?!,]$/.test(inner.trim()) &&
    /\S\s$/.test(before)
  ) {
    return NICKNAME;
  }
  if (words <= 8 && !/[.?!]\s*$/.test(inner) && CUE_BEFORE.test(before)) return 'title, term or name introduced as such';
  if (isTitleCase(inner)) return 'title case: the name of a work or thing';
  if (words <= 2) return 'short';
  return null;
}

/** The quote text: trimmed, without a trailing , . ; : (keeping ? and !). */
export function cleanQuoteText(inner: string): string {
  return inner
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,.;:]+$/u, '')
    .trim();
}
