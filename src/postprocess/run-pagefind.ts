/**
 * Full-text search: index the articles with Pagefind, one bundle (index, WebAssembly, default UI)
 * per year (per month in the newest year) under `<siteDir>/pagefind/<shard>/` (see render/search-shards.ts). Articles are given as
 * records (search-records.ts), so no built page has to be read back. A shard whose records did not
 * change since the last build (`pagefind/shards.json`) is left as it is.
 */
import * as pagefind from 'pagefind';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchRecord } from './search-records.ts';
import { shardAssigner, searchShards } from '../render/search-shards.ts';

export class SearchIndexError extends Error {}

export interface SearchIndexResult {
  /** Records in the index, over all shards. */
  pages: number;
  /** The folder holding the shards' bundles, inside the site. */
  bundleDir: string;
  /** Shards written by this run (the others were current). */
  written: string[];
}

const MANIFEST = 'shards.json';
const SEND_BATCH = 250;

interface ShardState { digest: string; pages: number }

/** Pagefind's version: part of each shard's digest, so a new Pagefind writes every bundle afresh. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json'), 'utf8')) as { version: string }).version;

/** One bundle, written beside the live one and renamed into place, so a reader never sees half of one. */
async function writeBundle(bundleDir: string, language: string, records: SearchRecord[]): Promise<number> {
  const fresh = `${bundleDir}.${process.pid}.tmp`;
  rmSync(fresh, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new SearchIndexError(`search index: ${errors.join('; ')}`);
    // Note: sent in batches, not one round trip each: Pagefind's service takes them in the order
    // sent, so the bundle is byte-identical, and indexing 2,000 records takes ~1.2 s instead of ~2.1 s.
    // Batches, not all at once, so a large shard's messages are not all buffered together; the next
    // batch is sent before the last one is answered, so Pagefind always has one queued while this
    // thread is busy elsewhere (rendering pages, in a cold build).
    let previousBatch: Promise<void> | null = null;
    for (let i = 0; i < records.length; i += SEND_BATCH) {
      const batch = records.slice(i, i + SEND_BATCH);
      const sent = Promise.all(batch.map((record) => index.addCustomRecord(record))).then((added) => added.forEach((a, j) => {
        if (a.errors.length) throw new SearchIndexError(`search index, ${batch[j].url}: ${a.errors.join('; ')}`);
      }));
      sent.catch(() => undefined); // Note: its failure is reported by the await below, not as an unhandled rejection meanwhile.
      if (previousBatch) await previousBatch;
      previousBatch = sent;
    }
    if (previousBatch) await previousBatch;
    const written = await index.writeFiles({ outputPath: fresh });
    if (written.errors.length) throw new SearchIndexError(`search index: ${written.errors.join('; ')}`);
    await index.deleteIndex();
    const entry = JSON.parse(readFileSync(join(fresh, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const old = `${bundleDir}.${process.pid}.old`;
    if (existsSync(bundleDir)) renameSync(bundleDir, old);
    renameSync(fresh, bundleDir);
    rmSync(old, { recursive: true, force: true });
    return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

/**
 * Each shard's digest remembered under a cheap key of its items, so that a rebuild does not make and
 * hash the records of every shard (an archive's whole text: ~0.8 s at 16,000 articles) to find the
 * one shard that changed.
 */
export interface DigestMemo<T> {
  /** A string that determines `toRecord(item)` exactly (e.g. the record's cache key, its URL and topics). */
  keyOf: (item: T) => string;
  /** Whatever else the records depend on (the code that makes them, e.g. `codeFingerprint('search')`). */
  salt: string;
  /** Where the memo is kept: the builder's state, not the site's (the site folder must not change). */
  file: string;
}

function readMemo(file: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return {}; // none yet, or unreadable: every digest is made afresh
  }
}

/**
 * Indexes `items` (search records, or anything `toRecord` makes one of), shard by shard. Records are
 * made per shard and dropped after it, so an archive's text is never all held at once as records.
 */
export async function writeSearchIndex<T = SearchRecord>(
  siteDir: string,
  language: string,
  items: T[],
  toRecord: (item: T) => SearchRecord = (item) => item as SearchRecord,
  dateOf: (item: T) => string | null = (item) => toRecord(item).sort.date ?? null,
  memo?: DigestMemo<T>,
): Promise<SearchIndexResult> {
  const bundleDir = join(siteDir, 'pagefind');
  mkdirSync(bundleDir, { recursive: true });
  let previous: Record<string, ShardState> = {};
  try {
    previous = JSON.parse(readFileSync(join(bundleDir, MANIFEST), 'utf8')) as Record<string, ShardState>;
  } catch {
    // first build, or no manifest: every shard is written
  }
  const dates = items.map(dateOf);
  const shardOf = shardAssigner(dates);
  const byShard = new Map<string, T[]>(searchShards(dates).map((s) => [s, []]));
  items.forEach((r, i) => byShard.get(shardOf(dates[i]))!.push(r));
  const state: Record<string, ShardState> = {};
  const written: string[] = [];
  const remembered = memo ? readMemo(memo.file) : {};
  // Only this archive's shards are kept, so the memo never grows beyond one entry per shard.
  const nextMemo: Record<string, string> = {};
  try {
    for (const [shard, shardItems] of byShard) {
      let list: SearchRecord[] | null = null;
      const memoKey = memo
        ? createHash('sha256').update(memo.salt).update('\0').update(language).update('\0').update(JSON.stringify(shardItems.map(memo.keyOf))).digest('hex')
        : null;
      let digest = memoKey ? remembered[memoKey] : undefined;
      if (digest === undefined) {
        list = shardItems.map(toRecord);
        digest = createHash('sha256').update(PAGEFIND_VERSION).update('\0').update(language).update(JSON.stringify(list)).digest('hex');
      }
      if (memoKey) nextMemo[memoKey] = digest;
      if (previous[shard]?.digest === digest && existsSync(join(bundleDir, shard, 'pagefind-entry.json'))) {
        state[shard] = previous[shard];
        continue;
      }
      // Note: one shard at a time. Writing one while the next one's records were sent saved ~0.5 s of
      // a 16,000-article cold build's 41 s (noise) and held two shards' records: +40-50 MB of peak.
      state[shard] = { digest, pages: await writeBundle(join(bundleDir, shard), language, list ?? shardItems.map(toRecord)) };
      written.push(shard);
    }
  } finally {
    // Pagefind runs as a child process; close it so the build can exit.
    await pagefind.close();
  }
  // Shards of years that no longer hold an article, and anything else left in the folder, go.
  for (const name of readdirSync(bundleDir)) if (!(name in state) && name !== MANIFEST) rmSync(join(bundleDir, name), { recursive: true, force: true });
  const sorted = Object.fromEntries(Object.keys(state).sort().map((k) => [k, state[k]]));
  writeFileSync(join(bundleDir, MANIFEST), JSON.stringify(sorted, null, 2) + '\n');
  if (memo) {
    mkdirSync(dirname(memo.file), { recursive: true });
    writeFileSync(memo.file, JSON.stringify(nextMemo));
  }
  return { pages: Object.values(state).reduce((n, s) => n + s.pages, 0), bundleDir, written };
}
