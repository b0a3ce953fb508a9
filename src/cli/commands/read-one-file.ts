/**
 * The single-file commands' shared step: a path → its extracted record, with the URL it would have
 * in an archive of just these files. Problems are InputErrors naming the file.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Article, ExtractedArticle } from '../../record.ts';
import { readSourceFile } from '../../read/read-source-file.ts';
import { extractArticle } from '../../extract/index.ts';
import { assignUrls, idFromUrl } from '../../link/assign-urls.ts';
import { InputError } from '../args.ts';

export function readAndExtract(path: string): ExtractedArticle {
  if (!existsSync(path)) throw new InputError(`${path}: no such file`);
  if (statSync(path).isDirectory()) throw new InputError(`${path}: is a folder, not an article file`);
  const read = readSourceFile(dirname(path), basename(path));
  if (!read.ok) throw new InputError(`${path}: ${read.problem.message}`);
  return { ...extractArticle(read.source), file: path };
}

/** Records of single files get the URL they would have in an archive of just these files. */
export function withUrls(records: ExtractedArticle[]): Article[] {
  const { urls } = assignUrls(records.map((r) => ({ file: r.file, headline: r.headline, date: r.date })));
  return records.map((r) => ({ id: idFromUrl(urls.get(r.file)!), url: urls.get(r.file)!, ...r }));
}

