/**
 * A content-addressed cache of extracted records: the key is the sha256 of the file's bytes and the
 * extractor's version, so an unchanged article is never extracted twice and any change to the
 * extractor invalidates every entry. One small JSON file per record under `.cache/records/`.
 *
 * An entry's body HTML sits in a file of its own beside it (`.html`), read only for the pages a build
 * writes: a rebuild that writes a hundred pages of a 16,000-article archive parses a third less. Its
 * story terms (`.terms`, binary) are read one at a time by same-story linking, never all held; linking
 * reads them from one pack file instead (`story-terms.pack`, see story-terms-pack.ts) when it has them.
 * Likewise a build reads the entries themselves from one pack file (`records.pack`, see record-pack.ts)
 * when it holds them, without their `removed` lists; the `.json` files stay the source of truth.
 *
 * Entries live in a folder per extractor version; a build drops the folders of other versions.
 *
 * A second, cheaper layer skips even reading a file: `.cache/files.json` remembers each path's size,
 * modification time and content hash from the last build (as make and most build tools do).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedArticle, Problem } from '../record.ts';
import type { ArticleTerms } from '../link/stories/storyTerms.ts';
import { decodeStoryTerms } from './story-terms-bytes.ts';
import { TermsPack, type TermsPackWriter } from './story-terms-pack.ts';
import { RecordPack, RecordPackWriter } from './record-pack.ts';

/** All entries' story terms in one file, in the version's folder (so it goes with its entries). */
const PACK_FILE = 'story-terms.pack';
/** The entries a build read, in one file, in the version's folder too. */
const RECORD_PACK_FILE = 'records.pack';

/** What extraction of one file produced, minus the file name (the same bytes may sit under two names). */
export interface CachedExtraction {
  record?: Omit<ExtractedArticle, 'file'>;
  url?: string;
  /** The body as HTML (render/body-to-html), made in the same worker so a rebuild never redoes it. */
  bodyHtml?: string;
  /** The record's same-story terms (story-terms-bytes.ts), for the same reason. */
  storyTerms?: Uint8Array;
  /** normaliseLine() keys of the short body paragraphs, to find lines an outlet repeats. */
  bodyKeys?: string[];
  /** link/find-duplicates duplicateKeys() of the record, so finding duplicates never re-reads bodies. */
  dupKeys?: string[];
  problems: Omit<Problem, 'file'>[];
}

export interface FileStamp { size: number; mtimeMs: number; hash: string }

export class RecordCache {
  private readonly dir: string;
  private readonly version: string;
  /** Read on first use: a cache opened only to read body HTML never needs them. */
  private stamps: Record<string, FileStamp> | null = null;
  private readonly stampsFile: string;

  private readonly root: string;

  constructor(stateDir: string, extractorVersion: string) {
    this.root = join(stateDir, '.cache', 'records');
    // One folder per extractor version, so the entries an older extractor made can go at once.
    this.dir = join(this.root, `v-${createHash('sha256').update(extractorVersion).digest('hex').slice(0, 16)}`);
    this.version = extractorVersion;
    this.stampsFile = join(stateDir, '.cache', 'files.json');
  }

  /**
   * Deletes the entries of every other extractor version (each extractor change would otherwise leave
   * a whole archive's worth of records behind); returns how many version folders went.
   */
  dropOtherVersions(): number {
    let dropped = 0;
    let names: string[] = [];
    try {
      names = readdirSync(this.root);
    } catch {
      return 0; // no cache yet
    }
    for (const name of names) {
      if (join(this.root, name) === this.dir) continue;
      rmSync(join(this.root, name), { recursive: true, force: true });
      dropped++;
    }
    return dropped;
  }

  private pathOf(contentHash: string): string {
    const key = createHash('sha256').update(this.version).update('\0').update(contentHash).digest('hex');
    return join(this.dir, key.slice(0, 2), key.slice(2));
  }

  /** The entry without its body HTML and story terms (see bodyHtml(), storyTerms()). */
  get(contentHash: string): CachedExtraction | undefined {
    try {
      return JSON.parse(readFileSync(`${this.pathOf(contentHash)}.json`, 'utf8')) as CachedExtraction;
    } catch {
      return undefined;
    }
  }

  /** The body HTML of the entry `contentHash`, or undefined when it has none (a file with no record). */
  bodyHtml(contentHash: string): string | undefined {
    try {
      return readFileSync(`${this.pathOf(contentHash)}.html`, 'utf8');
    } catch {
      return undefined;
    }
  }

  /** The story terms of the entry `contentHash`, or undefined when it has none or they are damaged. */
  storyTerms(contentHash: string): ArticleTerms | undefined {
    try {
      return decodeStoryTerms(readFileSync(`${this.pathOf(contentHash)}.terms`)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** The terms pack of this record version (story-terms-pack.ts), or null when there is none or it cannot be used. */
  storyTermsPack(): TermsPack | null {
    return TermsPack.read(join(this.dir, PACK_FILE), this.version);
  }

  /** Writes the terms pack that `writer` collected, in place of the last one. */
  saveStoryTermsPack(writer: TermsPackWriter): void {
    mkdirSync(this.dir, { recursive: true });
    writer.write(join(this.dir, PACK_FILE), this.version);
  }

  /**
   * The record pack of this record version (record-pack.ts), or null when there is none or it cannot be
   * used. Its entries have no `removed` lists: for callers that drop them (a build) only.
   */
  recordPack(): RecordPack | null {
    return RecordPack.read(join(this.dir, RECORD_PACK_FILE), this.version);
  }

  /** A writer of a new record pack, put in place of the last one by its `finish()`. */
  recordPackWriter(): RecordPackWriter {
    mkdirSync(this.dir, { recursive: true });
    return new RecordPackWriter(join(this.dir, RECORD_PACK_FILE), this.version);
  }

  /** Stores the entry; returns it as a cache read would give it back (without body HTML and terms). */
  set(contentHash: string, value: CachedExtraction): CachedExtraction {
    const path = this.pathOf(contentHash);
    mkdirSync(join(path, '..'), { recursive: true });
    const { bodyHtml, storyTerms, ...rest } = value;
    // Note: the HTML and terms first, the entry last, each written then renamed: a build killed midway never
    // leaves a truncated file, nor an entry whose HTML is missing.
    const write = (file: string, text: string | Uint8Array): void => {
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, text);
      renameSync(tmp, file);
    };
    if (bodyHtml !== undefined) write(`${path}.html`, bodyHtml);
    if (storyTerms !== undefined) write(`${path}.terms`, storyTerms);
    const json = JSON.stringify(rest);
    write(`${path}.json`, json);
    // Note: parsed back, not `rest`: strings cut from a file's text by the extractor can be slices
    // that keep the whole text alive, a file's worth per record held.
    return JSON.parse(json) as CachedExtraction;
  }

  /** The content hash recorded for a path, if its size and mtime are unchanged since then. */
  knownHash(file: string, size: number, mtimeMs: number): string | undefined {
    if (!this.stamps) {
      try {
        this.stamps = JSON.parse(readFileSync(this.stampsFile, 'utf8')) as Record<string, FileStamp>;
      } catch {
        this.stamps = {};
      }
    }
    const s = this.stamps[file];
    return s && s.size === size && s.mtimeMs === mtimeMs ? s.hash : undefined;
  }

  saveStamps(stamps: Record<string, FileStamp>): void {
    this.stamps = stamps;
    mkdirSync(join(this.stampsFile, '..'), { recursive: true });
    writeFileSync(this.stampsFile, JSON.stringify(stamps));
  }
}
