/**
 * Extracted records → the linked archive: duplicates merged, URLs assigned, archive built.
 * Shared by `broadsheet build` and `broadsheet archive`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Archive, Article, Problem } from '../record.ts';
import { assignUrls, idFromUrl } from '../link/assign-urls.ts';
import { findDuplicates } from '../link/find-duplicates.ts';
import { buildArchive } from '../link/build-archive.ts';
import { loadAliases } from '../link/aliases.ts';
import type { ExtractedFile } from './extract-files.ts';

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

function readJson(path: string): Record<string, string> {
  try {
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function linkRecords(contentDir: string, extracted: ExtractedFile[]): LinkResult {
  const problems: Problem[] = [];
  const mergedInto = findDuplicates(extracted.map((e) => e.record));
  const kept = extracted.filter((e) => !mergedInto.has(e.record.file));
  const assignment = assignUrls(
    kept.map((e) => ({ file: e.record.file, headline: e.record.headline, date: e.record.date, url: e.url })),
    readJson(join(contentDir, URL_LEDGER)),
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
  const archive = buildArchive({ articles, aliases, duplicates });
  return { archive, urlOfFile, mergedInto, ledger: assignment.ledger, problems };
}
