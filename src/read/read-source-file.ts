/**
 * One file on disk → a SourceFile (decoded text, front matter, content hash) or the Problem that
 * stops it. Never throws.
 */
import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Problem, SourceFile } from '../record.ts';
import { decodeText } from './decode-text.ts';
import { parseFrontMatter } from './parse-front-matter.ts';

/** Larger files are not articles (a dump, a log, a database export) and would stall the build. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** The size shown in the over-the-limit message: "20.0 MB". */
const megabytes = (n: number): string => `${(n / 1048576).toFixed(1)} MB`;

export type ReadResult = { ok: true; source: SourceFile } | { ok: false; problem: Problem };

export function sourceFromBytes(file: string, bytes: Uint8Array): ReadResult {
  const fail = (message: string): ReadResult => ({ ok: false, problem: { file, level: 'error', message, action: 'skipped' } });
  if (bytes.length === 0) return fail('empty file');
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return fail(`file is ${megabytes(bytes.length)}, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit for one article`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(decoded.error);
  if (!decoded.text.trim()) return fail('file holds only white space');
  const fm = parseFrontMatter(decoded.text);
  // A front-matter block with nothing under it would build as an empty article page.
  if (!fm.body.trim()) return fail('file holds front matter but no article text');
  const isMarkdown = /\.(md|markdown)$/i.test(file);
  const source: SourceFile = {
    file,
    text: fm.body,
    frontMatter: fm.frontMatter,
    format: isMarkdown && fm.present ? 'markdown' : 'text',
    warnings: [...decoded.warnings, ...fm.warnings],
    hash: createHash('sha256').update(bytes).digest('hex'),
  };
  return { ok: true, source };
}

export function readSourceFile(root: string, file: string): ReadResult {
  let bytes: Buffer;
  try {
    // Note: the size is checked before reading, so a multi-gigabyte dump in the folder is refused
    // without being loaded into memory (readFileSync of it would hold it all, or throw past 2 GB).
    const size = statSync(join(root, file)).size;
    if (size > MAX_ARTICLE_BYTES) {
      return { ok: false, problem: { file, level: 'error', message: `file is ${megabytes(size)}, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit for one article`, action: 'skipped' } };
    }
    bytes = readFileSync(join(root, file));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    // Note: named by cause, not by the system message, which holds the absolute path of this machine.
    const why = e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied'
      : e.code === 'ELOOP' ? 'symbolic link loop'
      : e.code === 'ENOENT' ? 'no such file (a broken symbolic link, or removed during the build)'
      : e.code === 'EISDIR' ? 'is a folder'
      : e.message;
    return { ok: false, problem: { file, level: 'error', message: `cannot read: ${why}`, action: 'skipped' } };
  }
  return sourceFromBytes(file, bytes);
}
