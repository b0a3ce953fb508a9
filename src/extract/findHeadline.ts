// The headline: the title line without its site tail, preferring an h1-like line of the page that agrees.
import type { Block } from './blocks.ts';
import { hasDateToken } from './findDate.ts';
import { isStopWord, loose, normaliseLine } from './text.ts';

export interface HeadlineResult {
  headline: string;
  /** Block index of the line standing for the headline in the page, or -1. */
  index: number;
}

function similarity(a: string, b: string): { f1: number; cover: number; hits: number } {
  const ta = loose(a).split(' ').filter(Boolean), tb = loose(b).split(' ').filter(Boolean);
  if (!ta.length || !tb.length) return { f1: 0, cover: 0, hits: 0 };
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of ta) {
    const c = bag.get(t) ?? 0;
    if (c > 0) { hit++; bag.set(t, c - 1); }
  }
  if (!hit) return { f1: 0, cover: 0, hits: 0 };
  const p = hit / ta.length, r = hit / tb.length;
  return { f1: (2 * p * r) / (p + r), cover: hit / Math.min(ta.length, tb.length), hits: hit };
}

const CONTENTS_HEADING = /^(table of contents|contents|in this (article|post|guide|story)|on this page|jump to|article contents|quick (links|navigation))\b/i;

/**
 * Is block i's line a section heading that a table of contents lists: its first copy sits under a
 * "Table of Contents" heading in an unbroken list of short heading-like lines, and a copy stands at or
 * past the start of the prose? Such a line ("Best Website Builder for Small Business FAQs") echoes the
 * title's words but is not the h1, in the list or in the article.
 */
function inTableOfContents(blocks: readonly Block[], i: number, prose: number): boolean {
  const norm = blocks[i].norm;
  let first = 0;
  while (blocks[first].norm !== norm) first++;
  let k = first - 1;
  for (; k >= Math.max(0, first - 30); k--) {
    const b = blocks[k];
    if (CONTENTS_HEADING.test(b.text) && b.words <= 8) break;
    if (b.words > 15 || (b.sentence && b.words > 6 && !b.text.endsWith('?'))) return false;
  }
  if (k < 0 || k < first - 30) return false;
  for (let j = Math.max(first + 1, prose); j < blocks.length; j++) if (blocks[j].norm === norm) return true;
  return false;
}

/**
 * @param title  the page's title line
 * @param head   the title without its site segments (see splitTitle)
 * @param blocks the page's blocks (title line excluded)
 * @param prose  index of the first block of the main prose run: the h1 stands before it
 */
export function findHeadline(title: string, head: string, blocks: readonly Block[], prose: number): HeadlineResult {
  // Compared in normaliseLine form: each block already carries it.
  const lt = normaliseLine(title), lh = normaliseLine(head);
  const limit = Math.min(blocks.length, prose + 3);
  // 1. A line equal to the whole title or to its headline part: nearest before the prose wins.
  // A page repeating the whole title as its h1 shows the "tail" belongs to the headline. Anywhere on the
  // page: the one followed by the most prose wins (an earlier copy is a breadcrumb or a teaser).
  let best = -1, bestMass = -1;
  for (let i = 0; i < limit; i++) {
    const l = blocks[i].words <= 60 ? blocks[i].norm : '';
    if (!l || (l !== lh && l !== lt)) continue;
    let mass = 0;
    for (let j = i + 1; j < Math.min(blocks.length, i + 30); j++) if (blocks[j].words >= 12 && blocks[j].sentence) mass += blocks[j].words;
    if (mass > bestMass) { best = i; bestMass = mass; }
    if (mass >= 80) break; // the first copy followed by real prose is the article's own
  }
  if (best >= 0) return { headline: blocks[best].text, index: best };
  // 2. An h1-like line that agrees with the title (same words, reworded or extended); the nearest
  // one before the prose, since navigation teasers come earlier on the page.
  // "Agrees": most of the shorter one's words are in the longer one ("Top 11 SEO Strategies for 2025" ~
  // "11 SEO Strategies for 2025 to Boost Rankings and Stay Ahead").
  let f1Best = 0;
  const headWords = lh.split(' ').length;
  for (let i = Math.max(0, prose - 40); i < limit; i++) {
    const b = blocks[i];
    if (b.words < 2 || b.words > 40 || b.family || b.sentence && b.words > 25) continue;
    if (b.repeats > 1 && inTableOfContents(blocks, i, prose)) continue;
    const { f1, cover, hits } = similarity(b.text, head);
    // Coverage alone needs a candidate about as long as the title's headline (a shorter subheading
    // repeating its key words is not the h1).
    const agrees = f1 >= 0.6 || (cover >= 0.75 && hits >= 3 && !b.sentence && b.words <= 20 && b.words >= headWords - 1 && i < prose);
    if (agrees && f1 >= f1Best) { f1Best = f1; best = i; }
  }
  if (best >= 0) return { headline: blocks[best].text, index: best };
  // 3. No line agrees with the title: the page's own h1 may still stand in the article's header, the
  // heading line right over its byline or date stamp ("The Impeachment Clock" / "By VICTOR DAVIS
  // HANSON"). Titles are often written for search engines and the h1 for readers; the page shows the h1.
  const h1 = headerHeadline(blocks, prose, title);
  if (h1 >= 0) return { headline: blocks[h1].text, index: h1 };
  return { headline: head, index: -1 };
}

/** Words of three letters or more that are not function words, in loose form. */
function contentWords(s: string): string[] {
  return loose(s).split(' ').filter((w) => w.length >= 3 && !isStopWord(w));
}

const BYLINE_OR_STAMP = /^(by|written by|words by|posted|updated|published|last updated|first published|originally published)\b/i;

/** A byline or a date stamp: the line under an article's h1. */
function isBylineOrStamp(b: Block): boolean {
  return b.words <= 20 && (BYLINE_OR_STAMP.test(b.text) || hasDateToken(b.text));
}

/**
 * The heading line nearest over the prose that a byline or date stamp follows (a repeated copy of the
 * heading in between is skipped), or -1. A heading is short, not a sentence, not a boilerplate family,
 * and not in capitals only (a section label: "WHITE HOUSE").
 */
function headerHeadline(blocks: readonly Block[], prose: number, title: string): number {
  const titleWords = new Set(contentWords(title));
  for (let i = Math.min(prose, blocks.length) - 1; i >= Math.max(0, prose - 8); i--) {
    const b = blocks[i];
    if (b.words < 3 || b.words > 25 || b.family || (b.sentence && !/[?!]$/.test(b.text)) || isBylineOrStamp(b)) continue;
    if (b.text === b.text.toUpperCase()) continue;
    // Reworded, yet about the same thing: two content words in common with the title (a teaser's or a
    // widget's heading over its own byline shares none).
    let shared = 0;
    for (const w of new Set(contentWords(b.text))) if (titleWords.has(w)) shared++;
    if (shared < 2) continue;
    let j = i + 1;
    while (j < blocks.length && blocks[j].norm === b.norm) j++;
    if (j < blocks.length && isBylineOrStamp(blocks[j])) return i;
  }
  return -1;
}
