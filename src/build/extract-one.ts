/**
 * One file → what extraction made of it: a record and its body as HTML, or the problems that stop
 * it. Never throws. Runs in the main thread or in a worker (see extract-pool.ts); its result is what
 * the cache keeps.
 */
import type { ExtractedArticle, Problem } from '../record.ts';
import { readSourceFile } from '../read/read-source-file.ts';
import { extractArticleReporting, normaliseLine } from '../extract/index.ts';
import { MAX_TEMPLATE_CHARS } from '../link/find-template-lines.ts';
import { duplicateKeys } from '../link/find-duplicates.ts';
import { bodyToHtml } from '../render/body-to-html.ts';
import { articleTerms } from '../link/stories/storyTerms.ts';
import { encodeStoryTerms } from './story-terms-bytes.ts';
import type { CachedExtraction } from './record-cache.ts';

export const MAX_HEADLINE = 300;

export interface OneResult {
  file: string;
  /** sha256 of the bytes, or "" when the file could not be read. */
  hash: string;
  extraction: CachedExtraction;
}

/** `templateLines`: lines the archive showed to be template for this file's outlet (second pass). */
export function extractOne(root: string, file: string, templateLines?: ReadonlySet<string>): OneResult {
  const read = readSourceFile(root, file);
  if (!read.ok) {
    const { file: _f, ...problem } = read.problem;
    return { file, hash: '', extraction: { problems: [problem] } };
  }
  const src = read.source;
  const problems: Omit<Problem, 'file'>[] = src.warnings.map((message) => ({ level: 'warning', message, action: 'built' }));
  let record: ExtractedArticle;
  try {
    const extracted = extractArticleReporting(src, templateLines ? { templateLines } : undefined);
    record = extracted.record;
    // A rule failed on this text (a bug to report): the page shows the file's text as it is.
    if (extracted.failure !== null) problems.push({ level: 'warning', message: `extraction failed (${extracted.failure}): the page shows the file's text as it is`, action: 'built' });
  } catch (err) {
    problems.push({ level: 'error', message: `extraction failed: ${(err as Error).message}`, action: 'skipped' });
    return { file, hash: src.hash, extraction: { problems } };
  }
  if (!record.headline.trim()) {
    problems.push({ level: 'error', message: 'no headline found (the first line is empty or boilerplate)', action: 'skipped' });
    return { file, hash: src.hash, extraction: { problems } };
  }
  if (!record.body.trim()) {
    problems.push({ level: 'warning', message: 'no article text found: every line looked like boilerplate', action: 'built with an empty body' });
  }
  // Note: counted and cut in code points, not UTF-16 units: slicing a string of emoji or other
  // astral characters by .length can split a surrogate pair and leave a lone half (shown as �).
  const chars = [...record.headline];
  if (chars.length > MAX_HEADLINE) {
    problems.push({ level: 'warning', message: `headline is ${chars.length} characters long: cut to ${MAX_HEADLINE}`, action: 'built' });
    record = { ...record, headline: chars.slice(0, MAX_HEADLINE).join('').replace(/\s+\S*$/, '') + '…' };
  }
  const { file: _file, ...rest } = record;
  const bodyKeys = record.body.split('\n\n').filter((p) => p && p.length <= MAX_TEMPLATE_CHARS).map(normaliseLine);
  // Note: what same-story linking reads of an article (link/build-archive storyInputs), made here in
  // the workers and cached, so a rebuild never tokenises every body again.
  const storyTerms = encodeStoryTerms(articleTerms({ headline: record.headline, body: record.body, quotes: record.quotes.map((q) => q.text) }));
  return {
    file,
    hash: src.hash,
    extraction: { record: rest, url: src.frontMatter.url, bodyHtml: bodyToHtml(record.body), storyTerms, bodyKeys, dupKeys: duplicateKeys(record.headline, record.body), problems },
  };
}
