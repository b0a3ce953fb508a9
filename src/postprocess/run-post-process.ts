/**
 * What is done to the built site after Eleventy: the search index, written into the site folder
 * from the archive's articles.
 */
import type { SiteConfig } from '../render/site-config.ts';
import type { Archive } from '../record.ts';
import { searchRecord } from './search-records.ts';
import { writeSearchIndex } from './run-pagefind.ts';

export interface PostProcessResult {
  /** Pages in the search index. */
  searchPages: number;
  /** Problems worth a line in the build report. */
  warnings: string[];
}

export async function runPostProcess(siteDir: string, config: SiteConfig, archive: Pick<Archive, 'articles'>): Promise<PostProcessResult> {
  const search = await writeSearchIndex(siteDir, config.language, archive.articles, (a) => searchRecord(a, config.language), (a) => a.date || null);
  const warnings: string[] = [];
  if (search.pages !== archive.articles.length) {
    warnings.push(`search index holds ${search.pages} pages, expected one per article (${archive.articles.length})`);
  }
  return { searchPages: search.pages, warnings };
}
