/**
 * Full-text search: index the articles with Pagefind and write its bundle (index, WebAssembly,
 * default UI) to `<siteDir>/pagefind/`. Articles are given as records (search-records.ts), so only
 * article pages are in the index and no built page has to be read back.
 */
import * as pagefind from 'pagefind';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchRecord } from './search-records.ts';

export class SearchIndexError extends Error {}

export interface SearchIndexResult {
  /** Pages in the index (addDirectory's page_count counts every HTML file it read, not these). */
  pages: number;
  /** The bundle folder, inside the site. */
  bundleDir: string;
}

export async function writeSearchIndex(siteDir: string, language: string, records: SearchRecord[]): Promise<SearchIndexResult> {
  const bundleDir = join(siteDir, 'pagefind');
  // Note: written beside the live bundle and renamed into place, so a reader never sees half of one.
  const fresh = join(siteDir, `.pagefind-${process.pid}`);
  rmSync(fresh, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new SearchIndexError(`search index: ${errors.join('; ')}`);
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length) throw new SearchIndexError(`search index, ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: fresh });
    if (written.errors.length) throw new SearchIndexError(`search index: ${written.errors.join('; ')}`);
    const entry = JSON.parse(readFileSync(join(fresh, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const old = join(siteDir, `.pagefind-old-${process.pid}`);
    if (existsSync(bundleDir)) renameSync(bundleDir, old);
    renameSync(fresh, bundleDir);
    rmSync(old, { recursive: true, force: true });
    return { pages, bundleDir };
  } finally {
    rmSync(fresh, { recursive: true, force: true });
    // Pagefind runs as a child process; close it so the build can exit.
    await pagefind.close();
  }
}
