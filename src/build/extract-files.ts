/**
 * Files → extracted records, using the record cache and the worker pool. A file that cannot be
 * read or extracted becomes a Problem; it never stops the others.
 */
import { readFileSync, statSync } from 'node:fs';
import { MAX_ARTICLE_BYTES } from '../read/read-source-file.ts';
import { join } from 'node:path';
import type { ExtractedArticle, Problem } from '../record.ts';
import type { FileStat } from '../read/list-content-files.ts';
import { EXTRACTOR_VERSION } from '../extract/version.ts';
import { BODY_HTML_VERSION } from '../render/body-to-html.ts';
import { codeFingerprint } from './code-fingerprint.ts';

/**
 * The cache's version: the extractor's declared version plus a fingerprint of the code that makes
 * a record (read/, extract/ and the files named in code-fingerprint's RECORD_FILES), so any change to it invalidates the cache even without a bump.
 */
export const RECORD_VERSION = [
  EXTRACTOR_VERSION,
  `html${BODY_HTML_VERSION}`,
  codeFingerprint('read').slice(0, 12),
  codeFingerprint('extract').slice(0, 12),
  codeFingerprint('record').slice(0, 12),
].join('+');
import { RecordCache, type CachedExtraction, type FileStamp } from './record-cache.ts';
import { refreshRecordPack, type RecordPack } from './record-pack.ts';
import { extractInPool, MIN_CACHED_FOR_SIDE_WORKER, MIN_FILES_FOR_WORKERS, startSideWorker, type SideWorker } from './extract-pool.ts';
import type { OneResult } from './extract-one.ts';
import { findTemplateLines } from '../link/find-template-lines.ts';
import { findDuplicates } from '../link/find-duplicates.ts';
import { createHash } from 'node:crypto';

export interface ExtractedFile {
  record: ExtractedArticle;
  /** Front matter `url`, if any, for URL assignment. */
  url?: string;
  hash: string;
  bodyHtml?: string;
  /** Same-story terms (story-terms-bytes.ts), when they are not in the cache. */
  storyTerms?: Uint8Array;
  /** When bodyHtml and storyTerms are not in memory: the record cache entry that holds them (see cachedBodyHtmlToken, RecordCache.storyTerms). */
  cacheKey?: string;
  /** See CachedExtraction.dupKeys. */
  dupKeys?: string[];
  /** The record cache entry the record is kept under (whether or not its HTML is in memory), when there is a cache. */
  recordKey?: string;
}

export interface ExtractionResult {
  extracted: ExtractedFile[];
  problems: Problem[];
  /** How many files were extracted afresh (the rest came from the cache). */
  fresh: number;
  /** How many articles lost lines their outlet repeats across the archive. */
  templated: number;
}

export interface ExtractOptions {
  /** Folder holding `.cache/`; without it nothing is cached. */
  stateDir?: string;
  onProgress?: (done: number, total: number) => void;
  /**
   * Leave each record's `removed` list out (an empty list in its place): only `explain` and `archive`
   * show it, and a build holding 16,000 of them would only raise its peak.
   */
  dropRemoved?: boolean;
  /** The files' sizes and modification times as listed (ContentListing.stats); a file not in it is asked for its own. */
  stats?: ReadonlyMap<string, FileStat>;
}

export async function extractFiles(root: string, files: string[], opts: ExtractOptions = {}): Promise<ExtractionResult> {
  const cache = opts.stateDir ? new RecordCache(opts.stateDir, RECORD_VERSION) : null;
  cache?.dropOtherVersions();
  const byFile = new Map<string, { hash: string; key: string; extraction: CachedExtraction }>();
  const stamps: Record<string, FileStamp> = {};
  const statOf = new Map<string, { size: number; mtimeMs: number }>();
  const todo: string[] = [];
  // Every cache entry this build read or stored: the record pack holds these (refreshRecordPack).
  const entries = new Set<string>();
  const store = (key: string, e: CachedExtraction): CachedExtraction => {
    const stored = cache!.set(key, e);
    entries.add(key);
    return stored;
  };
  // A build (dropRemoved) reads its records from the record pack, one file instead of one per record
  // (record-pack.ts), opened once the new files' extraction has started; the `.json` file serves an
  // entry the pack lacks. Others (explain, archive) keep `removed`, which the pack leaves out.
  let pack: RecordPack | null | undefined;
  const read = (key: string, fromPack = true): CachedExtraction | undefined => {
    if (!cache) return undefined;
    if (fromPack && opts.dropRemoved && pack === undefined) pack = cache.recordPack();
    const hit = (fromPack && opts.dropRemoved ? pack?.get(key) : undefined) ?? cache.get(key);
    if (hit) entries.add(key);
    return hit;
  };
  // Files whose hash is known from the last build: their records are read once extraction of the
  // others has started (below), so a side worker can load the extractor meanwhile.
  const known: { file: string; hash: string }[] = [];
  for (const file of files) {
    let st = opts.stats?.get(file);
    if (!st) {
      try {
        st = statSync(join(root, file));
      } catch {
        todo.push(file); // extractOne names the problem
        continue;
      }
    }
    statOf.set(file, { size: st.size, mtimeMs: st.mtimeMs });
    // Unchanged size and time: trust the hash from last time. Otherwise hash the bytes: a file that
    // was only touched, copied or renamed is still found in the cache by its content.
    let hash = cache?.knownHash(file, st.size, st.mtimeMs);
    if (hash) {
      known.push({ file, hash });
      continue;
    }
    if (cache && st.size <= MAX_ARTICLE_BYTES) {
      try {
        hash = createHash('sha256').update(readFileSync(join(root, file))).digest('hex');
      } catch {
        hash = undefined; // extractOne names the problem
      }
    }
    // Note: from the `.json` file: a changed or new file (today's article) is no reason to read the pack
    // before extraction starts.
    const hit = hash ? read(hash, false) : undefined;
    if (hash && hit) {
      byFile.set(file, { hash, key: hash, extraction: hit });
      stamps[file] = { size: st.size, mtimeMs: st.mtimeMs, hash };
    } else {
      todo.push(file);
    }
  }
  let fresh = 0;
  let missed = 0;
  const onResult = (r: OneResult): void => {
    fresh++;
    const st = statOf.get(r.file);
    if (cache && r.hash && st) {
      stamps[r.file] = { ...st, hash: r.hash };
      // Note: the body HTML and terms are on disk now; holding 16,000 of them would only raise the build's peak.
      byFile.set(r.file, { hash: r.hash, key: r.hash, extraction: store(r.hash, r.extraction) });
    } else {
      byFile.set(r.file, { hash: r.hash, key: r.hash, extraction: r.extraction });
    }
  };
  const onProgress = (): void => opts.onProgress?.(files.length - todo.length - missed + fresh, files.length);
  // A few new files among thousands cached (adding today's article): see startSideWorker.
  const side = todo.length > 0 && todo.length < MIN_FILES_FOR_WORKERS && known.length >= MIN_CACHED_FOR_SIDE_WORKER ? startSideWorker() ?? undefined : undefined;
  let templated: number;
  try {
    // Note: the extractor is loaded only when a file needs it: a rebuild that finds every record in the
    // cache never pays for compromise and chrono-node.
    const extracting = todo.length ? extractInPool(root, todo, onResult, onProgress, { side }) : null;
    const again: string[] = [];
    for (const { file, hash } of known) {
      const hit = read(hash);
      if (hit) {
        byFile.set(file, { hash, key: hash, extraction: hit });
        stamps[file] = { ...statOf.get(file)!, hash };
      } else {
        again.push(file); // an entry pruned by hand: extracted afresh
      }
    }
    missed = again.length;
    await extracting;
    if (again.length) await extractInPool(root, again, onResult, onProgress, { side });
    cache?.saveStamps(stamps);
    templated = await applyOutletTemplates(root, byFile, cache ? { read, store } : null, side);
  } finally {
    await side?.close();
  }
  if (cache && opts.dropRemoved) {
    // the records in memory by their keys, made only when the pack is written
    let held: Map<string, CachedExtraction> | undefined;
    const heldOf = (key: string) => (held ??= new Map([...byFile.values()].map((e) => [e.key, e.extraction]))).get(key);
    refreshRecordPack(cache, pack === undefined ? cache.recordPack() : pack, entries, heldOf);
  }
  // Note: the pack's text goes now; every record taken from it was parsed into strings of their own.
  pack = null;

  const extracted: ExtractedFile[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const { hash, key, extraction } = byFile.get(file)!;
    for (const p of extraction.problems) problems.push({ file, ...p });
    if (!extraction.record) continue;
    const inMemory = extraction.bodyHtml !== undefined ? { bodyHtml: extraction.bodyHtml, storyTerms: extraction.storyTerms } : cache ? { cacheKey: key } : {};
    const record = opts.dropRemoved ? { file, ...extraction.record, removed: [] } : { file, ...extraction.record };
    extracted.push({ record, url: extraction.url, hash, ...inMemory, dupKeys: extraction.dupKeys, recordKey: cache ? key : undefined });
  }
  return { extracted, problems, fresh, templated };
}

/**
 * Second pass: lines an outlet repeats across its articles are template (link/find-template-lines);
 * the articles whose body still holds one are extracted again with those lines marked. Cached under
 * the content hash plus the lines used, so a rebuild with the same archive does no work.
 * Returns how many articles the pass changed.
 */
async function applyOutletTemplates(
  root: string, byFile: Map<string, { hash: string; key: string; extraction: CachedExtraction }>,
  cache: { read: (key: string) => CachedExtraction | undefined; store: (key: string, e: CachedExtraction) => CachedExtraction } | null,
  side: SideWorker | undefined,
): Promise<number> {
  const entries = [...byFile].filter(([, e]) => e.extraction.record);
  const dups = findDuplicates(entries.map(([file, e]) => ({ file, headline: e.extraction.record!.headline, body: e.extraction.record!.body, keys: e.extraction.dupKeys })));
  const templates = findTemplateLines(
    entries.map(([file, e]) => ({ file, source: e.extraction.record!.source, bodyKeys: e.extraction.bodyKeys ?? [] })),
    (file) => dups.has(file),
  );
  // Files to extract again, grouped by their outlet's lines: one pool job per outlet, in parallel.
  const todo = new Map<ReadonlySet<string>, { file: string; hash: string; key: string }[]>();
  let changed = 0;
  for (const [file, e] of entries) {
    const lines = templates.get(e.extraction.record!.source ?? '');
    if (!lines || !(e.extraction.bodyKeys ?? []).some((k) => lines.has(k))) continue;
    const key = `${e.hash}:template:${createHash('sha1').update([...lines].join('\n')).digest('hex')}`;
    changed++;
    const again = cache?.read(key);
    if (again) byFile.set(file, { hash: e.hash, key, extraction: again });
    else {
      const list = todo.get(lines) ?? [];
      list.push({ file, hash: e.hash, key });
      todo.set(lines, list);
    }
  }
  for (const [lines, list] of todo) {
    const of = new Map(list.map((x) => [x.file, x]));
    await extractInPool(root, list.map((x) => x.file), (r) => {
      const { hash, key } = of.get(r.file)!;
      byFile.set(r.file, { hash, key, extraction: cache ? cache.store(key, r.extraction) : r.extraction });
    }, undefined, { templateLines: lines, side });
  }
  return changed;
}

/**
 * Body HTML that stayed on disk (ExtractedFile.cacheKey) stands in the site data as this token,
 * which names its cache entry: a page's fingerprint still changes exactly when its HTML does, and the
 * HTML is read (resolveCachedBodyHtml) only for the pages a build writes.
 */
const TOKEN = '\u0000cached-body-html:';
export const cachedBodyHtmlToken = (key: string): string => `${TOKEN}${key}`;

/**
 * The pages with their body HTML read back from the cache (copies: the pages given are left holding
 * their tokens). `again(url)` makes the HTML afresh when the cache lost it (a cache folder pruned by hand).
 */
export function resolveCachedBodyHtml<P extends { url: string; bodyHtml: string }>(pages: P[], stateDir: string, again: (url: string) => string): P[] {
  const cache = new RecordCache(stateDir, RECORD_VERSION);
  return pages.map((page) =>
    page.bodyHtml.startsWith(TOKEN) ? { ...page, bodyHtml: cache.bodyHtml(page.bodyHtml.slice(TOKEN.length)) ?? again(page.url) } : page);
}
