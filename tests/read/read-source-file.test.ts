import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, symlinkSync, truncateSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSourceFile, sourceFromBytes, MAX_ARTICLE_BYTES } from '../../src/read/read-source-file.ts';

const root = mkdtempSync(join(tmpdir(), 'bs-read-'));
after(() => rmSync(root, { recursive: true, force: true }));
const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

test('should read a plain text article with its hash and no warnings', () => {
  const bytes = Buffer.from('Storm hits coast\r\n\r\nHigh winds on Tuesday.\r\n');
  writeFileSync(join(root, 'storm.txt'), bytes);
  assert.deepEqual(readSourceFile(root, 'storm.txt'), {
    ok: true,
    source: { file: 'storm.txt', text: 'Storm hits coast\n\nHigh winds on Tuesday.\n', frontMatter: {}, format: 'text', warnings: [], hash: sha(bytes) },
  });
});

test('should read a .md file with front matter as markdown', () => {
  const bytes = Buffer.from('---\ntitle: Hand written\ndate: 2024-03-02\n---\n\nSome *emphasis*.\n');
  writeFileSync(join(root, 'note.md'), bytes);
  assert.deepEqual(readSourceFile(root, 'note.md'), {
    ok: true,
    source: { file: 'note.md', text: 'Some *emphasis*.\n', frontMatter: { headline: 'Hand written', date: '2024-03-02' }, format: 'markdown', warnings: [], hash: sha(bytes) },
  });
});

test('should read a .md file without front matter as text', () => {
  const r = sourceFromBytes('plain.md', Buffer.from('Headline\n\nBody.'));
  assert.equal(r.ok && r.source.format, 'text');
});

test('should read a .txt file with front matter as text, keeping its fields', () => {
  const r = sourceFromBytes('x.txt', Buffer.from('---\nsource: Herald\n---\nBody.'));
  assert.equal(r.ok && r.source.format, 'text');
  assert.deepEqual(r.ok && r.source.frontMatter, { source: 'Herald' });
});

test('should carry decoding and front-matter warnings together', () => {
  const r = sourceFromBytes('legacy.txt', Buffer.from('---\ndate: soon\n---\nCaf\xe9 news', 'latin1'));
  assert.deepEqual(r.ok && r.source.warnings, ['not valid UTF-8: decoded as windows-1252', 'front matter "date" ("soon") is not an ISO date: ignored']);
  assert.equal(r.ok && r.source.text, 'Café news');
});

test('should refuse an empty file', () => {
  writeFileSync(join(root, 'empty.txt'), '');
  assert.deepEqual(readSourceFile(root, 'empty.txt'), { ok: false, problem: { file: 'empty.txt', level: 'error', message: 'empty file', action: 'skipped' } });
});

test('should refuse a file holding only white space', () => {
  assert.deepEqual(sourceFromBytes('blank.txt', Buffer.from('\uFEFF \n\t\r\n  ')), {
    ok: false,
    problem: { file: 'blank.txt', level: 'error', message: 'file holds only white space', action: 'skipped' },
  });
});

test('should refuse a file holding only front matter', () => {
  assert.deepEqual(sourceFromBytes('only.md', Buffer.from('---\ntitle: Nothing below\n---\n\n')), {
    ok: false,
    problem: { file: 'only.md', level: 'error', message: 'file holds front matter but no article text', action: 'skipped' },
  });
});

test('should refuse a file over MAX_ARTICLE_BYTES without decoding it', () => {
  assert.equal(MAX_ARTICLE_BYTES, 2097152);
  assert.deepEqual(sourceFromBytes('dump.txt', Buffer.alloc(3 * 1024 * 1024, 0x61)), {
    ok: false,
    problem: { file: 'dump.txt', level: 'error', message: 'file is 3.0 MB, over the 2 MB limit for one article', action: 'skipped' },
  });
  assert.equal(sourceFromBytes('edge.txt', Buffer.alloc(MAX_ARTICLE_BYTES, 0x61)).ok, true);
});

test('should refuse a binary file with the decoder message', () => {
  assert.deepEqual(sourceFromBytes('scan.txt', Buffer.from('%PDF-1.4\n')), {
    ok: false,
    problem: { file: 'scan.txt', level: 'error', message: 'not a text file: looks like a PDF document', action: 'skipped' },
  });
});

test('should report a missing file and a symbolic link loop instead of throwing', () => {
  assert.deepEqual(readSourceFile(root, 'missing.txt'), {
    ok: false,
    problem: { file: 'missing.txt', level: 'error', message: 'cannot read: no such file (a broken symbolic link, or removed during the build)', action: 'skipped' },
  });
  symlinkSync(join(root, 'loop.txt'), join(root, 'loop.txt'));
  assert.deepEqual(readSourceFile(root, 'loop.txt'), { ok: false, problem: { file: 'loop.txt', level: 'error', message: 'cannot read: symbolic link loop', action: 'skipped' } });
});

test('should read a file whose name has spaces and non-Latin letters', () => {
  writeFileSync(join(root, 'Zürich news 東京.txt'), 'Z\n\nBody');
  const r = readSourceFile(root, 'Zürich news 東京.txt');
  assert.equal(r.ok && r.source.file, 'Zürich news 東京.txt');
  assert.equal(r.ok && r.source.text, 'Z\n\nBody');
});

test('should refuse a file over the size limit from its size, without reading it', () => {
  // A sparse file: 3 GB on paper, no blocks on disk. Reading it would hold 3 GB in memory (or throw
  // past readFileSync's 2 GB limit); the size alone decides.
  const path = join(root, 'dump.txt');
  writeFileSync(path, '');
  truncateSync(path, 3 * 1024 ** 3);
  assert.deepEqual(readSourceFile(root, 'dump.txt'), {
    ok: false,
    problem: { file: 'dump.txt', level: 'error', message: 'file is 3072.0 MB, over the 2 MB limit for one article', action: 'skipped' },
  });
});
