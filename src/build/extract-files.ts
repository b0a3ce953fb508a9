/**
 * Files → extracted records, one file at a time. A file that cannot be read or extracted becomes a
 * Problem; it never stops the others.
 */
import type { ExtractedArticle, Problem } from '../record.ts';
import { readSourceFile } from '../read/read-source-file.ts';
import { extractArticle } from '../extract/index.ts';

export interface ExtractedFile {
  record: ExtractedArticle;
  /** Front matter `url`, if any, for URL assignment. */
  url?: string;
  hash: string;
}

export interface ExtractionResult {
  extracted: ExtractedFile[];
  problems: Problem[];
}

export function extractFiles(root: string, files: string[]): ExtractionResult {
  const extracted: ExtractedFile[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const read = readSourceFile(root, file);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const src = read.source;
    for (const w of src.warnings) problems.push({ file, level: 'warning', message: w, action: 'built' });
    let record: ExtractedArticle;
    try {
      record = extractArticle(src);
    } catch (err) {
      problems.push({ file, level: 'error', message: `extraction failed: ${(err as Error).message}`, action: 'skipped' });
      continue;
    }
    if (!record.headline.trim()) {
      problems.push({ file, level: 'error', message: 'no headline found (the first line of the file is empty or boilerplate)', action: 'skipped' });
      continue;
    }
    if (!record.body.trim()) {
      problems.push({ file, level: 'warning', message: 'no article text found: every line looked like boilerplate', action: 'built with an empty body' });
    }
    if (record.headline.length > 300) {
      problems.push({ file, level: 'warning', message: `headline is ${record.headline.length} characters long: cut to 300`, action: 'built' });
      record = { ...record, headline: record.headline.slice(0, 300).replace(/\s+\S*$/, '') + '…' };
    }
    extracted.push({ record, url: src.frontMatter.url, hash: src.hash });
  }
  return { extracted, problems };
}
