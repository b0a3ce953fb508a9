/**
 * Site data → HTML files, with Eleventy and the templates in `templates/`. Eleventy gets the
 * prepared data as the global `bs`; its templates paginate over it (one template per page kind),
 * so Eleventy never has to scan a collection per page.
 *
 * Large sites are written in chunks of at most `chunkPages` pages, one Eleventy run each: Eleventy
 * keeps every page of a run (its data, its rendered HTML) until the run ends, so one run over 25,000
 * pages holds them all at once, and its per-page cost grows with the run's size. Chunks bound both.
 * Every page is its own pagination entry over data src/ prepared, so no page needs another's output.
 */
import Eleventy from '@11ty/eleventy';
import { join } from 'node:path';
import { collectGarbage } from './collect-garbage.ts';
import { PACKAGE_DIR } from './package-dir.ts';
import type { SiteData } from '../render/site-data.ts';

export const CHUNK_PAGES = 4000;

const isPageList = (v: unknown): v is unknown[] => Array.isArray(v);

/** The site data cut into pieces of at most `size` pages; every piece keeps the non-page data. */
export function chunkSiteData<T extends object>(data: T, size: number): T[] {
  const entries = Object.entries(data as Record<string, unknown>);
  const shared = Object.fromEntries(entries.filter(([, v]) => !isPageList(v)));
  const lists = entries.filter(([, v]) => isPageList(v)) as [string, unknown[]][];
  const empty = (): Record<string, unknown> => ({ ...shared, ...Object.fromEntries(lists.map(([k]) => [k, []])) });
  const chunks: Record<string, unknown>[] = [];
  let current = empty();
  let count = 0;
  for (const [key, list] of lists) {
    for (let i = 0; i < list.length; ) {
      const take = Math.min(size - count, list.length - i);
      (current[key] as unknown[]).push(...list.slice(i, i + take));
      i += take;
      count += take;
      if (count === size) {
        chunks.push(current);
        current = empty();
        count = 0;
      }
    }
  }
  if (count > 0 || chunks.length === 0) chunks.push(current);
  return chunks as T[];
}

async function writeOnce(data: SiteData, outDir: string, pathPrefix: string, root: string): Promise<number> {
  const elev = new Eleventy(join(root, 'templates'), outDir, {
    configPath: join(root, '.eleventy.js'),
    quietMode: true,
    pathPrefix,
    config(cfg: { addGlobalData(name: string, value: unknown): void }) {
      cfg.addGlobalData('bs', data);
    },
  });
  const result = (await elev.write()) as unknown;
  // Eleventy 3 resolves to [passthroughResults, templateResults]
  const templates = Array.isArray(result) ? (result.flat() as { outputPath?: string }[]) : [];
  return templates.filter((r) => r && typeof r.outputPath === 'string' && r.outputPath.endsWith('.html')).length;
}

/**
 * Writes every page of `data` into `outDir`; returns how many HTML pages were written. `prepare` may
 * complete each chunk just before its run (what it adds is garbage once the run is done).
 */
export async function writeSite(
  data: SiteData, outDir: string, pathPrefix: string, root = PACKAGE_DIR, chunkPages = CHUNK_PAGES, prepare: (chunk: SiteData) => SiteData = (c) => c,
): Promise<number> {
  let written = 0;
  const chunks = chunkSiteData(data, chunkPages);
  for (const chunk of chunks) {
    written += await writeOnce(prepare(chunk), outDir, pathPrefix, root);
    // Note: V8 would rather grow the heap than collect a finished run's pages; collecting between
    // runs is what keeps the peak at one run's worth. After the last run too: in a cold build the
    // search index is still being made, and its records would pile up on the last run's pages (at
    // 16,000 articles, a last run of 3,000 speaker pages left the peak ~90 MB higher).
    if (chunks.length > 1) collectGarbage();
  }
  return written;
}

