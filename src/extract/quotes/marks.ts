/**
 * Quotation-mark spans: where each outermost quotation opens and closes, across paragraphs.
 */

/** One outermost quotation; a multi-paragraph one has `endPara > startPara`. */
export interface QuoteSpan {
  startPara: number;
  /** Offset of the opening mark in `startPara`. */
  start: number;
  endPara: number;
  /** Offset just past the closing mark in `endPara` (the paragraph's length when it never closed). */
  end: number;
  /** The words inside the marks, paragraphs joined by a space, untrimmed of punctuation. */
  inner: string;
  /** True when a closing mark was found (not cut off by a paragraph end). */
  closed: boolean;
}

/** Opening mark → the marks that may close it. „ closes with “ (German) or ” (some English sites). */
const CLOSERS: Record<string, string> = {
  '“': '”',
  '"': '"',
  '«': '»',
  '»': '«',
  '„': '“”',
  '‘': '’',
  '‚': '‘’',
  "'": "'",
  '‹': '›',
  '「': '」',
};

/** Jumps straight to the next possible opening mark. */
const OPENER_RE = /["“„«»‘'‚‹「]/g;

/** Single-quote openers are also apostrophes; these need word-boundary checks. */
const SINGLE = new Set(['‘', "'", '‚']);

/** Elisions that start with an apostrophe ('90s, 'em, 'til): never an opening mark. */
const ELISION = /^['‘’](?:\d0s|\d\d\b|em\b|tis\b|twas\b|til\b|cause\b|n\b|n'|n’|s\b|bout\b|round\b)/i;

const LETTER = /[\p{L}\p{N}]/u;

function isOpenerAt(text: string, i: number): boolean {
  const c = text[i];
  if (!(c in CLOSERS)) return false;
  const prev = i > 0 ? text[i - 1] : ' ';
  const next = i + 1 < text.length ? text[i + 1] : ' ';
  if (/\s/.test(next) && c !== '«' && c !== '„') return false; // « and „ may be followed by a thin space
  // German »…« reverses the French marks: either opens only at a word start, never after a letter.
  if ((c === '«' || c === '»') && LETTER.test(prev)) return false;
  if (c === '»' && (/\s/.test(next) || !text.includes('«', i + 1))) return false;
  if (c === '"' || SINGLE.has(c)) {
    // Straight and single marks open only at a word start: not in 6'2", O'Brien, or rock'n'roll.
    if (LETTER.test(prev)) return false;
    if (SINGLE.has(c) && ELISION.test(text.slice(i, i + 6))) return false;
  }
  return true;
}

function isCloserAt(text: string, i: number, opener: string): boolean {
  const c = text[i];
  if (!CLOSERS[opener].includes(c)) return false;
  if (opener === '"' || SINGLE.has(opener)) {
    const prev = i > 0 ? text[i - 1] : ' ';
    const next = i + 1 < text.length ? text[i + 1] : ' ';
    if (/\s/.test(prev)) return false;
    // A mark between letters is an apostrophe (isn’t, Moscow’s), not a closing mark.
    if (LETTER.test(next)) return false;
    if (SINGLE.has(opener) && /s/i.test(prev) && /^\s+[a-z]/.test(text.slice(i + 1, i + 3))) {
      // "the players’ union": a plural possessive; only close here if no later closer exists.
      for (let j = i + 1; j < text.length; j++) {
        if (CLOSERS[opener].includes(text[j]) && !LETTER.test(text[j + 1] ?? ' ')) return false;
      }
    }
  }
  return true;
}

/** Marks of a different family nest inside an open quotation; only its own closer ends it. */
function continuationOffset(paragraph: string): number {
  const m = /^\s*(["“„«‘'‚‹])/.exec(paragraph);
  return m ? m[0].length : -1;
}

/**
 * Find every outermost quotation in the paragraphs, in order.
 * News convention for long quotes: the paragraph ends with no closing mark and the next paragraph
 * reopens with a mark; the quotation continues. An unclosed mark not followed by such a paragraph
 * ends at its paragraph's end.
 */
export function findQuoteSpans(paragraphs: string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let p = 0;
  let i = 0;
  while (p < paragraphs.length) {
    const text = paragraphs[p];
    if (i >= text.length) {
      p++;
      i = 0;
      continue;
    }
    OPENER_RE.lastIndex = i;
    const found = OPENER_RE.exec(text);
    if (!found) {
      i = text.length;
      continue;
    }
    i = found.index;
    if (!isOpenerAt(text, i)) {
      i++;
      continue;
    }
    const opener = text[i];
    const startPara = p;
    const start = i;
    let t = text;
    let j = i + 1;
    let innerStart = j;
    const parts: string[] = [];
    let closed = false;
    for (;;) {
      while (j < t.length && !isCloserAt(t, j, opener)) j++;
      if (j < t.length) {
        parts.push(t.slice(innerStart, j));
        closed = true;
        j++;
        break;
      }
      parts.push(t.slice(innerStart));
      const next = paragraphs[p + 1];
      const off = next === undefined ? -1 : continuationOffset(next);
      if (off < 0) break;
      p++;
      t = next;
      j = off;
      innerStart = off;
    }
    const inner = parts.map((s) => s.trim()).filter((s) => s !== '').join(' ');
    spans.push({ startPara, start, endPara: p, end: j, inner, closed });
    i = j;
  }
  return spans;
}
