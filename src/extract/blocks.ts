// Splits the page text into blocks (one rendered line each) and computes the cheap per-block
// features the classifier decides on.
import { END_OF_ARTICLE, matchFamily, PROMPT_SHAPED, type Family } from './patterns.ts';
import { splitCaption, isCreditOnly, type CaptionSplit } from './findMedia.ts';
import { CAPTION_CUE, lineCues } from './lineCues.ts';
import { collapseSpaces, endsLikeSentence, isSimpleText, lineStats, lineStatsOf, normaliseLineOf, wordCount, wordCountOf } from './text.ts';

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
  /** Punctuation marks per word (language-independent: prose has commas and full stops, tag clouds and menus do not). */
  punct: number;
  /** Latin script? Stop-word and case features only mean something there. */
  latin: boolean;
  /** How many blocks of the page share this block's normal form. */
  repeats: number;
  caption: CaptionSplit | null;
  /** A link card: a title-cased headline glued to its summary ("…Troy SteakhouseA party of six left…"). */
  teaser: boolean;
  creditOnly: boolean;
  /**
   * A heading that ends the article when met after its prose (related links, comments): classifyBlocks
   * asks this of every block on each of its two passes, so it is decided once here.
   */
  endHeading: boolean;
  /** The keyword groups (lineCues.ts bits) the line holds: which costly patterns could match it. */
  cues: number;
}

/** Longest line kept whole; longer ones are cut so a junk megabyte line stays cheap. */
const MAX_LINE = 20_000;

// A hard-wrapped paragraph shows as one block per printed line: a line left unfinished (no closing
// punctuation) continues when the next starts in lower case, or when it ends on a comma or a small word.
const UNFINISHED = /(?:,|\b(?:a|an|the|and|or|but|of|to|in|on|at|for|with|by|from|as|is|are|was|were|that|which|who|its|their|his|her|our|your|this|these|than|into|over|about)) *$/i;
const CONTINUES = /^[\p{Ll}(]/u;
const BYLINE_START = /^(by|written|posted|updated|published|via|from|photo|image|source)\b/i;
/**
 * No paragraph is unwrapped past this length: a printed paragraph is far shorter, and a file of
 * thousands of lines that each end on a comma (a data dump, a list) would otherwise become one block,
 * re-tested whole at every line it absorbs (a 700 KB file took 42 s, quadratic in its size).
 */
const MAX_UNWRAPPED = 5000;

function unwrap(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.length ? out[out.length - 1] : '';
    if (prev && prev.length >= 55 && line.length >= 20 && prev.length + line.length < MAX_UNWRAPPED && !endsLikeSentence(prev) && !BYLINE_START.test(line) &&
      (CONTINUES.test(line) || UNFINISHED.test(prev)) && lineStats(prev).caps < 0.6) {
      out[out.length - 1] = `${prev} ${line}`;
    } else out.push(line);
  }
  return out;
}

/** A headline run into its summary without a space, the headline part title-cased (link-card rendering). */
const GLUE_CHEAP = /[a-z\d)’'][A-Z][a-z ]/;

/**
 * Where a summary may start: a capital after a lower-case letter, digit, ) or apostrophe, before a
 * lower-case letter or a space ("…Troy Steakhouse|A party…").
 */
const GLUE_POINT = /(?<=[\p{Ll}\d)’'])\p{Lu}(?=[\p{Ll}\s])/gu;
const LETTER = /^\p{L}$/u;

/**
 * Is the head a link card? Each run of letters, digits and , ’ ' ) glued to a capital may be the card's
 * headline ending there: the last such glue point of a run with at least six characters before it (the
 * glue that /([\p{L}\d,’')]{6,})(?<=[\p{Ll}\d)’'])(\p{Lu})(?=[\p{Ll}\s])/gu finds, without trying that
 * pattern at every position); the head is a card when the text before a glue is a title-cased headline.
 */
export function isTeaser(head: string): boolean {
  if (!GLUE_CHEAP.test(head)) return false;
  let runStart = -1;
  let glue = -1;
  for (const m of head.matchAll(GLUE_POINT)) {
    const at = m.index!;
    const run = runBefore(head, at);
    if (run.start !== runStart) {
      if (glue >= 0 && isTitledHead(head, glue)) return true;
      runStart = run.start;
      glue = -1;
    }
    if (run.chars >= 6) glue = at;
  }
  return glue >= 0 && isTitledHead(head, glue);
}

function isTitledHead(head: string, glue: number): boolean {
  const before = head.slice(0, glue);
  return wordCount(before) >= 4 && lineStats(before).caps >= 0.75;
}

/**
 * The run of [\p{L}\d,’')] characters that ends just before `at`: where it starts, and its length in
 * characters (code points, as the pattern's {6,} counts them).
 */
function runBefore(s: string, at: number): { start: number; chars: number } {
  let i = at;
  let chars = 0;
  while (i > 0) {
    const lo = s.charCodeAt(i - 1);
    const pair = lo >= 0xdc00 && lo <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!isRunChar(s.slice(i - width, i))) break;
    i -= width;
    chars++;
  }
  return { start: i, chars };
}

function isRunChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 44 || c === 39 || c === 41;
  return c === 0x2019 || LETTER.test(ch);
}

/** How many of . , ; : ! ? 。 ， 、 ！ ？ ، ؛ ؟ । the text holds (counted without a match array). */
function countPunctuation(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63) n++;
    } else if (c === 0x3002 || c === 0xff0c || c === 0x3001 || c === 0xff01 || c === 0xff1f || c === 0x060c || c === 0x061b || c === 0x061f || c === 0x0964) n++;
  }
  return n;
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const counts = new Map<string, number>();
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = collapseSpaces(raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw);
    if (line) lines.push(line);
  }
  for (const line of unwrap(lines)) {
    // The simple-range test once per line (a prefix of a simple line is simple; the digits of a cut
    // line's length are too) instead of once in each helper.
    const simple = isSimpleText(line);
    const words = wordCountOf(line, simple);
    // Case and stop-word shares are stable after a few dozen words: measure the head of long lines.
    const head = line.length > 240 ? line.slice(0, 240) : line;
    // A simple line has no character outside the Latin ranges below, so only the letter test is left.
    const latin = /[A-Za-z]/.test(head) && (simple || !/[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]/.test(head));
    const stats = latin ? lineStatsOf(head, simple || isSimpleText(head)) : { stop: 0, caps: 0 };
    const cut = line.length > 400 ? line.slice(0, 400) + line.length : line;
    const norm = normaliseLineOf(cut, simple || isSimpleText(cut));
    const cues = lineCues(line, words);
    counts.set(norm, (counts.get(norm) ?? 0) + 1);
    blocks.push({
      index: blocks.length,
      text: line,
      words,
      norm,
      family: matchFamily(line, words, cues),
      sentence: endsLikeSentence(line),
      stop: stats.stop,
      punct: countPunctuation(head) / Math.max(1, head === line ? words : wordCount(head)),
      caps: stats.caps,
      latin,
      repeats: 0,
      // Every credit form has a caption cue; lines without skip the caption regexes.
      caption: words >= 6 && words <= 90 && (cues & CAPTION_CUE) !== 0 ? splitCaption(line) : null,
      creditOnly: isCreditOnly(line, words),
      teaser: latin && words >= 8 && isTeaser(head),
      endHeading: words <= 8 && END_OF_ARTICLE.test(line.replace(/[\s:.!|›»>]+$/, '')),
      cues,
    });
  }
  for (const b of blocks) b.repeats = b.norm ? counts.get(b.norm) ?? 1 : 1;
  unmarkTopicalPrompts(blocks);
  return blocks;
}

const NEWSLETTER = 'newsletter or subscription prompt';
/** Distinct paragraph-length lines naming newsletters/e-mail without prompting: a page with this many is about them. */
const TOPICAL = 4;

/**
 * An article about newsletters or e-mail tools mentions them in paragraph after paragraph; a page's
 * sign-up box holds one to three such lines. On such a page the lines that only name the topic (no
 * prompt addressed to the reader) are prose, not a newsletter prompt.
 */
function unmarkTopicalPrompts(blocks: Block[]): void {
  const weak = blocks.filter((b) => b.family?.reason === NEWSLETTER && b.words >= 12 && !PROMPT_SHAPED.test(b.text));
  if (new Set(weak.map((b) => b.norm)).size < TOPICAL) return;
  for (const b of weak) b.family = null;
}
