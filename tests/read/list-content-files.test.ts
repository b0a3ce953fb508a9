import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listContentFiles, ARTICLE_EXTENSIONS } from '../../src/read/list-content-files.ts';

const root = mkdtempSync(join(tmpdir(), 'bs-list-'));
after(() => rmSync(root, { recursive: true, force: true }));

const write = (rel: string, text = 'Headline\n\nBody.\n'): void => {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
};

// Written in a scrambled order: the listing must not depend on it.
for (const rel of [
  'sub/z.txt',
  'b.txt',
  'sub/deeper/n.text',
  'a file.txt',
  'café.md',
  'Zeta.TXT',
  'a-b.txt',
  'sub/a.txt',
  'README.markdown',
  '.hidden.txt',
  '.DS_Store',
  '.gitkeep',
  'sub/.gitkeep',
  'photo.png',
  'notes',
  'aliases.yml',
  'sub/aliases.yml',
  '.broadsheet-urls.json',
  '.git/ignored.txt',
  'node_modules/pkg/readme.txt',
]) {
  write(rel);
}
symlinkSync(root, join(root, 'sub', 'loop'), 'dir');
symlinkSync(join(root, 'does-not-exist.txt'), join(root, 'broken.txt'));
symlinkSync(join(root, 'self'), join(root, 'self'));

const listing = listContentFiles(root);

test('should list article files in code-unit sorted order with forward slashes', () => {
  assert.deepEqual(listing.files, ['README.markdown', 'Zeta.TXT', 'a file.txt', 'a-b.txt', 'b.txt', 'café.md', 'sub/a.txt', 'sub/deeper/n.text', 'sub/z.txt']);
});

test('should report every non-article in a fixed order, skipped folders once, with config files at the root left out', () => {
  assert.deepEqual(listing.problems, [
    { file: '.DS_Store', level: 'info', message: 'hidden file, not an article', action: 'ignored' },
    { file: '.git', level: 'info', message: 'hidden folder, not read', action: 'ignored' },
    { file: '.gitkeep', level: 'info', message: 'hidden file, not an article', action: 'ignored' },
    { file: '.hidden.txt', level: 'info', message: 'hidden file, not an article', action: 'ignored' },
    { file: 'broken.txt', level: 'error', message: 'cannot read: broken symbolic link or vanished file', action: 'skipped' },
    { file: 'node_modules', level: 'info', message: 'node_modules folder, not read', action: 'ignored' },
    { file: 'notes', level: 'info', message: 'not an article file (no extension; articles are .txt or .md)', action: 'ignored' },
    { file: 'photo.png', level: 'info', message: 'not an article file (.png; articles are .txt or .md)', action: 'ignored' },
    { file: 'self', level: 'error', message: 'cannot read: symbolic link loop', action: 'skipped' },
    { file: 'sub/.gitkeep', level: 'info', message: 'hidden file, not an article', action: 'ignored' },
    { file: 'sub/aliases.yml', level: 'info', message: 'not an article file (.yml; articles are .txt or .md)', action: 'ignored' },
    { file: 'sub/loop', level: 'warning', message: 'folder reached twice through a symbolic link (loop)', action: 'skipped' },
  ]);
});

test('should give each listed file its size and modification time, and nothing else one', () => {
  assert.deepEqual([...listing.stats.keys()].sort(), listing.files);
  const st = statSync(join(root, 'sub/deeper/n.text'));
  assert.deepEqual(listing.stats.get('sub/deeper/n.text'), { size: 16, mtimeMs: st.mtimeMs });
  assert.equal(listing.stats.get('café.md')!.size, 16);
});

test('should give the same listing on a second walk', () => {
  assert.deepEqual(listContentFiles(root), listing);
});

test('should report a missing content folder instead of throwing', () => {
  assert.deepEqual(listContentFiles(join(root, 'nope')), {
    files: [],
    problems: [{ file: '.', level: 'error', message: 'cannot open folder: broken symbolic link or vanished file', action: 'skipped' }],
    stats: new Map(),
  });
});

test('should accept .txt, .text, .md and .markdown as article extensions', () => {
  assert.deepEqual([...ARTICLE_EXTENSIONS].sort(), ['.markdown', '.md', '.text', '.txt']);
});

test('should follow a symbolic link to a folder outside the content folder once', () => {
  const outside = mkdtempSync(join(tmpdir(), 'bs-list-out-'));
  const inside = mkdtempSync(join(tmpdir(), 'bs-list-in-'));
  try {
    writeFileSync(join(outside, 'x.txt'), 'X\n\nY\n');
    symlinkSync(outside, join(inside, 'linked'), 'dir');
    symlinkSync(outside, join(inside, 'linked-again'), 'dir');
    assert.deepEqual(listContentFiles(inside), {
      files: ['linked/x.txt'],
      problems: [{ file: 'linked-again', level: 'warning', message: 'folder reached twice through a symbolic link (loop)', action: 'skipped' }],
      stats: new Map([['linked/x.txt', { size: 5, mtimeMs: statSync(join(outside, 'x.txt')).mtimeMs }]]),
    });
  } finally {
    rmSync(outside, { recursive: true, force: true });
    rmSync(inside, { recursive: true, force: true });
  }
});
