// The document-level decision: find the page's main run of article prose, then decide each block's
// fate from its own features and its place relative to the headline and that run.
import type { Block } from './blocks.ts';
import { hasDateToken } from './findDate.ts';
import { matchAt, normaliseLine } from './text.ts';
import { isPersonName } from './isPersonName.ts';

export type Fate =
  | { kind: 'body' }
  | { kind: 'media' }
  | { kind: 'removed'; reason: string };

export interface Classification {
  fates: Fate[];
  /** First and last block of the main prose run (inclusive); -1 when the page has no prose. */
  start: number;
  end: number;
}

// An author bio closing the article: "Darryl Hicks is Vice President of …", "Karina holds a Global MBA …",
// "A New York transplant …, Emmet White has a passion for …" (the author's name known from the byline).
const BIO_ROLE = /\b(writer|editor|journalist|reporter|author|contributor|founder|co-?founder|ceo|director|professor|surgeon|physician|doctor|expert|specialist|analyst|engineer|consultant|blogger|designer|producer|partner|owner|president|manager|executive|columnist|correspondent|nutritionist|coach|teacher|researcher|scientist|graduate|degree|enthusiast|lover|junkie|mom|mother|father|dad|freelance)/i;
const BIO_START = /^(?:Dr\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?[\p{L}'’-]*){0,3},?\s+(?:is|was|has been|holds|leads|writes|covers|joined|graduated)\b/u;

// A bio verb right after the author's first name ("Karina holds …"), tried there (sticky): no pattern
// is built per author and block.
const BIO_VERB_AFTER_NAME = /\s+(is|was|has|holds|leads|lives|writes|covers|joined|graduated)\b/y;

export function isAuthorBio(text: string, words: number, authors: readonly string[]): boolean {
  if (words < 12 || words > 160) return false;
  const head = text.slice(0, 200);
  for (const a of authors) {
    const first = a.split(/\s+/)[0];
    if (first.length > 1 && (head.startsWith(a) || (head.startsWith(first) && matchAt(BIO_VERB_AFTER_NAME, head, first.length) !== null) || head.includes(`, ${a} `))) return true;
  }
  return BIO_START.test(head) && BIO_ROLE.test(head);
}

export interface ClassifyContext {
  /** Block index of the headline line, or -1. */
  headline: number;
  /** Lines known to be byline/date metadata, with their reason. */
  meta: ReadonlyMap<number, string>;
  templateLines?: ReadonlySet<string>;
  /** Authors named by the byline: a paragraph about them at the article's end is their bio. */
  authors?: readonly string[];
}

const SHORT_PLAIN = -1;
const REPEAT_COST = -2;
const SHORT_CAPS = -5;
const LIST_ITEM = /^(?:\d{1,2}[a-z]?[.):]\s|\d{1,2}[a-z]?\s+\p{L}+:|[•*·▪◦‣–-]\s)/u;

/** Does the block read like article prose? Language-independent parts first (length, punctuation). */
export function proseScore(b: Block): number {
  if (b.family) return -2;
  if (b.caption || b.creditOnly) return 0;
  if (b.teaser) return -4;
  const sentenceLike = b.sentence || b.words >= 25;
  // Menus and link lists are title-cased; prose has function words. The stop-word list is for Latin
  // script only, so other scripts need sentence shape and length alone.
  const wordy = !b.latin || b.stop >= 0.12 || b.punct >= 0.05;
  if (b.words >= 10 && sentenceLike && wordy) return b.words;
  if (b.words >= 6 && b.sentence && wordy) return 2;
  // Enumerated or bulleted items are article lists (menus are rarely numbered).
  if (LIST_ITEM.test(b.text) && b.words >= 3) return 1;
  if (b.repeats > 1) return REPEAT_COST;
  // Long lines without sentence shape (table rows, spec lists) are content-like unless title-cased links.
  if (b.words >= 10 && b.latin && b.caps < 0.7) return -1;
  return b.latin && b.caps > 0.8 ? SHORT_CAPS : b.latin && b.caps < 0.5 && b.words >= 3 ? SHORT_PLAIN : -4;
}

/** A date stamp's shape: digits and month names masked, so stamps of different days compare equal. */
function stampShape(text: string): string {
  return normaliseLine(text).replace(/\d+/g, '0').replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/g, 'M');
}

/** "1H ago", "17 hours ago", "3 days ago": a teaser card's or comment's age. */
const RELATIVE_STAMP = /^(?:\S+\s+[·•|-]\s+)?\d{1,2}\s*(?:s|m|h|d|w|mo|y|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago$/i;

/** First short date line after `from` whose shape recurs three or more times after it. */
function firstRepeatedStamp(blocks: readonly Block[], from: number): number {
  const shapes = new Map<string, number[]>();
  for (let i = from + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.words > 8 || !/\d/.test(b.text)) continue;
    const key = RELATIVE_STAMP.test(b.text) ? '#ago' : hasDateToken(b.text) ? stampShape(b.text) : null;
    if (!key) continue;
    const at = shapes.get(key);
    if (at) at.push(i); else shapes.set(key, [i]);
  }
  let first = -1;
  for (const at of shapes.values()) if (at.length >= 3 && (first < 0 || at[0] < first)) first = at[0];
  return first;
}

const BIO_OPENING = /^(I'm|I am|Hi,? I'm|Hello,? I'm)\b/;

/**
 * The author box at the article's end: a line that is a person's name ("Elena Linker"), perhaps a
 * role line ("Marketing Operations Analyst"), then a paragraph about them that opens with their name
 * or "I'm". Returns the name line's index, or -1.
 */
function authorBoxStart(blocks: readonly Block[], start: number, end: number): number {
  // A listicle of people ("Jack Butcher" / "Jack Butcher is a conceptual artist …") repeats the shape:
  // only a shape met once, near the end, is the author's box.
  let found = -1, count = 0;
  for (let k = start; k <= end - 1; k++) {
    if (!namesBio(blocks, k, end)) continue;
    count++;
    found = k;
  }
  return count === 1 && found >= Math.max(start + 3, end - 12) ? found : -1;
}

function namesBio(blocks: readonly Block[], k: number, end: number): boolean {
  const b = blocks[k];
  if (b.words < 2 || b.words > 4 || b.sentence || !b.latin || b.caps < 0.99 || /\d/.test(b.text) || !isPersonName(b.text)) return false;
  const first = b.text.split(/\s+/)[0];
  for (let j = k + 1; j <= Math.min(end, k + 3); j++) {
    const p = blocks[j];
    if (p.words >= 12 && (p.text.startsWith(first) || BIO_OPENING.test(p.text))) return true;
    if (p.words > 6) break;
  }
  return false;
}

/** Longest list a colon-ended sentence may introduce. */
const MAX_LIST = 60;
/** The specification endsWithColon implements. */
export const LIST_INTRO = /[:：]\s*$/;

/**
 * LIST_INTRO.test(text), read from the end (the regex tried every position of every paragraph): the
 * last character before any trailing white space is a colon.
 */
export function endsWithColon(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i >= 0 && (text.charCodeAt(i) === 58 || text.charCodeAt(i) === 0xff1a);
}

/** An intro to links, not to the article's own list ("Check out our related articles below:"). */
const LINKS_INTRO = /\b(related|articles?|posts?|stories|resources|links?|topics|reads?|follow|share|subscribe|newsletters?|sponsors?|partners?)\b/i;

/**
 * A sentence ending in a colon ("… were also popular with the book clubs on our platform:") announces
 * what follows: the short lines after it are the article's list (titles, names, steps), not a menu,
 * until a family line, a wall or a paragraph ends the list. They count as weak prose so the main run
 * reaches across them.
 */
function scoreIntroducedLists(blocks: readonly Block[], scores: number[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const intro = blocks[i];
    if (!endsWithColon(intro.text)) continue;
    const sentence = intro.words >= 8 && scores[i] >= 2 && !(intro.latin && intro.stop < 0.12);
    if (!(sentence || isLabel(intro)) || LINKS_INTRO.test(intro.text)) continue;
    let j = i + 1;
    for (; j < blocks.length && j <= i + MAX_LIST; j++) {
      const b = blocks[j];
      if (b.family || b.teaser || b.words > 20 || isEndHeading(b) || scores[j] >= 2) break;
    }
    // A label ("Services Offered:", "Notable Clients:") introduces the article's list only between its
    // paragraphs: prose just before it and again just after the list (a footer's "Categories:" menu has
    // none after it).
    if (!sentence && !(proseNear(scores, i - LABEL_REACH, i) && proseNear(scores, j, j + LABEL_REACH))) continue;
    if (!sentence && scores[i] < 1) scores[i] = 1;
    for (let k = i + 1; k < j; k++) if (scores[k] < 1) scores[k] = 1;
    i = j - 1;
  }
}

/** How far (in blocks) a list label may stand from the paragraphs around it. */
const LABEL_REACH = 6;

/** A short heading ending in a colon: a label over a list. */
function isLabel(b: Block): boolean {
  return b.words >= 1 && b.words <= 6 && !b.family && !b.teaser;
}

/** Is there a paragraph (prose score of 10 or more) in blocks [from, to)? */
function proseNear(scores: readonly number[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(scores.length, to); k++) if (scores[k] >= 10) return true;
  return false;
}

/** Most lines an inline box of teasers ("You May Also Like" + kicker/headline pairs) may hold. */
const MAX_BOX = 8;

/**
 * Lines [from, to) look like an inline box of link teasers: a few short lines (kickers, headlines)
 * and then the article resumes at `to` with paragraph after paragraph (a teaser's one-paragraph summary
 * between the cards does not).
 */
function teaserBox(blocks: readonly Block[], from: number, to: number): boolean {
  return blocks[to].words >= 25 && (blocks[to + 1]?.words ?? 0) >= 25 && shortLines(blocks, from, to);
}

/** Lines [from, to) are a few short non-sentence lines: kickers, teaser headlines, a box heading. */
function shortLines(blocks: readonly Block[], from: number, to: number): boolean {
  if (to - from > MAX_BOX) return false;
  for (let i = from; i < to; i++) if (blocks[i].words > 15 || blocks[i].sentence) return false;
  return true;
}

/** Largest-sum run of blocks in [from, to) (Kadane). */
function bestRun(scores: readonly number[], from: number, to: number): [number, number, number] {
  let bestSum = 0, bestStart = -1, bestEnd = -1, sum = 0, start = from;
  for (let i = from; i < to; i++) {
    if (sum <= 0) { sum = 0; start = i; }
    sum += scores[i];
    if (sum > bestSum) { bestSum = sum; bestStart = start; bestEnd = i; }
  }
  return [bestStart, bestEnd, bestSum];
}

/** Enough prose (in word-score) for a region to hold the article rather than a stray teaser. */
const SUBSTANTIAL = 40;
const TAG_WALL = /^(tags?|topics?|tagged( with| in)?|filed under|categor(y|ies)|keywords?|related topics|more about)\s*[:|]/i;
/** A bare "Tags" heading over the tag cloud (a "Keywords:" line may stand in a paper's abstract). */
const TAG_HEADING = /^tags?\s*:?$/i;
/** Walls after which only readers' comments follow. */
const COMMENTS_WALL = /^((\d+\s+)?(comments?|responses?|replies)(\s*\(\d+\))?|(\d+|one|no)\s+(comments?|responses?|replies|thoughts)\s+(on|to)\b|#comment-date|leave a (reply|comment)|post a comment|join the (discussion|conversation)|comments are closed)\b/i;

/**
 * The main run of prose. End-of-article headings (related links, comments) are walls splitting the page
 * into regions; the article is the best region before the comments (comments below an article can be
 * longer than the article). A neighbouring region whose prose starts right after the wall is the same
 * article continuing past an inline "Related" box, and joins.
 */
function mainRun(scores: readonly number[], walls: readonly number[], wallText: readonly string[], from: number, blocks: readonly Block[]): [number, number] {
  const inRange = walls.map((w, k) => [w, k] as const).filter(([w]) => w >= from);
  const bounds = [from, ...inRange.map(([w]) => w + 1), scores.length + 1];
  const runs = [] as Array<[number, number, number]>;
  for (let r = 0; r + 1 < bounds.length; r++) runs.push(bestRun(scores, bounds[r], bounds[r + 1] - 1));
  // Regions after the first comments wall that follows substantial prose are readers' comments.
  let limit = runs.length;
  for (let r = 0; r < inRange.length; r++) {
    const wall = wallText[inRange[r][1]];
    if (COMMENTS_WALL.test(wall) && runs.slice(0, r + 1).some((x) => x[2] >= SUBSTANTIAL)) { limit = r + 1; break; }
    // A tag list closes the article even when the article is a list with little prose.
    if (TAG_HEADING.test(wall) && runs.slice(0, r + 1).some((x) => x[2] >= 10)) { limit = r + 1; break; }
  }
  let bestIdx = -1;
  for (let r = 0; r < limit; r++) if (runs[r][0] >= 0 && (bestIdx < 0 || runs[r][2] > runs[bestIdx][2])) bestIdx = r;
  if (bestIdx < 0) return [-1, -1];
  let [start, end] = runs[bestIdx];
  for (let r = bestIdx + 1; r < limit; r++) {
    const [s, e, sum] = runs[r];
    const wall = wallText[inRange[r - 1][1]];
    if (COMMENTS_WALL.test(wall) || TAG_WALL.test(wall)) break;
    // A short region without prose between two inline "Related" boxes is skipped over.
    if (s < 0 && bounds[r + 1] - bounds[r] <= 5) continue;
    if (s < 0 || sum < 2 * SUBSTANTIAL || (s - bounds[r] > 3 && !teaserBox(blocks, bounds[r], s))) break;
    end = e;
  }
  // The article's opening paragraphs may stand before an inline "Related" box (or two in a row).
  for (let r = bestIdx - 1; r >= 0; r--) {
    const [s, e, sum] = runs[r];
    if (s < 0 && bounds[r + 1] - bounds[r] <= 5 && shortLines(blocks, bounds[r], bounds[r + 1] - 1)) continue;
    if (s < 0 || sum < SUBSTANTIAL || (bounds[r + 1] - 1 - e > 3 && !shortLines(blocks, e + 1, bounds[r + 1] - 1))) break;
    start = s;
  }
  return [start, end];
}

/** A related-links or comments heading (see Block.endHeading, where END_OF_ARTICLE is tested). */
export function isEndHeading(b: Block): boolean {
  return b.endHeading;
}

export function classifyBlocks(blocks: readonly Block[], ctx: ClassifyContext): Classification {
  const n = blocks.length;
  const scores = blocks.map((b, i) => (ctx.meta.has(i) ? -1 : proseScore(b)));
  scoreIntroducedLists(blocks, scores);
  // End-of-article headings are walls: the run of prose never crosses into related links or comments.
  const walls: number[] = [], wallText: string[] = [];
  for (let i = 0; i < n; i++) {
    // Tag lists close an article too (what follows is the author box, comments or related links).
    if (isEndHeading(blocks[i]) || blocks[i].family?.reason === 'tag list') { walls.push(i); wallText.push(blocks[i].text); scores[i] = -1; }
  }
  // A date line repeated three or more times after the article is a comment thread's time stamps; the
  // same stamp shape with other dates ("Tuhin Bhatt 19 Jun 2025", "Tuhin Bhatt 02 Apr 2025", …) is a
  // list of teaser cards or comments. Only stamps after the first paragraph count (a byline may share
  // the cards' shape).
  const firstProse = scores.findIndex((x, i) => i > ctx.headline && x >= 10);
  const firstStamp = firstProse < 0 ? -1 : firstRepeatedStamp(blocks, firstProse);
  if (firstStamp >= 0 && !walls.includes(firstStamp)) {
    const at = walls.findIndex((w) => w > firstStamp);
    walls.splice(at < 0 ? walls.length : at, 0, firstStamp);
    wallText.splice(at < 0 ? wallText.length : at, 0, '#comment-date');
  }
  const from = ctx.headline >= 0 ? ctx.headline + 1 : 0;
  let [start, end] = mainRun(scores, walls, wallText, from, blocks);
  // The headline may stand after a prose teaser (rare): fall back to the whole page.
  if (start < 0 && from > 0) [start, end] = mainRun(scores, walls, wallText, 0, blocks);

  // An author box closing the article (name, role, bio) ends it: what follows is the site's.
  const box = start >= 0 ? authorBoxStart(blocks, start, end) : -1;
  if (box > start) end = box - 1;

  // The run may cross an inline related box (a wall inside it): the box's short lines up to the next
  // paragraph are its teasers, not the article's.
  const box2 = new Set<number>();
  for (const w of walls) {
    if (w <= start || w >= end) continue;
    for (let i = w + 1; i < end && scores[i] < 10 && blocks[i].words <= 15 && !blocks[i].sentence; i++) box2.add(i);
  }

  const fates: Fate[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const b = blocks[i];
    const inside = start >= 0 && i >= start && i <= end;
    fates[i] = inside && box2.has(i) && !ctx.meta.has(i)
      ? { kind: 'removed', reason: 'related-links box inside the article' }
      : decide(b, i, inside, i < start || start < 0, blocks, ctx, start, end);
  }
  return { fates, start, end };
}

function headsParagraph(blocks: readonly Block[], i: number, end: number): boolean {
  const next = blocks[i + 1];
  return i + 1 <= end && !!next && !next.family && next.repeats === 1 && next.words >= 8 && (next.sentence || next.words >= 25);
}

function decide(b: Block, i: number, inside: boolean, before: boolean, blocks: readonly Block[], ctx: ClassifyContext, start: number, end: number): Fate {
  if (i === ctx.headline) return { kind: 'removed', reason: 'headline (kept as the record headline)' };
  const meta = ctx.meta.get(i);
  if (meta) return { kind: 'removed', reason: meta };
  if (b.family?.reason === 'copyright or legal line') return { kind: 'removed', reason: b.family.reason };
  if (b.caption) return { kind: 'media' };
  if (b.creditOnly) return { kind: 'removed', reason: 'photo credit' };
  // Image alt text: a short line the following caption repeats.
  const next = blocks[i + 1];
  if (next?.caption && b.words < next.words && next.norm.startsWith(b.norm) && b.norm.length > 8) {
    return { kind: 'removed', reason: 'image alt text (repeats the caption)' };
  }
  if (b.family) return { kind: 'removed', reason: b.family.reason };
  if (ctx.templateLines?.has(b.norm)) return { kind: 'removed', reason: 'repeated across articles of this outlet' };
  if (!inside) {
    if (isEndHeading(b)) return { kind: 'removed', reason: 'related-links heading' };
    return { kind: 'removed', reason: before ? 'before the article text (page header or navigation)' : 'after the article text (related links, comments or footer)' };
  }
  if (b.teaser) return { kind: 'removed', reason: 'link card (headline glued to its summary)' };
  // The article's last paragraphs may be the author's bio.
  if (end - i < 8 && isAuthorBio(b.text, b.words, ctx.authors ?? [])) return { kind: 'removed', reason: 'author bio' };
  // A paragraph the run already holds (a caption or pull quote rendered twice) is kept once.
  if (b.repeats > 1 && b.words >= 12) {
    for (let j = i - 1; j >= start; j--) if (blocks[j].norm === b.norm) return { kind: 'removed', reason: 'duplicate of an earlier paragraph' };
  }
  // Inside the run a short line seen earlier in the run is a widget echo; a subheading that a table of
  // contents (outside the run) repeats stays.
  // A listicle's template subheadings ("Why We Chose This School", "Highlights") recur before each
  // item's paragraph: a repeat that heads a paragraph each time stays (a table of contents' entry does not).
  if (b.repeats > 1 && b.words < 12) {
    const heading = headsParagraph(blocks, i, end);
    for (let j = i - 1; j >= start; j--) {
      if (blocks[j].norm === b.norm && !(heading && headsParagraph(blocks, j, end))) return { kind: 'removed', reason: 'repeated on the page (navigation or widget)' };
    }
  }
  return { kind: 'body' };
}
