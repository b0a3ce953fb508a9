/**
 * What is done to the built site after Eleventy: the search index, written into the site folder
 * from the archive's articles.
 */
import type { SiteConfig } from '../render/site-config.ts';
import type { Archive, LinkedArticle } from '../record.ts';
import { searchRecord } from './search-records.ts';
import { writeSearchIndex, type DigestMemo } from './run-pagefind.ts';

export interface PostProcessResult {
  /** Pages in the search index. */
  searchPages: number;
  /** Problems worth a line in the build report. */
  warnings: string[];
}

/** See DigestMemo: `recordKeyOf(file)` names the cached record an article was made from. */
export interface SearchMemo {
  recordKeyOf: (file: string) => string | undefined;
  salt: string;
  file: string;
}

export async function runPostProcess(siteDir: string, config: SiteConfig, archive: Pick<Archive, 'articles'>, memo?: SearchMemo): Promise<PostProcessResult> {
  // An article's search record is its record's text and fields, its URL and its topics' names: with
  // every record's cache key known, those three determine it (the code is in the salt).
  const keyed = memo !== undefined && archive.articles.every((a) => memo.recordKeyOf(a.file) !== undefined);
  const digestMemo: DigestMemo<LinkedArticle> | undefined = keyed
    ? { keyOf: (a) => JSON.stringify([memo.recordKeyOf(a.file), a.url, a.topics.map((t) => t.name)]), salt: memo.salt, file: memo.file }
    : undefined;
  const search = await writeSearchIndex(siteDir, config.language, archive.articles, (a) => searchRecord(a, config.language), (a) => a.date || null, digestMemo);
  const warnings: string[] = [];
  if (search.pages !== archive.articles.length) {
    warnings.push(`search index holds ${search.pages} pages, expected one per article (${archive.articles.length})`);
  }
  return { searchPages: search.pages, warnings };
}
