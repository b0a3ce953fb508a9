// Splits the page text into blocks (one rendered line each) and computes the cheap per-block
// features the classifier decides on.
import { matchFamily, type Family } from './patterns.ts';
import { splitCaption, isCreditOnly, type CaptionSplit } from './findMedia.ts';
import { collapseSpaces, endsLikeSentence, normaliseLine, stopwordRatio, titleCaseRatio, wordCount } from './text.ts';

export interface Block {
  /** Position among the page's non-empty lines. */
  index: number;
  text: string;
  words: number;
  /** normaliseLine(text): the key for repetition inside the page and across an outlet's pages. */
  norm: string;
  family: Family | null;
  sentence: boolean;
  stop: number;
  caps: number;
  /** Latin script? Stop-word and case features only mean something there. */
  latin: boolean;
  /** How many blocks of the page share this block's normal form. */
  repeats: number;
  caption: CaptionSplit | null;
  creditOnly: boolean;
}

/** Longest line kept whole; longer ones are cut so a junk megabyte line stays cheap. */
const MAX_LINE = 20_000;

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const counts = new Map<string, number>();
  for (const raw of text.split('\n')) {
    const line = collapseSpaces(raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw);
    if (!line) continue;
    const words = wordCount(line);
    const norm = normaliseLine(line);
    counts.set(norm, (counts.get(norm) ?? 0) + 1);
    const latin = /[A-Za-z]/.test(line) && !/[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]/.test(line.slice(0, 200));
    blocks.push({
      index: blocks.length,
      text: line,
      words,
      norm,
      family: matchFamily(line, words),
      sentence: endsLikeSentence(line),
      stop: latin ? stopwordRatio(line) : 0,
      caps: latin ? titleCaseRatio(line) : 0,
      latin,
      repeats: 0,
      caption: words >= 6 ? splitCaption(line) : null,
      creditOnly: isCreditOnly(line, words),
    });
  }
  for (const b of blocks) b.repeats = b.norm ? counts.get(b.norm) ?? 1 : 1;
  return blocks;
}
