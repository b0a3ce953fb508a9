// The headline: the title line without its site tail, preferring an h1-like line of the page that agrees.
import type { Block } from './blocks.ts';
import { loose, normaliseLine } from './text.ts';

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
    const { f1, cover, hits } = similarity(b.text, head);
    // Coverage alone needs a candidate about as long as the title's headline (a shorter subheading
    // repeating its key words is not the h1).
    const agrees = f1 >= 0.6 || (cover >= 0.75 && hits >= 3 && !b.sentence && b.words <= 20 && b.words >= headWords - 1 && i < prose);
    if (agrees && f1 >= f1Best) { f1Best = f1; best = i; }
  }
  if (best >= 0) return { headline: blocks[best].text, index: best };
  return { headline: head, index: -1 };
}
