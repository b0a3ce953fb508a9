/**
 * Quote candidates: the quotation spans that may hold speech, and the narration tokens with those
 * spans masked out (a nickname blanked, so "Earvin “Magic” Johnson" reads as one name).
 */
import { cleanQuoteText, judgeQuote, NICKNAME } from './filter.ts';
import { findQuoteSpans, type QuoteSpan } from './marks.ts';
import { REACH } from './people.ts';
import { MASK, tokenize, type Token } from './tokens.ts';

export interface Candidate {
  span: QuoteSpan;
  text: string;
  /** One or two words: kept only with a speech verb right by it. */
  short: boolean;
}

/** Quotation spans that may hold speech, with their cleaned text. */
export function findCandidates(paragraphs: string[], nicknames: QuoteSpan[]): Candidate[] {
  const out: Candidate[] = [];
  for (const span of findQuoteSpans(paragraphs)) {
    const before = paragraphs[span.startPara].slice(Math.max(0, span.start - 40), span.start);
    const after = paragraphs[span.endPara].slice(span.end, span.end + 40);
    const verdict = judgeQuote(span.inner, before, after);
    if (verdict === NICKNAME) nicknames.push(span);
    if (verdict !== null && verdict !== 'short') continue;
    const text = cleanQuoteText(span.inner);
    if (text === '') continue;
    out.push({ span, text, short: verdict === 'short' });
  }
  return out;
}

/** Earvin “Magic” Johnson reads as Earvin Johnson: a nickname is blanked out of the narration. */
export function blankNicknames(paragraphs: string[], spans: QuoteSpan[]): string[] {
  if (spans.length === 0) return paragraphs;
  const out = paragraphs.slice();
  for (const s of spans) {
    if (s.startPara !== s.endPara) continue;
    const t = out[s.startPara];
    out[s.startPara] = t.slice(0, s.start) + ' '.repeat(s.end - s.start) + t.slice(s.end);
  }
  return out;
}

/** Paragraphs that open an article and introduce its people. */
const LEDE = 2;

/** Tokens of each paragraph with every candidate quotation masked to one placeholder token. */
export function maskAndTokenize(paragraphs: string[], candidates: Candidate[]): Token[][] {
  const masked = paragraphs.slice();
  const quoteAt: Map<number, number>[] = paragraphs.map(() => new Map());
  candidates.forEach((c, qi) => {
    const { startPara, start, endPara, end } = c.span;
    for (let p = startPara; p <= endPara; p++) {
      const from = p === startPara ? start : 0;
      const to = p === endPara ? end : masked[p].length;
      masked[p] = masked[p].slice(0, from) + MASK.repeat(to - from) + masked[p].slice(to);
      quoteAt[p].set(from, qi);
    }
  });
  // Narration after the last quotation can attribute nothing (bar the same paragraph's later
  // sentences), so it is not read: the paragraphs there get no tokens.
  // Likewise narration well before the first quotation: no pronoun reaches that far back. Both
  // stretches still lend their full names to the registry (see registerNames).
  const lastPara = candidates[candidates.length - 1].span.endPara;
  const firstPara = candidates[0].span.startPara - REACH - 1;
  // The lede is read too: a profile names its subject there and says "she" long after.
  return masked.map((m, p) => ((p >= firstPara || p < LEDE) && p <= lastPara ? tokenize(m, quoteAt[p]) : []));
}

