// extract/: one source file's text → its structured record (everything but the archive's id and url).
import type { ExtractedArticle, Media, Removal, SourceFile, DateSource } from '../record.ts';
import { findQuotes } from './quotes.ts';
import { findTopics } from './entities.ts';
import { splitBlocks, type Block } from './blocks.ts';
import { classifyBlocks } from './classifyBlocks.ts';
import { splitTitle, DOMAIN } from './titleParts.ts';
import { findHeadline } from './findHeadline.ts';
import { findCopyrightOwners, findSource } from './findSource.ts';
import { outletAfterName } from './source/bylineOutletCues.ts';
import { findAuthor, findAuthorBox } from './findAuthor.ts';
import { authorFromOwner } from './author/authorFromOwner.ts';
import { findSiteByline, headlineLine, siteNamed } from './author/siteName.ts';
import { findEditorNote, findSignOff } from './author/findSignature.ts';
import { findDate, copyrightYear, hasDateToken } from './findDate.ts';
import { findDateline } from './findDateline.ts';
import { findTags } from './findTags.ts';
import { toMedia } from './findMedia.ts';
import { markdownParts } from './markdown.ts';
import { isPersonName } from './isPersonName.ts';
import { normaliseLine, wordCount } from './text.ts';

export { normaliseLine };

export { EXTRACTOR_VERSION } from './version.ts';

export interface ExtractOptions {
  /** normaliseLine() forms of lines recurring across several articles of the same outlet. */
  templateLines?: ReadonlySet<string>;
}

/** Inputs larger than this are cut: a page is never that long, junk can be. */
const MAX_TEXT = 2_000_000;

export function extractArticle(src: SourceFile, opts: ExtractOptions = {}): ExtractedArticle {
  return extractArticleReporting(src, opts).record;
}

/**
 * extractArticle, saying whether the extractor failed on this text (a bug in a rule). It never throws
 * on content: a failed extraction gives the file's own text as the record (its first line as the
 * headline, its other lines as paragraphs), so the article is not lost, and `failure` says why.
 */
export function extractArticleReporting(src: SourceFile, opts: ExtractOptions = {}): { record: ExtractedArticle; failure: string | null } {
  try {
    return { record: extract(src, opts), failure: null };
  } catch (err) {
    return { record: rawRecord(src), failure: err instanceof Error ? err.message : String(err) };
  }
}

/** The file's text as it is: the title line as the headline, every other non-empty line a paragraph. */
function rawRecord(src: SourceFile): ExtractedArticle {
  const empty = emptyRecord(src);
  try {
    const { title, rest } = titleOf(cleanInput(src.text));
    const paragraphs = rest.split('\n').map((l) => l.trim()).filter(Boolean);
    return { ...empty, headline: empty.headline || title, body: paragraphs.join('\n\n') };
  } catch {
    return empty;
  }
}

function emptyRecord(src: Partial<SourceFile>): ExtractedArticle {
  const fm = src.frontMatter ?? {};
  return {
    file: String(src.file ?? ''), headline: fm.headline ?? '', date: fm.date ?? null,
    dateSource: fm.date ? 'front-matter' : null, source: fm.source ?? null, author: fm.author ?? null,
    authors: fm.author ? [fm.author] : [], dateline: null, body: '', quotes: [], tags: fm.tags ?? [],
    topics: [], media: [], removed: [],
  };
}

/** A character of binary junk: a control character other than tab and newline, or U+FFFD. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

function cleanInput(text: unknown): string {
  let s = typeof text === 'string' ? text : '';
  if (s.length > MAX_TEXT) s = s.slice(0, MAX_TEXT);
  // Control characters (binary junk) become spaces; \n stays the block separator.
  // Note: most pages hold none (\r is one of them): one test, and the two replacing passes only when needed.
  if (!CONTROL.test(s)) return s;
  return s.replace(/\r\n?/g, '\n').replace(CONTROL_ALL, ' ');
}

interface Found {
  headline: string;
  date: string | null;
  dateSource: DateSource;
  source: string | null;
  authors: string[];
  dateline: string | null;
  paragraphs: string[];
  tags: string[];
  media: Media[];
  removed: Removal[];
}

function extract(src: SourceFile, opts: ExtractOptions): ExtractedArticle {
  const text = cleanInput(src.text);
  const found = src.format === 'markdown' ? fromMarkdown(text) : fromText(text, opts);
  const fm = src.frontMatter ?? {};
  const headline = fm.headline?.trim() || found.headline;
  const authors = fm.author ? fm.author.split(/\s*(?:,|;|&|\band\b)\s*/).filter(Boolean) : found.authors;
  const tags = fm.tags && fm.tags.length ? fm.tags : found.tags;
  const paragraphs = found.paragraphs;
  return {
    file: src.file,
    headline,
    date: fm.date ? fm.date : found.date,
    dateSource: fm.date ? 'front-matter' : found.dateSource,
    source: fm.source?.trim() || found.source,
    author: authors.length ? authors.join(', ') : null,
    authors,
    dateline: found.dateline,
    body: paragraphs.join('\n\n'),
    quotes: findQuotes(paragraphs),
    tags,
    topics: findTopics({ headline, paragraphs, tags }),
    media: found.media,
    removed: found.removed,
  };
}

function fromMarkdown(text: string): Found {
  const { firstHeading, paragraphs } = markdownParts(text);
  const date = findDate([], [], paragraphs, null);
  return {
    headline: firstHeading, date: date.date, dateSource: date.dateSource, source: null, authors: [],
    dateline: null, paragraphs, tags: [], media: [], removed: [],
  };
}

/** The title line: the first line, when it is short enough to be a <title>. */
function titleOf(text: string): { title: string; rest: string } {
  const nl = text.indexOf('\n');
  const first = (nl < 0 ? text : text.slice(0, nl)).trim();
  if (first && wordCount(first) <= 60) return { title: first.replace(/\s+/g, ' '), rest: nl < 0 ? '' : text.slice(nl + 1) };
  return { title: '', rest: text };
}

// A paragraph opening with dateline punctuation whose place name was lost: "( – The US has …".
const ORPHAN_OPENING = /^[(\[]\s*[–—-]+\s+|^[–—-]+\s+/;

/**
 * Lines that may carry the article's date, most likely first: short lines with a date from the top of
 * the page to just inside the prose, ranked by distance to the headline (lines above it cost a little
 * more), then "Published/Posted" lines anywhere, then date lines just after the article.
 */
function dateCandidates(blocks: readonly Block[], anchor: number, proseStart: number, proseEnd: number): Array<[number, number]> {
  const ranked: Array<[number, number]> = [];
  // A labelled line ("Posted on November 25, 2024 in College of …, General, …") may be long.
  const short = (b: Block) => (b.words <= 25 || (b.words <= 60 && /^(published|posted|updated|date)\b/i.test(b.text))) && hasDateToken(b.text);
  const reach = Math.max(proseStart + 4, anchor + 16);
  for (let i = 0; i < Math.min(blocks.length, reach); i++) {
    if (short(blocks[i])) ranked.push([i, Math.abs(i - anchor) + (i < anchor ? 3 : 0)]);
  }
  for (let i = Math.max(0, reach); i < blocks.length; i++) {
    const b = blocks[i];
    if (b.words <= 14 && /^(published|posted|updated|date|first published|last updated|originally published)\b/i.test(b.text)) ranked.push([i, 200 + i / 1000]);
    else if (i > proseEnd && i <= proseEnd + 8 && b.words <= 10 && short(b)) ranked.push([i, 300 + i - proseEnd]);
    else if (i < proseStart + 16 && short(b)) ranked.push([i, 100 + i - proseStart]);
  }
  return ranked.sort((a, b) => a[1] - b[1]);
}

function fromText(text: string, opts: ExtractOptions): Found {
  const { title, rest } = titleOf(text);
  const blocks = splitBlocks(rest);
  const owners = findCopyrightOwners(blocks);
  const year = copyrightYear(blocks);
  const domains = blocks.filter((b) => b.words <= 3 && DOMAIN.test(b.text)).map((b) => b.text);
  const split = splitTitle(title, [...owners, ...domains]);

  // First pass without the headline, to know where the prose is; the h1 stands just before it.
  const first = classifyBlocks(blocks, { headline: -1, meta: new Map() });
  const proseStart = first.start >= 0 ? first.start : blocks.length;
  const hl = findHeadline(title, split.head, blocks, proseStart);

  // The byline zone: from just before the headline to the start of the prose.
  const zoneFrom = hl.index >= 0 ? Math.max(0, hl.index - 3) : Math.max(0, proseStart - 12);
  const zoneTo = Math.min(blocks.length, Math.max(proseStart + 1, zoneFrom + 4));
  // Bylines may stand a few lines under the headline even when the first pass saw prose earlier.
  const bylineTo = Math.min(blocks.length, Math.max(zoneTo, hl.index + 6));
  const header = dateCandidates(blocks, hl.index >= 0 ? hl.index : proseStart, proseStart, first.end);
  const isDateLine = (i: number) => {
    const b = blocks[i];
    return !!b && b.words <= 8 && hasDateToken(b.text);
  };
  // The author's anchor: the headline line, or, when findHeadline gave none (a teaser or banner taken for
  // the prose start), the page's first line that is the headline; the byline stands by the h1.
  const sites = [...split.siteSegments, ...owners];
  const anchor = hl.index >= 0 ? hl.index : headlineLine(blocks, hl.headline);
  // Nearest first: a byline by the headline (or, with no headline line, just over the prose) beats one in a
  // teaser card further up ("by Laura Fenton" over another article's link, then "Melissa Ozawa December 18,
  // 2025" under this one's h1).
  const nearFrom = Math.max(0, anchor >= 0 ? anchor - 3 : proseStart - 3);
  const nearTo = Math.min(blocks.length, anchor >= 0 ? anchor + 6 : proseStart);
  let auth = findAuthor(blocks, nearFrom, nearTo + 2, isDateLine, anchor, false, sites);
  if (!auth.authors.length) auth = findAuthor(blocks, Math.max(0, Math.min(zoneFrom - 3, proseStart - 40)), bylineTo + 2, isDateLine, hl.index, false, sites);
  // A byline a few lines into the article ("Tweet" / "by X, Senior Director…" under a standfirst).
  if (!auth.authors.length) auth = findAuthor(blocks, proseStart, proseStart + 12, isDateLine, -1, true, sites);
  // No person signs at the top: an editorial note naming one ("…edited by HomeAdvisor Editor Ryan Noonan."),
  // then an author box, beat the site or a desk signing.
  if (!auth.authors.length || auth.unsigned) {
    const note = findEditorNote(blocks, nearFrom, proseStart + 12);
    if (note.length) auth = { authors: note, lines: [] };
  }
  if (!auth.authors.length || auth.unsigned) {
    const box = findAuthorBox(blocks, sites);
    if (box.authors.length) auth = box;
  }
  // The date is searched once the body is known (a date stated in the story is the fallback).
  const dateMeta = findDate(blocks, header, [], year);
  const meta = new Map<number, string>();
  for (const i of auth.lines) meta.set(i, 'byline');
  for (const i of dateMeta.lines) if (!meta.has(i)) meta.set(i, 'date line');
  // Other short date/time-only lines in the byline zone are metadata too.
  for (let i = zoneFrom; i < zoneTo; i++) {
    const b = blocks[i];
    if (!meta.has(i) && b.words <= 8 && !b.sentence && (hasDateToken(b.text) || /^\d{1,2}:\d{2}/.test(b.text))) meta.set(i, 'date line');
  }

  const cls = classifyBlocks(blocks, { headline: hl.index, meta, templateLines: opts.templateLines, authors: auth.authors });
  const paragraphs: string[] = [];
  const media: Media[] = [];
  const removed: Removal[] = [];
  if (title) removed.push({ text: title, reason: 'page title line (headline taken from it)' });
  let tags: string[] = [];
  const near = (i: number) => i >= Math.min(zoneFrom, cls.start < 0 ? 0 : cls.start) && i <= cls.end + 1;
  cls.fates.forEach((fate, i) => {
    const b: Block = blocks[i];
    if (!tags.length && b.family?.reason === 'tag list') tags = findTags(b.text) ?? [];
    if (fate.kind === 'body') paragraphs.push(b.text);
    else if (fate.kind === 'media' && b.caption && near(i)) {
      media.push(toMedia(b.caption));
      removed.push({ text: b.text, reason: 'photo caption (kept as media)' });
    } else if (fate.kind === 'media') removed.push({ text: b.text, reason: 'photo caption outside the article' });
    else removed.push({ text: b.text, reason: fate.reason });
  });

  // The first paragraph may open with a dateline, or with its orphaned punctuation.
  let dateline: string | null = null, wire: string | null = null;
  if (paragraphs.length) {
    const orphan = ORPHAN_OPENING.exec(paragraphs[0]);
    if (orphan) {
      removed.push({ text: orphan[0].trim(), reason: 'orphaned dateline punctuation' });
      paragraphs[0] = paragraphs[0].slice(orphan[0].length);
    } else {
      const dl = findDateline(paragraphs[0]);
      if (dl.dateline) {
        dateline = dl.dateline;
        wire = dl.wire;
        removed.push({ text: dl.taken, reason: 'dateline (kept as the record dateline)' });
        paragraphs[0] = dl.rest;
      }
    }
  }

  // No byline: the author bio closing the article names the author ("Brigit Katz is a freelance writer …").
  if (!auth.authors.length) {
    const bio = removed.find((x) => x.reason === 'author bio');
    const m = bio && /^(?:Dr\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?[\p{L}'’-]*){1,3}),?\s+(?:is|was|has been|holds|leads|writes|covers|joined)\b/u.exec(bio.text);
    // Two capitals in a row open a brand, not a name ("US-based Printfresh was founded…").
    if (m && isPersonName(m[1]) && !/\b\p{Lu}{2}/u.test(m[1])) auth = { authors: [m[1]], lines: [] };
  }
  // A blog post signing off: "<3 Myles Katherine", "Cheers, Dana Whitfield".
  if (!auth.authors.length && cls.end >= 0) auth = { authors: findSignOff(blocks, cls.end), lines: [] };
  // Still none: a personal site's owner (copyright line, "X's Blog", a person's name as the title's site part).
  if (!auth.authors.length) auth = { authors: authorFromOwner(owners, split.siteSegments), lines: [] };
  // Still none: the site's name in the byline slot (a company blog signing as the company).
  if (!auth.authors.length) auth = findSiteByline(blocks, nearFrom, nearTo + 2, anchor, isDateLine, sites);
  // The site signing in capitals ("SILVERBACK STRATEGIES") is written as its title spells it; a chain's
  // byline gluing the paper to the name ("Elliot Brownstein Florida Today") is the person alone.
  if (auth.authors.length) auth = { ...auth, authors: auth.authors.map((a) => siteNamed(a, sites) ?? outletAfterName(a, blocks)?.person ?? a) };
  let date = dateMeta.date ? dateMeta : findDate(blocks, [], paragraphs, year);
  // Last resort: a line that is only a date inside the article (a date line at the foot of a long
  // interview). Dates outside the article belong to teaser cards and comments: no date beats theirs.
  if (!date.date && cls.start >= 0) {
    const late: Array<[number, number]> = [];
    for (let i = cls.start; i <= cls.end && late.length < 6; i++) if (blocks[i].words <= 10 && hasDateToken(blocks[i].text)) late.push([i, i]);
    const found = findDate(blocks, late, [], year);
    if (found.date) date = { ...found, dateSource: 'text', lines: [] };
  }
  const source = findSource({
    title, siteSegments: split.siteSegments, blocks, proseStart: cls.start, proseEnd: cls.end,
    firstParagraph: wire ? `(${wire})` : paragraphs[0] ?? '', bylines: auth.lines,
  });
  return {
    headline: hl.headline, date: date.date, dateSource: date.dateSource, source, authors: auth.authors,
    dateline, paragraphs, tags, media, removed,
  };
}
