/**
 * Every record cache entry a build reads, in one file of the record cache (`records.pack` beside the
 * entries), so that a rebuild of a 16,000-article archive reads one file instead of 16,000 `.json`
 * files (the reads alone cost more than half a second).
 *
 * The `.json` files stay the source of truth: an entry missing from the pack (today's new article), or
 * a pack that is missing, damaged or of another record version, is read from them as before. The pack
 * only repeats them, so what a build computes never depends on it. It is rewritten when it has gone
 * stale (story-terms-pack.ts `packIsStale`), not on every build: adding one article reads that article's
 * `.json` file.
 *
 * The pack leaves out each record's `removed` list (an empty list in its place, so the record's keys keep
 * their order): a build drops it anyway, and it is a fifth of an entry. So only a caller that drops
 * `removed` (a build) may read it; `explain`, `archive` and `extract` read the `.json` files.
 *
 * Layout: UTF-8 text, one line per entry. The first line is the magic, the format and the record version
 * (as JSON); then `key<TAB>json` per entry, the entry as `RecordCache.get` gives it. JSON.stringify never
 * writes a raw line break or tab, and a cache key is hex and ":" only, so a line is one whole entry.
 * The JSON is ASCII, every other character written as a \u escape: V8 decodes ASCII bytes into a
 * string at copying speed, while one curly quote makes it decode the whole entry char by char (measured
 * on 16,000 entries: 165 ms to decode and parse ASCII, 290 ms as UTF-8; the file grows 0.4%).
 * An entry is parsed only when asked for: a line that does not parse is left to its `.json` file.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { CachedExtraction, RecordCache } from './record-cache.ts';
import { packIsStale } from './story-terms-pack.ts';

const MAGIC = 'broadsheet-records';
const FORMAT = 1;
const LF = 0x0a;
const TAB = 0x09;

const headerOf = (recordVersion: string): string => `${MAGIC}\t${FORMAT}\t${JSON.stringify(recordVersion)}\n`;

/** JSON text with every character outside ASCII as a \u escape (each UTF-16 unit, so pairs stay pairs). */
const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The entry as the pack holds it: no `removed` (an empty list in its place), nothing held apart (body HTML, terms). */
export function packedEntry(e: CachedExtraction): CachedExtraction {
  const { bodyHtml: _html, storyTerms: _terms, ...rest } = e;
  return rest.record && rest.record.removed.length > 0 ? { ...rest, record: { ...rest.record, removed: [] } } : rest;
}

export class RecordPack {
  private readonly bytes: Buffer;
  /** key → entry number; an entry found damaged is taken out (then its `.json` file serves it). */
  private readonly index = new Map<string, number>();
  /** Where each entry's JSON starts and ends in `bytes`. */
  private readonly bounds: number[] = [];

  private constructor(bytes: Buffer, from: number) {
    this.bytes = bytes;
    for (let at = from; at < bytes.length;) {
      const end = bytes.indexOf(LF, at);
      if (end < 0) break; // a last line cut short: left to its `.json` file
      const tab = bytes.indexOf(TAB, at);
      if (tab > at && tab < end) {
        const key = bytes.toString('latin1', at, tab);
        if (!this.index.has(key)) {
          this.index.set(key, this.bounds.length >> 1);
          this.bounds.push(tab + 1, end);
        }
      }
      at = end + 1;
    }
  }

  /** How many entries the pack holds. */
  get size(): number {
    return this.index.size;
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  /**
   * The entry `key`, parsed afresh (nothing in it shares the pack's memory), without `removed`; or
   * undefined when the pack has none or it does not parse as an entry: then the `.json` file decides.
   */
  get(key: string): CachedExtraction | undefined {
    const i = this.index.get(key);
    if (i === undefined) return undefined;
    try {
      const e = JSON.parse(this.bytes.toString('utf8', this.bounds[2 * i], this.bounds[2 * i + 1])) as CachedExtraction;
      if (typeof e === 'object' && e !== null && Array.isArray(e.problems) && (e.record === undefined || Array.isArray(e.record.removed))) {
        // Note: never `removed` from a pack, whoever wrote it (the reader promises it, not the writer).
        if (e.record && e.record.removed.length > 0) e.record.removed = [];
        return e;
      }
    } catch {
      // damaged: below
    }
    this.index.delete(key);
    return undefined;
  }

  /** The entry's JSON as the pack holds it (for a rewrite: copied, not parsed again). */
  raw(key: string): Uint8Array | undefined {
    const i = this.index.get(key);
    return i === undefined ? undefined : this.bytes.subarray(this.bounds[2 * i], this.bounds[2 * i + 1]);
  }

  /** The pack in `bytes`, or null when they are not a pack of this record version. */
  static parse(bytes: Buffer, recordVersion: string): RecordPack | null {
    const header = Buffer.from(headerOf(recordVersion), 'utf8');
    if (bytes.length < header.length || !bytes.subarray(0, header.length).equals(header)) return null;
    return new RecordPack(bytes, header.length);
  }

  /** The pack at `path`, or null when there is none or it cannot be used. */
  static read(path: string, recordVersion: string): RecordPack | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return null;
    }
    return RecordPack.parse(bytes, recordVersion);
  }
}

/**
 * Writes a pack one entry at a time to a temporary file, renamed into place by `finish`: a cold build
 * never holds a second copy of its records as text, and a build killed midway leaves the old pack or none.
 */
export class RecordPackWriter {
  private readonly path: string;
  private readonly tmp: string;
  private fd: number;
  private readonly seen = new Set<string>();
  /** Text gathered for one write (a write per entry would be 16,000 system calls). */
  private pending: (string | Uint8Array)[] = [];
  private pendingBytes = 0;

  constructor(path: string, recordVersion: string) {
    this.path = path;
    this.tmp = `${path}.${process.pid}.tmp`;
    this.fd = openSync(this.tmp, 'w');
    this.push(headerOf(recordVersion));
  }

  /** How many entries were added. */
  get size(): number {
    return this.seen.size;
  }

  /** Adds the entry `key` (without its `removed`, see packedEntry); a key added before, or one a line could not hold, is left out. */
  add(key: string, e: CachedExtraction): void {
    if (!this.accepts(key)) return;
    this.push(`${key}\t${asciiJson(packedEntry(e))}\n`);
  }

  /** Adds the entry `key` as JSON from another pack (RecordPack.raw). */
  addRaw(key: string, json: Uint8Array): void {
    if (!this.accepts(key)) return;
    this.push(`${key}\t`);
    this.push(json);
    this.push('\n');
  }

  /** Writes what is left and puts the pack in place. */
  finish(): void {
    this.flush();
    closeSync(this.fd);
    this.fd = -1;
    renameSync(this.tmp, this.path);
  }

  /** Drops the temporary file (after a failed write): the old pack, if any, stays. */
  abort(): void {
    if (this.fd >= 0) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed
      }
      this.fd = -1;
    }
    rmSync(this.tmp, { force: true });
  }

  private accepts(key: string): boolean {
    if (this.seen.has(key) || /[\t\n]/.test(key)) return false;
    this.seen.add(key);
    return true;
  }

  private push(part: string | Uint8Array): void {
    this.pending.push(part);
    this.pendingBytes += part.length;
    if (this.pendingBytes >= 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const chunk = Buffer.concat(this.pending.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
    for (let at = 0; at < chunk.length;) at += writeSync(this.fd, chunk, at, chunk.length - at);
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/**
 * Writes the pack of `cache` afresh from the entries `keys` (those a build read or stored) when `pack`,
 * the one it read, has gone stale (packIsStale: many entries missing or unused); returns whether it
 * wrote one. An entry comes from the old pack as it is when that holds it, else from `held` (in memory)
 * or its `.json` file; an entry in neither is left out. A pack that cannot be written is no error: the
 * next build reads the `.json` files.
 */
export function refreshRecordPack(
  cache: RecordCache, pack: RecordPack | null, keys: ReadonlySet<string>, held: (key: string) => CachedExtraction | undefined,
): boolean {
  let missing = 0;
  for (const k of keys) if (!pack?.has(k)) missing++;
  if (!packIsStale(pack, keys.size, missing)) return false;
  let writer: RecordPackWriter | null = null;
  try {
    writer = cache.recordPackWriter();
    for (const k of keys) {
      const raw = pack?.raw(k);
      if (raw) writer.addRaw(k, raw);
      else {
        const e = held(k) ?? cache.get(k);
        if (e) writer.add(k, e);
      }
    }
    writer.finish();
    return true;
  } catch {
    writer?.abort();
    return false;
  }
}
