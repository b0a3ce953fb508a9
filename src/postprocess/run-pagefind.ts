/**
 * Full-text search: index the articles with Pagefind, one bundle (index, WebAssembly, default UI)
 * per year (per month in the newest year) under `<siteDir>/pagefind/<shard>/` (see render/search-shards.ts). Articles are given as
 * records (search-records.ts), so no built page has to be read back. A shard whose records did not
 * change since the last build (`pagefind/shards.json`) is left as it is.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchRecord } from './search-records.ts';
import { shardAssigner, searchShards } from '../render/search-shards.ts';
import { inThreadWriter, type BundleWriter } from './bundle-writers.ts';

export { SearchIndexError } from './write-bundle.ts';

export interface SearchIndexResult {
  /** Records in the index, over all shards. */
  pages: number;
  /** The folder holding the shards' bundles, inside the site. */
  bundleDir: string;
  /** Shards written by this run (the others were current). */
  written: string[];
}

const MANIFEST = 'shards.json';

interface ShardState { digest: string; pages: number }

/** Pagefind's version: part of each shard's digest, so a new Pagefind writes every bundle afresh. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json'), 'utf8')) as { version: string }).version;

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
 * `newWriter` says where the bundles are written (bundle-writers.ts: this thread, or a worker).
 */
export async function writeSearchIndex<T = SearchRecord>(
  siteDir: string,
  language: string,
  items: T[],
  toRecord: (item: T) => SearchRecord = (item) => item as SearchRecord,
  dateOf: (item: T) => string | null = (item) => toRecord(item).sort.date ?? null,
  memo?: DigestMemo<T>,
  newWriter: () => BundleWriter = inThreadWriter,
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
  const writer = newWriter();
  const writing: Promise<unknown>[] = [];
  try {
    for (const [shard, shardItems] of byShard) {
      let list: SearchRecord[] | null = null;
      const memoKey = memo
        ? createHash('sha256').update(memo.salt).update('\0').update(language).update('\0').update(JSON.stringify(shardItems.map(memo.keyOf))).digest('hex')
        : null;
      const digestOf = (records: SearchRecord[]): string => createHash('sha256').update(PAGEFIND_VERSION).update('\0').update(language).update(JSON.stringify(records)).digest('hex');
      let digest = memoKey ? remembered[memoKey] : undefined;
      // Note: a shard the last build did not have is written whatever its digest, so its records are made
      // (and its digest taken) only when the writer comes to it.
      if (digest === undefined && previous[shard]) {
        list = shardItems.map(toRecord);
        digest = digestOf(list);
      }
      if (digest !== undefined && previous[shard]?.digest === digest && existsSync(join(bundleDir, shard, 'pagefind-entry.json'))) {
        if (memoKey) nextMemo[memoKey] = digest;
        state[shard] = previous[shard];
        continue;
      }
      const known = digest;
      const make = (): SearchRecord[] => {
        const records = list ?? shardItems.map(toRecord);
        list = null;
        const d = known ?? digestOf(records);
        if (memoKey) nextMemo[memoKey] = d;
        state[shard] = { digest: d, pages: 0 };
        return records;
      };
      writing.push(writer.write(join(bundleDir, shard), language, make).then((pages) => {
        state[shard].pages = pages;
      }));
      written.push(shard);
    }
    await Promise.all(writing);
  } finally {
    // Note: every write settled before the writer stops (a failed one rejects the whole index).
    await Promise.allSettled(writing);
    // Pagefind runs as a child process; close it so the build can exit.
    await writer.close();
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
