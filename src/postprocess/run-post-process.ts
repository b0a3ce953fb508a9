/**
 * What is done to the built site after Eleventy: the search index. A function of the finished site
 * folder (it must hold the complete site, since the index covers every article), the settings and
 * the site data, so it fits however build/ writes that folder.
 */
import type { SiteConfig } from '../render/site-config.ts';
import type { SiteData } from '../render/site-data.ts';
import { writeSearchIndex } from './run-pagefind.ts';

export interface PostProcessResult {
  /** Pages in the search index. */
  searchPages: number;
  /** Problems worth a line in the build report. */
  warnings: string[];
}

export async function runPostProcess(siteDir: string, config: SiteConfig, data: Pick<SiteData, 'articles'>): Promise<PostProcessResult> {
  const search = await writeSearchIndex(siteDir, config.language);
  const warnings: string[] = [];
  // Every article page carries data-pagefind-body; another count means a template lost it.
  if (search.pages !== data.articles.length) {
    warnings.push(`search index holds ${search.pages} pages, expected one per article (${data.articles.length})`);
  }
  return { searchPages: search.pages, warnings };
}
