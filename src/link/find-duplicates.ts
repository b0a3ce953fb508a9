/**
 * The same article saved twice (under another name, or scraped again with different boilerplate)
 * should be one page. Two records are one article when their bodies are the same text, or when they
 * share the headline and the opening of the body. The file that sorts first is kept; the others are
 * merged into it and named in the build report.
 */
import { createHash } from 'node:crypto';

export interface DuplicateInput {
  file: string;
  headline: string;
  body: string;
  /** duplicateKeys(headline, body), when already known (kept in the record cache): not computed again. */
  keys?: string[];
}

const wordsOf = (s: string): string[] => s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const hash = (s: string): string => createHash('sha1').update(s).digest('hex');

/**
 * What makes two records one article: the hash of the body's words, and of the headline plus the
 * body's opening. None for a very short body, which says too little to call two articles the same.
 */
export function duplicateKeys(headline: string, body: string): string[] {
  const words = wordsOf(body);
  if (words.length < 12) return [];
  return [`body:${hash(words.join(' '))}`, `open:${hash(wordsOf(headline).join(' ') + '|' + words.slice(0, 40).join(' '))}`];
}

/** Returns duplicate file → the file it is merged into. */
export function findDuplicates(articles: DuplicateInput[]): Map<string, string> {
  const keeperOfKey = new Map<string, string>();
  const mergedInto = new Map<string, string>();
  const sorted = [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const a of sorted) {
    const keys = a.keys ?? duplicateKeys(a.headline, a.body);
    if (!keys.length) continue;
    const keeper = keys.map((k) => keeperOfKey.get(k)).find((k) => k !== undefined);
    if (keeper !== undefined) mergedInto.set(a.file, keeper);
    // Note: a merged copy's keys point at its keeper too, so a third file that matches the copy
    // (same body as a copy that only shared the opening with the keeper) lands on the same page.
    for (const k of keys) if (!keeperOfKey.has(k)) keeperOfKey.set(k, keeper ?? a.file);
  }
  return mergedInto;
}
