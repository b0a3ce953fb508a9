/**
 * Extracted records → the linked archive: duplicates merged, URLs assigned, archive built.
 * Shared by `broadsheet build` and `broadsheet archive`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Archive, Article, Problem } from '../record.ts';
import { assignUrls, idFromUrl } from '../link/assign-urls.ts';
import { findDuplicates } from '../link/find-duplicates.ts';
import { buildArchive, storyInputs } from '../link/build-archive.ts';
import { linkStories, type StoryGroup, type StoryInput } from '../link/stories.ts';
import { articleTerms, DEFAULT_TERM_WEIGHTS, type ArticleTerms, type TermWeights } from '../link/stories/storyTerms.ts';
import { decodeStoryTerms } from './story-terms-bytes.ts';
import { packIsStale, TermsPackWriter } from './story-terms-pack.ts';
import type { PackedTerms } from '../link/stories/storyVectors.ts';
import { RecordCache } from './record-cache.ts';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { codeFingerprint } from './code-fingerprint.ts';
import { loadAliases } from '../link/aliases.ts';
import { RECORD_VERSION, type ExtractedFile } from './extract-files.ts';

export const URL_LEDGER = '.broadsheet-urls.json';

export interface LinkResult {
  archive: Archive;
  /** file → URL of its page (duplicates map to the page they were merged into) */
  urlOfFile: Map<string, string>;
  /** duplicate file → kept file */
  mergedInto: Map<string, string>;
  ledger: Record<string, string>;
  problems: Problem[];
}

/**
 * The URL ledger, or {} with the reason it could not be used. Note: the file is JSON from disk, hand-
 * editable: `null`, an array or a string parse fine but are no ledger (`null` crashed URL assignment).
 */
function readLedger(path: string): { ledger: Record<string, string>; problem?: string } {
  if (!existsSync(path)) return { ledger: {} };
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return { ledger: {}, problem: 'URL ledger is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ledger: {}, problem: 'URL ledger is not a JSON object of file → URL' };
  return { ledger: value as Record<string, string> };
}

/**
 * Same-story linking is the one archive-wide step that costs seconds at scale. Each article's terms
 * come from the record cache, where the extraction workers left them (RecordCache.storyTerms), so a
 * rebuild does not tokenise every body again: from its terms pack, one file for all articles whose
 * words are ids into one vocabulary (story-terms-pack.ts), else from the entry's own `.terms` file.
 * They are read one at a time as linking needs them. When the pack has gone stale it is written afresh
 * from the terms linking read (packIsStale): what linking computes is the same either way.
 * The groups are kept in `.cache/stories.json` under a digest of what linking reads (each article's
 * id and the cache entry of its record), so a rebuild where no article changed does not link at all.
 */
function cachedStories(articles: Article[], sources: Map<string, ExtractedFile>, stateDir: string | undefined): StoryGroup[] {
  const inputs = storyInputs(articles);
  const cache = stateDir ? new RecordCache(stateDir, RECORD_VERSION) : null;
  const plainTermsOf = (a: StoryInput, weights: TermWeights): ArticleTerms => {
    const e = sources.get(a.id);
    if (weights === DEFAULT_TERM_WEIGHTS && e) {
      const known = e.storyTerms ? decodeStoryTerms(e.storyTerms) : e.cacheKey && cache ? cache.storyTerms(e.cacheKey) : null;
      if (known) return known;
    }
    return articleTerms(a, weights);
  };
  if (!stateDir) return linkStories(inputs, {}, { termsOf: plainTermsOf });
  // The linking code and the record version are part of the key: a change to either links again.
  const digest = createHash('sha256').update(codeFingerprint('link')).update(RECORD_VERSION);
  for (const a of inputs) {
    const key = sources.get(a.id)?.cacheKey;
    digest.update(`\0${a.id}\0`).update(key ?? JSON.stringify(a));
  }
  const key = digest.digest('hex');
  const path = join(stateDir, '.cache', 'stories.json');
  try {
    const cached = JSON.parse(readFileSync(path, 'utf8')) as { key: string; groups: StoryGroup[] };
    if (cached.key === key) return cached.groups;
  } catch {
    // no cache yet, or unreadable: link afresh
  }
  const pack = cache!.storyTermsPack();
  let packable = 0;
  let missing = 0;
  for (const a of inputs) {
    const k = sources.get(a.id)?.cacheKey;
    if (k === undefined) continue;
    packable++;
    if (!pack?.has(k)) missing++;
  }
  const writer = packIsStale(pack, packable, missing) ? new TermsPackWriter() : null;
  // whether the article whose terms were handed out last went to the writer
  let added = false;
  const termsOf = (a: StoryInput, weights: TermWeights): ArticleTerms | PackedTerms => {
    added = false;
    const k = weights === DEFAULT_TERM_WEIGHTS ? sources.get(a.id)?.cacheKey : undefined;
    if (k === undefined) return plainTermsOf(a, weights);
    const packed = pack?.terms(k);
    const t = packed ?? plainTermsOf(a, weights);
    if (writer) {
      writer.add(k, t, pack?.vocabulary);
      added = true;
    }
    return t;
  };
  // The pack keeps the order each article's terms sort in, as a guess for the next builds (PackedTerms.order).
  const onSorted = writer ? (_k: number, positions: Int32Array) => added && writer.setOrder(positions) : undefined;
  const groups = linkStories(inputs, {}, { termsOf, vocabulary: pack?.vocabulary, onSorted });
  if (writer && writer.size > 0) cache!.saveStoryTermsPack(writer);
  mkdirSync(join(stateDir, '.cache'), { recursive: true });
  writeFileSync(path, JSON.stringify({ key, groups }));
  return groups;
}

/** Keeps the ledger in the content folder, written only when it changed (see assign-urls.ts). */
export function saveUrlLedger(contentDir: string, ledger: Record<string, string>): void {
  if (!Object.keys(ledger).length) return;
  const path = join(contentDir, URL_LEDGER);
  const text = JSON.stringify(ledger, Object.keys(ledger).sort(), 2) + '\n';
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
}

export function linkRecords(contentDir: string, extracted: ExtractedFile[], stateDir?: string): LinkResult {
  const problems: Problem[] = [];
  const mergedInto = findDuplicates(extracted.map((e) => ({ file: e.record.file, headline: e.record.headline, body: e.record.body, keys: e.dupKeys })));
  const kept = extracted.filter((e) => !mergedInto.has(e.record.file));
  const read = readLedger(join(contentDir, URL_LEDGER));
  if (read.problem) problems.push({ file: URL_LEDGER, level: 'warning', message: read.problem, action: 'ignored and written afresh: colliding articles may have changed URL' });
  const assignment = assignUrls(
    kept.map((e) => ({ file: e.record.file, headline: e.record.headline, date: e.record.date, url: e.url })),
    read.ledger,
  );
  for (const [file, why] of assignment.rejected) problems.push({ file, level: 'warning', message: why, action: 'built at its dated URL' });
  const articles: Article[] = kept.map((e) => {
    const url = assignment.urls.get(e.record.file)!;
    return { id: idFromUrl(url), url, ...e.record };
  });
  const idOfFile = new Map(articles.map((a) => [a.file, a.id]));
  const duplicates = new Map<string, string[]>();
  const urlOfFile = new Map(assignment.urls);
  for (const [dup, keeper] of mergedInto) {
    const id = idOfFile.get(keeper)!;
    duplicates.set(id, [...(duplicates.get(id) ?? []), dup]);
    urlOfFile.set(dup, assignment.urls.get(keeper)!);
    problems.push({ file: dup, level: 'warning', message: `same article as ${keeper}`, action: `merged into ${assignment.urls.get(keeper)}` });
  }
  const aliasFile = ['aliases.yml', 'aliases.yaml'].map((n) => join(contentDir, n)).find((p) => existsSync(p));
  const aliases = loadAliases(aliasFile ? readFileSync(aliasFile, 'utf8') : null);
  const archive = buildArchive({ articles, aliases, duplicates, stories: cachedStories(articles, new Map(kept.map((e, i) => [articles[i].id, e])), stateDir) });
  return { archive, urlOfFile, mergedInto, ledger: assignment.ledger, problems };
}
