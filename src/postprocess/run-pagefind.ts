/**
 * Full-text search: index the built site with Pagefind and write its bundle (index, WebAssembly,
 * default UI) to `<siteDir>/pagefind/`. Only article pages are indexed: they mark their text with
 * data-pagefind-body, and Pagefind then leaves out every page without it (lists, topics, people).
 */
import * as pagefind from 'pagefind';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export class SearchIndexError extends Error {}

export interface SearchIndexResult {
  /** Pages in the index (addDirectory's page_count counts every HTML file it read, not these). */
  pages: number;
  /** The bundle folder, inside the site. */
  bundleDir: string;
}

export async function writeSearchIndex(siteDir: string, language: string): Promise<SearchIndexResult> {
  const bundleDir = join(siteDir, 'pagefind');
  // Note: written beside the live bundle and renamed into place, so a reader never sees half of one.
  const fresh = join(siteDir, `.pagefind-${process.pid}`);
  rmSync(fresh, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new SearchIndexError(`search index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new SearchIndexError(`search index: ${added.errors.join('; ')}`);
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
