/**
 * fast-check generators for scraped-article-like text: prose lines, boilerplate lines, and noise
 * that means something to HTML, Markdown and template engines.
 */
import fc from 'fast-check';
import type { SourceFile } from '../../src/record.ts';

// Note: a fixed seed, so CI gives the same verdict on every run; FC_SEED=<n> explores other inputs
// (fast-check prints the seed of any failure to replay it).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });

const WORDS = ['the', 'council', 'said', 'on', 'Monday', 'that', 'water', 'prices', 'would', 'rise', 'by', 'four', 'percent', 'after', 'a', 'long', 'debate', 'in', 'which', 'residents', 'and', 'officials', 'argued', 'about', 'new', 'pipes', 'café', 'Zürich', '東京', 'القاهرة', '😀'];
/** Characters that mean something to HTML, XML, Markdown or Nunjucks. `<x`/`<z` are tags no template uses. */
const SPECIAL = ['<', '>', '&', '"', "'", '<x>', '</z>', '<script>', '{{', '}}', '{%', '%}', '#', '*', '_', '[', ']', '(', ')', '`', '\\', '&amp;', '&#60;', ']]>', '<!--', '-->', '\u000b', '\u00a0', '\u2028'];

/** A prose-like sentence of 8–40 words, sometimes with markup noise inside. */
export const proseLine = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...SPECIAL) }), { minLength: 8, maxLength: 40 })
  .map((ws) => ws.join(' ') + '.');

/** Lines scraped pages are full of. */
export const boilerplateLine = fc.constantFrom(
  'Advertisement',
  'Article continues after this advertisement',
  'READ: Council approves the budget for next year',
  'Subscribe to our newsletter',
  'Share this article',
  'TAGS: council, water, prices',
  '© 2024 Example Media. All rights reserved.',
  'Photo: REUTERS/Jane Doe',
  'We use cookies to improve your experience.',
  'Follow us on Facebook',
);

/** A short title-like line. */
export const titleLine = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...SPECIAL) }), { minLength: 2, maxLength: 12 })
  .map((ws) => ws.join(' '));

/** A scraped page: a title line, then blocks of prose and boilerplate separated by blank lines. */
export const scrapedPage = fc
  .tuple(titleLine, fc.array(fc.oneof(proseLine, boilerplateLine), { minLength: 0, maxLength: 12 }))
  .map(([title, blocks]) => [title, ...blocks].join('\n\n') + '\n');

/** Any text at all: code points from the whole of Unicode, or lines of pages, or both. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ maxLength: 400 }),
  fc.array(fc.oneof(proseLine, boilerplateLine, titleLine, fc.constant(''), fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 20 }).map((ls) => ls.join('\n')),
);

export function sourceOf(text: string, file = 'prop.txt'): SourceFile {
  return { file, text, frontMatter: {}, format: 'text', warnings: [], hash: 'prop' };
}

/**
 * Text as the extractor may fairly reshape it: white space (including control characters, which
 * it may blank out, and U+FFFD) collapsed to one space, Unicode composed.
 */
export function normalised(s: string): string {
  return s.normalize('NFC').replace(/[\s\u0000-\u001f\u007f\u0085\ufffd]+/gu, ' ').trim();
}
